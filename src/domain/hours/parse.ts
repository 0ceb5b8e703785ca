// "/log-hours 1h30m nov 3 coffee at the library" -> 90 minutes on 2026-11-03, with a note.

import { cleanText } from "../text.ts";
import { type Day, parseDay } from "../time.ts";

export const MAX_MINUTES_PER_ENTRY = 12 * 60;
export const HOURS_HELP =
  "Give the time as hours (1.5), minutes (90m) or both (1h30m), then optionally a date (yesterday, 2026-11-03 or nov 3) and a note. For example: /log-hours 1.5 yesterday coffee at the library";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseDuration(token: string): Parsed<number> {
  const t = token.trim().toLowerCase().replace(",", ".");
  const decimal = /^(-?\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)?$/.exec(t);
  const mins = /^(-?\d+)\s*(?:m|min|mins|minutes?)$/.exec(t);
  const both = /^(\d+)\s*h\s*(\d+)\s*(?:m|min|mins|minutes?)?$/.exec(t);
  let minutes: number | null = null;
  if (decimal) minutes = Number(decimal[1]) * 60;
  else if (mins) minutes = Number(mins[1]);
  else if (both) minutes = Number(both[1]) * 60 + Number(both[2]);
  if (minutes === null || !Number.isFinite(minutes))
    return { ok: false, error: `I couldn't read "${token}" as a time. ${HOURS_HELP}` };
  minutes = Math.round(minutes);
  if (minutes <= 0)
    return {
      ok: false,
      error: "The time must be more than 0. For example /log-hours 1.5 or /log-hours 45m.",
    };
  if (minutes > MAX_MINUTES_PER_ENTRY)
    return {
      ok: false,
      error: "One entry can be at most 12 hours. If you met on several days, log each day on its own.",
    };
  return { ok: true, value: minutes };
}

export interface LogEntry {
  minutes: number;
  day: Day;
  note: string | null;
}

const DATE_START = [
  /^(today|yesterday)\b/i,
  /^\d{4}-\d{1,2}-\d{1,2}\b/,
  /^\d{1,2}\/\d{1,2}(?:\/\d{4})?\b/,
  /^[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b/i,
];

export function parseLogText(text: string, today: Day): Parsed<LogEntry> {
  const clean = cleanText(text);
  if (!clean) return { ok: false, error: HOURS_HELP };
  const tokens = clean.split(" ");
  // "1h 30m" typed with a space is one time
  let durationText = tokens[0] as string;
  let rest = tokens.slice(1).join(" ");
  if (/^\d+h$/i.test(durationText) && /^\d+m(in)?s?$/i.test(tokens[1] ?? "")) {
    durationText += tokens[1];
    rest = tokens.slice(2).join(" ");
  }
  const duration = parseDuration(durationText);
  if (!duration.ok) return duration;
  let day = today;
  for (const re of DATE_START) {
    const m = re.exec(rest);
    if (!m) continue;
    const parsed = parseDay(m[0], today);
    if (!parsed)
      return { ok: false, error: `I couldn't read "${m[0]}" as a date. Use yesterday, 2026-11-03 or nov 3.` };
    day = parsed;
    rest = rest.slice(m[0].length).trim();
    break;
  }
  const note = rest ? rest.slice(0, 500) : null;
  return { ok: true, value: { minutes: duration.value, day, note } };
}

export function formatHours(minutes: number): string {
  const h = minutes / 60;
  const rounded = Math.round(h * 100) / 100;
  return `${rounded} ${rounded === 1 ? "hour" : "hours"}`;
}
