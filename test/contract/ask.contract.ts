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
      expect(await d.dmBot("lee", "help")).toMatch(/\/mentor-signup/);
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
