// Calendar arithmetic in the program's time zone. Days are "YYYY-MM-DD", months "YYYY-MM"; both
// are computed from an instant and a zone, so a daylight-saving change or February 29 needs no
// special case.
import { DateTime } from "luxon";

export type Day = string;
export type Month = string;

export const dayOf = (now: Date, zone: string): Day =>
  DateTime.fromJSDate(now, { zone }).toISODate() as string;
export const monthOfDay = (day: Day): Month => day.slice(0, 7);
/** minutes since midnight in the zone: 15:00 is 900 */
export function minuteOfDay(now: Date, zone: string): number {
  const t = DateTime.fromJSDate(now, { zone });
  return t.hour * 60 + t.minute;
}
export const monthOf = (now: Date, zone: string): Month => monthOfDay(dayOf(now, zone));

export function addDays(day: Day, n: number): Day {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ days: n }).toISODate() as string;
}

export function addMonths(month: Month, n: number): Month {
  return (DateTime.fromISO(`${month}-01`, { zone: "UTC" }).plus({ months: n }).toISODate() as string).slice(
    0,
    7,
  );
}

/** The same day n months on ("2026-12-15" -> "2027-01-15"); a day the month lacks becomes its last (Jan 31 -> Feb 28). */
export function addMonthsToDay(day: Day, n: number): Day {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ months: n }).toISODate() as string;
}

export function daysInMonth(month: Month): number {
  // day 0 of the next month is this month's last day (months in Date are 0-based)
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

export const firstDay = (month: Month): Day => `${month}-01`;
export const lastDay = (month: Month): Day => `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;

export function monthName(month: Month): string {
  return DateTime.fromISO(`${month}-01`, { zone: "UTC" }).toFormat("LLLL");
}

export function monthLabel(month: Month): string {
  return DateTime.fromISO(`${month}-01`, { zone: "UTC" }).toFormat("LLLL yyyy");
}

export function shortDay(day: Day): string {
  return DateTime.fromISO(day, { zone: "UTC" }).toFormat("LLL d");
}

/** The instant a local wall-clock time happens in the zone (for schedules). */
export function atLocal(day: Day, hour: number, zone: string): Date {
  return DateTime.fromISO(`${day}T${String(hour).padStart(2, "0")}:00`, { zone }).toJSDate();
}

/** Whether a day falls in the season, given month-day bounds such as 10-01 and 05-31 (which wrap the new year). */
export function dayInSeason(day: Day, start: string, end: string): boolean {
  const md = day.slice(5);
  return start <= end ? md >= start && md <= end : md >= start || md <= end;
}

/** A month is in the season when any of its days is. */
export function monthInSeason(month: Month, start: string, end: string): boolean {
  for (let d = 1; d <= daysInMonth(month); d++)
    if (dayInSeason(`${month}-${String(d).padStart(2, "0")}`, start, end)) return true;
  return false;
}

const MONTH_NAMES =
  "january february march april may june july august september october november december".split(" ");

/**
 * Reads a date as people type it: today, yesterday, 2026-11-03, nov 3, November 3, 11/3.
 * Without a year: the most recent such date not after today ("past", for meetings), or the next one
 * not before today ("future", for the end of a break). Returns null if unreadable.
 */
export function parseDay(text: string, today: Day, direction: "past" | "future" = "past"): Day | null {
  const t = text.trim().toLowerCase().replace(/,/g, "");
  if (t === "today") return today;
  if (t === "yesterday") return addDays(today, -1);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const named = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?$/.exec(t);
  const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t);
  let parts: [number | undefined, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (named) {
    const word = named[1] as string;
    const idx = MONTH_NAMES.findIndex((n) => n.startsWith(word));
    if (idx < 0) return null;
    parts = [named[3] ? Number(named[3]) : undefined, idx + 1, Number(named[2])];
  } else if (slashed)
    parts = [slashed[3] ? Number(slashed[3]) : undefined, Number(slashed[1]), Number(slashed[2])];
  if (!parts) return null;
  const [y, month, d] = parts;
  const dt = DateTime.fromObject({ year: y ?? Number(today.slice(0, 4)), month, day: d }, { zone: "UTC" });
  if (!dt.isValid) return null;
  const day = dt.toISODate() as string;
  if (y !== undefined) return day;
  if (direction === "past" && day > today) return dt.minus({ years: 1 }).toISODate() as string;
  if (direction === "future" && day < today) return dt.plus({ years: 1 }).toISODate() as string;
  return day;
}

/** "November 3, 2026": an instant's date in the program's time zone, for messages */
export function formatDate(d: Date, zone: string): string {
  return DateTime.fromJSDate(d, { zone }).toFormat("LLLL d, yyyy");
}

export function yearIn(d: Date, zone: string): number {
  return DateTime.fromJSDate(d, { zone }).year;
}

/** "Nov 3, 2026": a calendar day, for messages */
export function formatDay(day: Day): string {
  return DateTime.fromISO(day).toFormat("LLL d, yyyy");
}
