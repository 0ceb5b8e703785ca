// The FAQ assistant on every platform: /ask, a direct message, and a crisis.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Driver, DriverFactory } from "./driver.ts";

export function askContract(name: string, makeDriver: DriverFactory): void {
  describe(`the FAQ assistant on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("/ask answers privately from the knowledge base, says what it is, and cites its source", async () => {
      const out = await d.run("lee", "ask", "how many times can I take the MCAT?");
      if (out.kind !== "reply") throw new Error("expected a reply");
      expect(out.text).toMatch(/Hi! I answer common pre-med questions/);
      expect(out.text).toMatch(
        /3 times in one testing year, 4 times over two consecutive years, and 7 times in a lifetime/,
      );
      expect(out.text).toMatch(/mcat-attempts/);
      expect(out.text).toMatch(/not a pre-med advisor, a tutor or a counselor/);
    });

    it("a direct message to the bot is a question too; 'help' lists the commands", async () => {
      expect(await d.dmBot("lee", "what is WWAMI?")).toMatch(
        /regional program for Washington, Wyoming, Alaska, Montana and Idaho/,
      );
      expect(await d.dmBot("lee", "what's the weather like?")).toMatch(/I don't know the answer to that/);
      const help = await d.dmBot("lee", "help");
      expect(help).toMatch(/\/mentor-signup/);
      // "help" may be a cry for help: the crisis lines come with the list
      expect(help).toMatch(/988[\s\S]*1-877-266-4357[\s\S]*911/);
    });

    it("crisis language gets the resources at once, and a coordinator is told without the words", async () => {
      const before = (await d.dms("cora")).length;
      const out = await d.run("sam", "ask", "I don't want to live anymore");
      if (out.kind !== "reply") throw new Error("expected a reply");
      expect(out.text).toMatch(/988/);
      expect(out.text).toMatch(/1-877-266-4357/);
      expect(out.text).toMatch(/I've let a program coordinator know/);
      const alert = (await d.dms("cora")).slice(before).join("\n");
      expect(alert).toMatch(/Safety alert/);
      expect(alert).not.toMatch(/want to live/);
    });

    it("keeps no question text in the database", async () => {
      await d.run("lee", "ask", "what does zebra-marker-7781 mean for the MCAT?");
      const tables = ["Member", "AuditEvent", "FlowDraft", "Counter", "ScheduledSend"];
      for (const t of tables) {
        const rows = await d.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${t}"`);
        expect(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? Number(v) : v))).not.toContain(
          "zebra-marker",
        );
      }
    });
  });
}

const CRISIS_AFTER_BURST = "ngl i just want to sleep forever and not wake up";
const RESOURCES = (t: string) => /988/.test(t) && /1-877-266-4357/.test(t) && /911/.test(t);

/** Safety comes before every limit: the burst throttle, the hourly and the daily caps. */
export function askSafetyContract(name: string, makeDriver: DriverFactory): void {
  describe(`safety before limits on ${name}`, () => {
    let d: Driver;
    afterEach(async () => {
      await d.stop();
    });

    it("a burst of 15 messages, then a crisis message: the crisis answer and an alert, though the next question is slowed", async () => {
      // 6 a minute (bursts of 5): a token comes back only every 10 s, so however slowly a platform
      // answers, the question after the crisis message still meets the throttle.
      d = await makeDriver({ coordinators: ["cora"], env: { COMMANDS_PER_MINUTE: "6" } });
      const burst = [
        "hi",
        "are you there",
        "hello??",
        "hey",
        "u there",
        "?",
        "hi",
        "hello",
        "anyone",
        "pls answer",
        "hi",
        "are you there",
        "hello",
        "hey",
        "hi",
      ];
      const answers = [];
      for (const text of burst) answers.push(await d.dmBot("sam", text));
      expect(answers.some((a) => /sending commands very quickly/.test(a))).toBe(true);
      const crisis = await d.dmBot("sam", CRISIS_AFTER_BURST);
      expect(RESOURCES(crisis)).toBe(true);
      expect(crisis).toMatch(/I've let a program coordinator know/);
      expect((await d.dms("cora")).join("\n")).toMatch(/Safety alert/);
      expect(await d.dmBot("sam", "what is WWAMI?")).toMatch(/sending commands very quickly/);
      const viaCommand = await d.run("sam", "ask", "everyone would be better off without me");
      expect(viaCommand.kind === "reply" && RESOURCES(viaCommand.text)).toBe(true);
    });

    it("with the hourly and daily caps used up, a crisis message still gets the resources and an alert", async () => {
      d = await makeDriver({
        coordinators: ["cora"],
        env: { ASK_RATE_PER_HOUR: "2", ASK_PERSON_DAILY_CAP: "3", ASK_DAILY_CAP: "3" },
      });
      for (const q of ["what is WWAMI?", "what is AMCAS?"]) await d.run("sam", "ask", q);
      const hourly = await d.run("sam", "ask", "what is the MCAT?");
      expect(hourly.kind === "reply" && hourly.text).toMatch(/questions this hour/);
      await d.run("lee", "ask", "what is the MSAR?");
      const daily = await d.run("lee", "ask", "what is PREview?");
      expect(daily.kind === "reply" && daily.text).toMatch(/as many questions as I can today/);
      for (const [person, text] of [
        ["sam", "i took a bunch of my moms pills"],
        ["lee", "my stepdad hits me when hes drunk"],
      ] as const) {
        const out = await d.run(person, "ask", text);
        expect(out.kind === "reply" && RESOURCES(out.text), `${person}: ${text}`).toBe(true);
      }
      const alerts = (await d.dms("cora")).filter((m) => /Safety alert/.test(m));
      expect(alerts).toHaveLength(2);
      expect(alerts.join("\n")).not.toMatch(/pills|stepdad/);
    });

    it("six crisis messages from one student in a minute: six answers, at most two alerts", async () => {
      d = await makeDriver({ coordinators: ["cora"] });
      const texts = [
        "i want to die",
        "kms",
        "i cant do this anymore",
        "bye everyone",
        "im going to end it",
        "i have the pills ready",
      ];
      const answers = [];
      for (const t of texts) answers.push(await d.dmBot("sam", t));
      expect(answers.filter(RESOURCES)).toHaveLength(6);
      const alerts = (await d.dms("cora")).filter((m) => /Safety alert/.test(m));
      expect(alerts).toHaveLength(2);
      expect(alerts[1]).toMatch(/wrote again/);
      // an hour later, a new message alerts again
      d.clock.set(new Date(d.clock.now().getTime() + 61 * 60_000).toISOString());
      expect(RESOURCES(await d.dmBot("sam", "i want to kill myself"))).toBe(true);
      expect((await d.dms("cora")).filter((m) => /Safety alert/.test(m))).toHaveLength(3);
    });
  });
}
