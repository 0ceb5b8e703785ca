// The coordinator's report on every platform: refused to others, the chart and CSV delivered privately.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/domain/report/csv.ts";
import type { Driver, DriverFactory } from "./driver.ts";
import { ADULT, signUp } from "./pairing.contract.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

async function say(d: Driver, person: string, text: string): Promise<string> {
  const out = await d.run(person, "pairings", text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text.replace(/\*/g, "");
}

/** Files can arrive a moment after the reply (Slack uploads them to the person's DMs). */
async function fileNamed(d: Driver, person: string, test: (name: string) => boolean) {
  for (let i = 0; i < 100; i++) {
    const f = (await d.files(person)).find((x) => test(x.filename));
    if (f) return f;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

export function reportContract(name: string, makeDriver: DriverFactory): void {
  describe(`the coordinator's report on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
      await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
      await signUp(d, "lee", "mentee", { ...ADULT, name: "Lee Adult" });
      await signUp(d, "sam", "mentee", MINOR);
      await signUp(d, "kim", "mentee", { ...ADULT, name: "=Kim Formula" });
      await say(d, "cora", "create @maria @lee");
      await say(d, "cora", "create @maria @sam");
      await d.run("lee", "log-hours", "2");
    });
    afterEach(async () => {
      await d.stop();
    });

    it("gives a coordinator the counts, the pairs behind first, the queue and the season chart", async () => {
      const text = await say(d, "cora", "report");
      expect(text).toMatch(/Pairs report, November 2026/);
      expect(text).toMatch(/2 active pairs/);
      expect(text).toMatch(/1 under-18 student whose guardian has not yet attended/);
      expect(text).toMatch(/=Kim Formula/); // waiting for a mentor
      const lee = text.indexOf("Lee Adult");
      const sam = text.indexOf("Sam Student");
      expect(sam).toBeGreaterThan(-1);
      expect(lee).toBeGreaterThan(-1);
      if (d.platform !== "console") expect(sam).toBeLessThan(lee); // Sam's pair has no hours: listed first
      const png = await fileNamed(d, "cora", (n) => n.endsWith(".png"));
      expect(png?.data.subarray(1, 4).toString("ascii")).toBe("PNG");
    });

    it("exports the same data as a CSV file, privately, with formulas neutralised", async () => {
      await say(d, "cora", "report csv");
      const csv = await fileNamed(d, "cora", (n) => n === "pairs-report-2026-11.csv");
      expect(csv).toBeDefined();
      const rows = parseCsv(csv!.data);
      expect(rows[0]?.slice(0, 4)).toEqual(["month", "platform", "mentor", "student"]);
      expect(
        rows
          .slice(1)
          .map((r) => r[3])
          .sort(),
      ).toEqual(["Lee Adult", "Sam Student"]);
      const leeRow = rows.find((r) => r[3] === "Lee Adult") as string[];
      expect(leeRow[11]).toBe("2"); // hours this month
    });

    it("its buttons (More, CSV file) answer the same when pressed twice, and change nothing", async () => {
      const logs = await d.prisma.meetingLog.count();
      const first = await d.press("cora", "report-page:2026-11:0");
      expect(await d.press("cora", "report-page:2026-11:0")).toBe(first);
      expect(first).toMatch(/Pairs report, November 2026/);
      const csv1 = await d.press("cora", "report-csv:2026-11");
      expect(await d.press("cora", "report-csv:2026-11")).toBe(csv1);
      expect(csv1).toMatch(/as a CSV file \(2 pairs\)/);
      expect(await d.prisma.meetingLog.count()).toBe(logs);
    });

    it("refuses anyone else, on the command and on its buttons", async () => {
      expect(await say(d, "maria", "report")).toMatch(/Only program coordinators/);
      expect(await say(d, "lee", "report csv")).toMatch(/Only program coordinators/);
      expect(await d.press("maria", "report-csv:2026-11")).toMatch(/Only program coordinators/);
      expect(await d.press("lee", "report-page:2026-11:1")).toMatch(/Only program coordinators/);
      expect(await d.files("maria")).toEqual([]);
    });
  });
}
