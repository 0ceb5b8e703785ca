// Amounts and days in words, the way the bot restates what it recorded: "1 hour 30 minutes on
// Tuesday, November 17".
import { DateTime } from "luxon";
import type { Day } from "../time.ts";

export function durationInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 0 ? "" : `${h} ${h === 1 ? "hour" : "hours"}`;
  const mins = m === 0 ? "" : `${m} ${m === 1 ? "minute" : "minutes"}`;
  return [hours, mins].filter(Boolean).join(" ") || "0 minutes";
}

export function dayInWords(day: Day): string {
  return DateTime.fromISO(day, { zone: "UTC" }).toFormat("cccc, LLLL d");
}

/** A month's hours against the goal: "November: 1.5 of 2 hours". */
export function progressLine(monthName: string, minutes: number, goalHours: number): string {
  const h = Math.round((minutes / 60) * 100) / 100;
  return `${monthName}: ${h} of ${goalHours} hours.`;
}
