// A member firing commands in a tight loop, oversized requests, and stopping with work in flight.
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { silentLogger } from "../../src/log.ts";
import { SIGNING_SECRET, SlackDriver } from "../contract/slack-driver.ts";
import { startProcess } from "../helpers/child.ts";
import { tempDbUrl, waitFor } from "../helpers/harness.ts";
import { seedPairs } from "../helpers/seed.ts";
import { SlackEmulator } from "../helpers/slack-emulator.ts";
import { commandBody, postSigned } from "../helpers/slack-requests.ts";

describe("abuse", () => {
  let d: SlackDriver;
  afterEach(async () => {
    await d.stop();
  });

  it("one member firing commands in a tight loop is slowed with a message; others are not", async () => {
    d = new SlackDriver();
    await d.init([], "http", { COMMANDS_PER_MINUTE: "30" });
    const answers: string[] = [];
    for (let i = 0; i < 25; i++) {
      const out = await d.run("mallory", "log-hours", "list");
      answers.push(out.kind === "reply" ? out.text : "");
    }
    const slowed = answers.filter((a) => /sending commands very quickly/.test(a)).length;
    expect(slowed).toBeGreaterThanOrEqual(10);
    expect(answers.slice(0, 5).every((a) => /haven't signed up/.test(a))).toBe(true);
    const other = await d.run("maria", "log-hours", "list");
    expect(other.kind === "reply" && other.text).toMatch(/haven't signed up/);
  });

  it("an oversized request is refused with 413 before anything runs; an overlong command gets a message", async () => {
    d = new SlackDriver();
    await d.init([]);
    const huge = commandBody({
      command: "/ask",
      text: "x".repeat(300 * 1024),
      userId: "UMALLORY",
      responseUrl: d.emulator.responseUrl(),
    });
    expect((await d.post(huge)).status).toBe(413);
    const long = await d.run("mallory", "log-hours", `1 ${"note ".repeat(900)}`);
    expect(long.kind === "reply" && long.text).toMatch(/too long: a command takes at most 4,000 characters/);
    // /ask reads the words for danger first, then says the question is too long
    const question = await d.run("mallory", "ask", `what ${"is it ".repeat(900)}`);
    expect(question.kind === "reply" && question.text).toMatch(/keep your question under 1000 characters/);
    expect(d.emulator.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(0);
  });
});

describe("SIGTERM", () => {
  let slack: SlackEmulator | undefined;
  afterEach(async () => {
    await slack?.stop();
  });

  it("finishes the work in flight, takes nothing new, and exits within 10 s", async () => {
    slack = new SlackEmulator();
    await slack.start();
    const DATABASE_URL = tempDbUrl();
    const db = await openDatabase(DATABASE_URL, silentLogger);
    await seedPairs(db.prisma, 1, { startedOn: "2026-10-01" });
    await db.close();
    const p = startProcess({
      DATABASE_URL,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: "0",
    });
    await p.waitForOutput(/./, 50).catch(() => undefined);
    await waitFor(() => /"port":(\d+)/.exec(p.stderr()), "the port", 20_000);
    const url = `http://127.0.0.1:${/"port":(\d+)/.exec(p.stderr())?.[1]}/slack/events`;

    slack.delays.set("respond", 2500); // the answer to the command takes a while to deliver
    const responseUrl = slack.responseUrl();
    const acked = await postSigned(
      url,
      SIGNING_SECRET,
      commandBody({ command: "/log-hours", text: "1 yesterday", userId: "UM0", responseUrl }),
    );
    expect(acked.status).toBe(200);
    await waitFor(() => slack?.calls.length && true, "the work to start", 3000).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const t = Date.now();
    p.proc.kill("SIGTERM");
    // Sent once the bot has begun to stop (under load the signal may take a moment to be handled).
    await waitFor(() => /"msg":"stopping"/.test(p.stderr()), "the bot to begin stopping", 5000);
    await new Promise((r) => setTimeout(r, 100));
    const late = await postSigned(
      url,
      SIGNING_SECRET,
      commandBody({ command: "/log-hours", text: "list", userId: "UM0", responseUrl: slack.responseUrl() }),
    ).catch(() => ({ status: 0, body: "" }));
    expect(await p.exited).toBe(0);
    expect(Date.now() - t).toBeLessThan(10_000);
    // the command in flight was finished and answered; the one sent after SIGTERM was not taken
    expect(slack.responses.map((r) => r.id)).toContain(responseUrl.split("/").pop());
    expect(late.status === 0 || late.status >= 500).toBe(true);
    const after = await openDatabase(DATABASE_URL, silentLogger);
    expect(await after.prisma.meetingLog.count()).toBe(1);
    await after.close();
    expect(p.stderr()).toMatch(/"msg":"stopped"/);
  }, 30_000);
});
