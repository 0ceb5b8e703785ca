// A full run's logs, at debug level and through failures, hold no names, e-mails, phone numbers or tokens.
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.ts";
import { ADULT, signUp } from "../contract/pairing.contract.ts";
import { MENTOR, MINOR } from "../contract/signup.contract.ts";
import { SlackDriver } from "../contract/slack-driver.ts";

describe("the logs of a full run", () => {
  const lines: string[] = [];
  const d = new SlackDriver();
  afterAll(() => d.stop());

  it("contain no names, e-mails, phone numbers or tokens", async () => {
    await d.init(
      ["cora"],
      "http",
      { SLACK_BOT_TOKEN: "xoxb-secret-token-1234" },
      createLogger("debug", {}, (l) => lines.push(l)),
    );
    await signUp(d, "maria", "mentor", MENTOR);
    await signUp(d, "sam", "mentee", MINOR);
    await signUp(d, "lee", "mentee", ADULT);
    d.failNext("addToSpace");
    await d.run("cora", "pairings", "create @maria @sam");
    await d.run("cora", "pairings", "create @maria @sam");
    d.emulator.fail("chat.postMessage", ...Array(5).fill(() => ({ ok: false, error: "internal_error" })));
    await d.run("sam", "log-hours", "1.5 coffee with Maria Lopez");
    await d.run("sam", "ask", "I want to kill myself");
    await d.run("lee", "ask", "write my personal statement about Pat Student");
    await d.run("cora", "pairings", "report csv");
    await d.run("sam", "my-data", "show");
    await d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
    // a bug in a handler: logged with context and answered with an apology
    const original = d.bot.services.pairing.list.bind(d.bot.services.pairing);
    d.bot.services.pairing.list = async () => {
      throw new Error(
        'boom with pat@example.org and 907-555-0100 inside\nInvalid `prisma.member.create()` invocation: { name: "Sam Student" }',
      );
    };
    expect((await d.run("cora", "pairings", "list")).kind).toBe("reply");
    d.bot.services.pairing.list = original;
    await d.run("cora", "my-data", "erase @sam");
    await d.press("cora", `erase-confirm:${d.idOf("sam")}`);

    const log = lines.join("\n");
    expect(lines.length).toBeGreaterThan(5);
    expect(log).toMatch(/unexpected error/);
    for (const secret of [
      "Maria",
      "Lopez",
      "Sam Student",
      "Pat Student",
      "Bethel",
      "coffee",
      "personal statement",
      "kill myself",
      "xoxb-secret-token-1234",
      "test-signing-secret",
    ])
      expect(log, secret).not.toContain(secret);
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // e-mail addresses
    expect(log).not.toMatch(/\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/); // phone numbers
  });
});
