// Reads "/log-hours" text as people type it: the amount and the date anywhere in the phrase, the
// rest as the note. Understood with confidence, or one likely reading to confirm, or a question
// back: never a silent guess.
import type { LogReading } from "../domain/hours/reading.ts";
import { HOURS_EXAMPLES } from "../domain/hours/reading.ts";
import { cleanText } from "../domain/text.ts";
import { readDate } from "./dates.ts";
import { readDuration } from "./durations.ts";
import { prepare } from "./prepare.ts";

const DURATION_PROBLEMS = {
  negative: "The time can't be negative.",
  range: "I read a range of times, and I log one amount.",
  vague: "I need the time as a number, not an estimate like 'a couple of hours'.",
  several: "I read more than one amount of time. If these were separate meetings, log each one on its own.",
  seconds: "I log whole minutes, not seconds.",
  fraction_or_date: "I couldn't tell whether that fraction is part of an hour or a date.",
  several_bare: "I read more than one number and couldn't tell which one is the time.",
} as const;

const DATE_PROBLEMS = {
  vague: (said: string) => `I need the day of the meeting, and "${said}" could be several days.`,
  several: (said: string) =>
    `I read more than one day (${said}). If these were separate meetings, log each one on its own.`,
  same_weekday: (said: string) => `Today is a ${cap(said)}: did you mean today, or ${said} last week?`,
  weekday_mismatch: (said: string) => `The weekday and the date don't match (${said}).`,
  future: (said: string) => `"${said}" is in the future: log a meeting once it has happened.`,
  unreadable: (said: string) => `I couldn't read "${said}" as a date.`,
} as const;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unclear = (why: string): LogReading => ({
  kind: "unclear",
  message: `${why} Nothing was logged. ${HOURS_EXAMPLES}.`,
});

/** The note: what is left once the amount and the date are out, without dangling little words. */
function noteOf(rest: string): string | null {
  const note = rest
    .replace(/^[\s,.;:!?&+-]+|[\s,;:&+-]+$/g, "")
    .replace(/^(?:on|for|at|of|and|with|,)\s+|\s+(?:on|for|at|of|and|,)$/g, "")
    .trim();
  return /[\p{L}\p{N}]/u.test(note) ? note.slice(0, 500) : null;
}

export function readLogText(text: string, today: string, zone: string): LogReading {
  const prepared = prepare(cleanText(text));
  if (
    !/\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|quarter|hour|hours|couple|few|several)\b/.test(
      prepared,
    )
  )
    return unclear("I couldn't find an amount of time in that.");
  const date = readDate(prepared, today, zone);
  const duration = readDuration(date.rest);
  if (duration.problem) return unclear(DURATION_PROBLEMS[duration.problem]);
  if (date.problem) return unclear(DATE_PROBLEMS[date.problem](date.said ?? ""));
  if (duration.minutes === null) return unclear("I couldn't find an amount of time in that.");
  const entry = { minutes: duration.minutes, day: date.day ?? today, note: noteOf(duration.rest) };
  // "90" with no unit is probably minutes, "1:30" probably 1 hour 30 minutes: asked, never
  // assumed (over 12 hours either way is refused)
  if ((duration.bare === "minutes" || duration.bare === "clock") && entry.minutes <= 720)
    return {
      kind: "confirm",
      entry,
      why:
        duration.bare === "clock"
          ? "A time like 1:30 is read as hours and minutes."
          : "A number over 12 is read as minutes.",
    };
  return { kind: "entry", entry };
}
