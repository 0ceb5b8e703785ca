import { DateTime } from "luxon";

export function formatDate(d: Date, zone: string): string {
  return DateTime.fromJSDate(d, { zone }).toFormat("LLLL d, yyyy");
}

export function yearIn(d: Date, zone: string): number {
  return DateTime.fromJSDate(d, { zone }).year;
}

/** The calendar day of an instant in the program's time zone, as YYYY-MM-DD. */
export function isoDay(d: Date, zone: string): string {
  return DateTime.fromJSDate(d, { zone }).toISODate() as string;
}

export function formatDay(day: string): string {
  return DateTime.fromISO(day).toFormat("LLL d, yyyy");
}
