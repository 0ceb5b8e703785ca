// `npm run job` as operators and cron run it: a real child process, against the Slack emulator.
// Each recipient gets each scheduled message exactly once: run twice, killed with SIGKILL part-way,
// two instances at once, a 429, a DM that fails and is retried by the next run.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { silentLogger } from "../../src/log.ts";
import { startProcess } from "../helpers/child.ts";
import { tempDbUrl, waitFor } from "../helpers/harness.ts";
import { type SeededPair, seedPairs } from "../helpers/seed.ts";
import { SlackEmulator } from "../helpers/slack-emulator.ts";

const PAIRS = 30;
const AT = "2026-12-01T19:00:00Z"; // 10:00 in Anchorage on December 1: November's check-in

describe("scheduled sends happen exactly once", () => {
  let slack: SlackEmulator;
  let DATABASE_URL: string;
  let pairs: SeededPair[];

  beforeEach(async () => {
    slack = new SlackEmulator();
    await slack.start();
    DATABASE_URL = tempDbUrl();
    const db = await openDatabase(DATABASE_URL, silentLogger);
    pairs = await seedPairs(db.prisma, PAIRS);
    await db.close();
  });
  afterEach(async () => {
    await slack.stop();
  });

  const env = () => ({
    DATABASE_URL,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "s",
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "warn",
  });
  const job = (name = "monthly-checkin", at = AT, extra: Record<string, string> = {}) =>
    startProcess({ ...env(), ...extra }, "src/job.ts", [name, "--at", at]);
  /** Slack answers this person's DMs as `answer` says, until the rules are cleared. */
  const answerDmsTo = (user: string, answer: (typeof slack.rules)[number]["answer"]) =>
    slack.rules.push({ method: "chat.postMessage", when: (a) => a.channel === user, answer });
  const recipients = () => pairs.flatMap((p) => [p.mentorUserId, p.menteeUserId]);
  const counts = () => recipients().map((u) => slack.messagesTo(u).length);

  it("a run sends to every mentor and student once; running it again sends nothing", async () => {
    const first = job();
    expect(await first.exited).toBe(0);
    expect(first.stdout()).toMatch(
      `monthly-checkin for 2026-11: ${PAIRS * 2} sent, 0 already sent, 0 failed.`,
    );
    expect(counts().every((n) => n === 1)).toBe(true);
    const again = job();
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toMatch(`0 sent, ${PAIRS * 2} already sent, 0 failed.`);
    expect(counts().every((n) => n === 1)).toBe(true);
  });

  it("killed with SIGKILL part-way, three times, then run to the end: each recipient exactly once", async () => {
    slack.delays.set("chat.postMessage", 40);
    for (const after of [10, 25, 40]) {
      const p = job();
      await waitFor(() => slack.callsTo("chat.postMessage").length >= after, `${after} sends`, 20_000);
      p.proc.kill("SIGKILL");
      await p.exited;
    }
    const last = job();
    expect(await last.exited).toBe(0);
    const c = counts();
    expect(c.filter((n) => n !== 1)).toEqual([]);
    expect(c.reduce((a, b) => a + b, 0)).toBe(PAIRS * 2);
  }, 60_000);

  it("two instances running the job at the same moment send each message once", async () => {
    const [a, b] = [job(), job()];
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
    expect(counts().every((n) => n === 1)).toBe(true);
    const sentBy = [a.stdout(), b.stdout()].map((s) => Number(/(\d+) sent/.exec(s)?.[1]));
    expect(sentBy.reduce((x, y) => x + y, 0)).toBe(PAIRS * 2);
  }, 30_000);

  it("meeting reminders: two instances at once, then a restart, and each reminder and 'Did you meet?' goes once", async () => {
    const db = await openDatabase(DATABASE_URL, silentLogger);
    const at = new Date(AT).getTime();
    const long = new Date(at - 7 * 86_400_000);
    for (const [i, p] of pairs.entries())
      await db.prisma.plannedMeeting.create({
        data: {
          pairingId: p.pairingId,
          // even pairs met two hours ago (asked "Did you meet?"); odd ones meet in 30 minutes (reminded)
          startsAt: new Date(i % 2 === 0 ? at - 2 * 3_600_000 : at + 30 * 60_000),
          minutes: 60,
          place: "zoom",
          status: "planned",
          plannedBy: "seed",
          createdAt: long,
          updatedAt: long,
        },
      });
    await db.close();
    const [a, b] = [job("meeting-reminders"), job("meeting-reminders")];
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
    const met = pairs.filter((_, i) => i % 2 === 0);
    const soon = pairs.filter((_, i) => i % 2 === 1);
    const asked = (u: string) => slack.messagesTo(u).filter((m) => /Did you meet\?/.test(m)).length;
    const reminded = (c: string) => slack.messagesTo(c).filter((m) => /In an hour:/.test(m)).length;
    expect(met.flatMap((p) => [asked(p.mentorUserId), asked(p.menteeUserId)])).toEqual(
      met.flatMap(() => [1, 1]),
    );
    expect(soon.map((p) => reminded(p.spaceId))).toEqual(soon.map(() => 1));
    const sentBy = [a.stdout(), b.stdout()].map((s) => Number(/(\d+) sent/.exec(s)?.[1]));
    expect(sentBy.reduce((x, y) => x + y, 0)).toBe(met.length * 2 + soon.length);
    const restart = job("meeting-reminders");
    expect(await restart.exited).toBe(0);
    expect(restart.stdout()).toMatch(`0 sent, ${met.length * 2 + soon.length} already sent, 0 failed.`);
  }, 30_000);

  it("a 429 waits for Retry-After and nothing is lost", async () => {
    slack.fail("chat.postMessage", () => ({
      status: 429,
      body: { ok: false, error: "ratelimited" },
      headers: { "retry-after": "1" },
    }));
    const p = job();
    expect(await p.exited).toBe(0);
    expect(counts().every((n) => n === 1)).toBe(true);
    const calls = slack.callsTo("chat.postMessage");
    expect(calls).toHaveLength(PAIRS * 2 + 1);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
  }, 30_000);

  it("one DM that fails does not stop the batch, and the next run retries it", async () => {
    const unlucky = pairs[3]!.menteeUserId;
    answerDmsTo(unlucky, () => ({ ok: false, error: "cannot_dm_bot" }));
    const first = job();
    expect(await first.exited).toBe(2);
    expect(first.stdout()).toMatch(`${PAIRS * 2 - 1} sent, 0 already sent, 1 failed.`);
    expect(slack.messagesTo(unlucky)).toHaveLength(0);
    slack.rules.length = 0;
    const second = job();
    expect(await second.exited).toBe(0);
    expect(second.stdout()).toMatch(`1 sent, ${PAIRS * 2 - 1} already sent, 0 failed.`);
    expect(counts().every((n) => n === 1)).toBe(true);
  }, 30_000);

  it("a DM whose answer is lost is given up after the timeout, not resent, and found delivered by the next run", async () => {
    const unlucky = pairs[5]!.mentorUserId;
    answerDmsTo(unlucky, () => ({ lose: true }));
    const first = job("monthly-checkin", AT, { PLATFORM_API_TIMEOUT_MS: "500" });
    expect(await first.exited).toBe(2);
    expect(first.stdout()).toMatch(`${PAIRS * 2 - 1} sent, 0 already sent, 1 failed.`);
    expect(slack.messagesTo(unlucky)).toHaveLength(1);
    slack.rules.length = 0;
    const second = job();
    expect(await second.exited).toBe(0);
    expect(second.stdout()).toMatch(
      `0 sent, ${PAIRS * 2 - 1} already sent, 1 found already delivered after an interrupted run, 0 failed.`,
    );
    expect(counts().every((n) => n === 1)).toBe(true);
  }, 30_000);

  it("a send left half-done by a crash is checked on Slack: delivered ones are not repeated, missing ones are sent", async () => {
    const p = job();
    expect(await p.exited).toBe(0);
    const db = await openDatabase(DATABASE_URL, silentLogger);
    // As if a run had died after claiming these two: one message arrived, the other never left.
    const [delivered, lost] = [pairs[0]!, pairs[1]!];
    const rows = await db.prisma.scheduledSend.findMany({
      where: { key: { contains: delivered.pairingId } },
    });
    await db.prisma.scheduledSend.updateMany({
      where: { key: { in: rows.map((r) => r.key) } },
      data: { status: "sending" },
    });
    await db.prisma.scheduledSend.updateMany({
      where: { key: { contains: lost.pairingId } },
      data: { status: "sending" },
    });
    slack.failedCalls.clear();
    for (const c of slack
      .callsTo("chat.postMessage")
      .filter((c) => c.args.channel === lost.mentorUserId || c.args.channel === lost.menteeUserId))
      slack.failedCalls.add(c); // those messages never reached Slack
    await db.close();
    const again = job();
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toMatch(
      /2 sent, 56 already sent, 2 found already delivered after an interrupted run, 0 failed/,
    );
    expect(slack.messagesTo(delivered.mentorUserId)).toHaveLength(1);
    expect(slack.messagesTo(lost.mentorUserId)).toHaveLength(1);
  }, 30_000);

  it("outside the season the job says so and sends nothing", async () => {
    const p = job("monthly-checkin", "2026-07-01T18:00:00Z");
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toMatch(/outside the mentoring season, nothing to do/);
    expect(slack.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("a wrong job name or date is refused with what is expected", async () => {
    const p = startProcess(env(), "src/job.ts", ["weekly-party"]);
    expect(await p.exited).toBe(64);
    expect(p.stderr()).toMatch(
      /NAME is one of: monthly-checkin, midmonth-nudge, month-end-reminder, coordinator-digest/,
    );
    const q = startProcess(env(), "src/job.ts", ["monthly-checkin", "--at", "soon"]);
    expect(await q.exited).toBe(64);
    expect(q.stderr()).toMatch(/--at: expected an ISO date-time/);
  });
});
