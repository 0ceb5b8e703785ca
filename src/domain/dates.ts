import { DateTime } from "luxon";

export function formatDate(d: Date, zone: string): string {
  return DateTime.fromJSDate(d, { zone }).toFormat("LLLL d, yyyy");
}

export function yearIn(d: Date, zone: string): number {
  return DateTime.fromJSDate(d, { zone }).year;
}
