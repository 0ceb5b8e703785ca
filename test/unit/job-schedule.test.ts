// A job says when it runs three times: its cron line (when the scheduler wakes), its hour (when a
// missed run is caught up) and isRunDay (which of the days cron wakes on is the real one). They
// must agree, or a run is skipped or made up at the wrong hour.
import cron from "node-cron";
import { describe, expect, it } from "vitest";
import { jobs } from "../../scheduled/index.ts";
import { PRIVACY_PURGE } from "../../scheduled/privacy-purge.ts";
import { addDays, monthOfDay } from "../../src/domain/time.ts";

/** The days of the month a cron field names: "5", "25-28", "1,15" or "*". */
function daysNamed(field: string): (dom: number) => boolean {
  if (field === "*") return () => true;
  const parts = field.split(",").map((p) => p.split("-").map(Number));
  return (dom) => parts.some(([from = 0, to = from]) => dom >= from && dom <= to);
}

function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe("each job's schedule is said once, three ways that agree", () => {
  const days = everyDay("2026-01-01", "2028-12-31");

  for (const job of jobs.filter((j) => j.everyMinutes)) {
    it(`${job.name} wakes every ${job.everyMinutes} minutes, every day, as its cron says`, () => {
      expect(cron.validate(job.cron)).toBe(true);
      expect(job.cron).toBe(`*/${job.everyMinutes} * * * *`);
      expect(days.every((d) => job.isRunDay(d))).toBe(true);
    });
  }

  for (const job of jobs.filter((j) => !j.everyMinutes)) {
    describe(job.name, () => {
      const [minute, hour, dom = "", month, weekday] = job.cron.split(" ");

      it("its cron line is valid and wakes at its own hour, on the hour, any month", () => {
        expect(cron.validate(job.cron)).toBe(true);
        expect(minute).toBe("0");
        expect(Number(hour)).toBe(job.hour);
        expect([month, weekday]).toEqual(["*", "*"]);
      });

      it("every run day is a day cron wakes on, and each month has exactly one (2026–2028, leap year included)", () => {
        const woken = daysNamed(dom);
        const runDays = days.filter((d) => job.isRunDay(d));
        expect(runDays.every((d) => woken(Number(d.slice(8))))).toBe(true);
        const perMonth = new Map<string, number>();
        for (const d of runDays) perMonth.set(monthOfDay(d), (perMonth.get(monthOfDay(d)) ?? 0) + 1);
        expect(perMonth.size).toBe(36);
        expect([...new Set(perMonth.values())]).toEqual([1]);
      });
    });
  }

  it("the privacy purge runs daily and at start", () => {
    expect(cron.validate(PRIVACY_PURGE.cron)).toBe(true);
    expect(PRIVACY_PURGE.cron.split(" ").slice(2)).toEqual(["*", "*", "*"]);
    expect(PRIVACY_PURGE.atStart).toBe(true);
  });

  it("the day check itself tells a range from a single day", () => {
    expect(daysNamed("25-28")(26)).toBe(true);
    expect(daysNamed("25-28")(29)).toBe(false);
    expect(daysNamed("5")(5)).toBe(true);
    expect(daysNamed("5")(15)).toBe(false);
  });
});
