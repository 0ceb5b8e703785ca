// A pair's time on a date is the larger of its two members' totals for that date: when both log
// the same meeting it counts once, and a member's own separate meetings that day still add up.
import type { Day, Month } from "../time.ts";

export interface LogRow {
  pairingId: string;
  memberId: string;
  meetingOn: Day;
  minutes: number;
}

/** minutes per pairing per day, after counting each shared meeting once */
export function dailyMinutes(rows: LogRow[]): Map<string, Map<Day, number>> {
  const perMember = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.pairingId}|${r.meetingOn}|${r.memberId}`;
    perMember.set(k, (perMember.get(k) ?? 0) + r.minutes);
  }
  const out = new Map<string, Map<Day, number>>();
  for (const [k, minutes] of perMember) {
    const [pairingId, day] = k.split("|") as [string, Day];
    const days = out.get(pairingId) ?? new Map<Day, number>();
    out.set(pairingId, days);
    days.set(day, Math.max(days.get(day) ?? 0, minutes));
  }
  return out;
}

/** minutes per pairing per month */
export function monthlyMinutes(rows: LogRow[]): Map<string, Map<Month, number>> {
  const out = new Map<string, Map<Month, number>>();
  for (const [pairingId, days] of dailyMinutes(rows)) {
    const months = new Map<Month, number>();
    for (const [day, minutes] of days)
      months.set(day.slice(0, 7), (months.get(day.slice(0, 7)) ?? 0) + minutes);
    out.set(pairingId, months);
  }
  return out;
}

/** What a report needs from the logs: minutes per pairing per month, and the last day with a meeting in each. */
export interface MonthTotal {
  pairingId: string;
  month: Month;
  minutes: number;
  lastDay: Day;
}

export function monthTotals(rows: LogRow[]): MonthTotal[] {
  const out: MonthTotal[] = [];
  for (const [pairingId, days] of dailyMinutes(rows)) {
    const byMonth = new Map<Month, MonthTotal>();
    for (const [day, minutes] of days) {
      const month = day.slice(0, 7);
      const t = byMonth.get(month) ?? { pairingId, month, minutes: 0, lastDay: day };
      t.minutes += minutes;
      if (day > t.lastDay) t.lastDay = day;
      byMonth.set(month, t);
    }
    out.push(...byMonth.values());
  }
  return out;
}

export function minutesByPairMonth(totals: MonthTotal[]): Map<string, Map<Month, number>> {
  const out = new Map<string, Map<Month, number>>();
  for (const t of totals) {
    const m = out.get(t.pairingId) ?? new Map<Month, number>();
    out.set(t.pairingId, m);
    m.set(t.month, (m.get(t.month) ?? 0) + t.minutes);
  }
  return out;
}
