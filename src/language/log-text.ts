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
  corrected:
    "I read a change of mind between two amounts, and I log one: send it again with just the right one.",
  range: "I read a range of times, and I log one amount.",
  vague: "I need the time as a number, not an estimate like 'a couple of hours'.",
  several: "I read more than one amount of time. If these were separate meetings, log each one on its own.",
  seconds: "I log whole minutes, not seconds.",
  fraction_or_date: "I couldn't tell whether that fraction is part of an hour or a date.",
  several_bare: "I read more than one number and couldn't tell which one is the time.",
  stray_half: "I couldn't tell what the half belongs to: write it like 1.5 hours or 1 hour 30 min.",
  amount_unclear: "I couldn't read how long that was.",
  clock_or_decimal:
    "I couldn't tell whether that means hours and minutes (1.15 as 1 hour 15 minutes) or part of an hour: write it like 1 hr 15 min or 1.25 hours.",
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

/** a bare number up to this is a meeting's hours; above it, up to 12, it could be minutes */
const BARE_HOURS_AT_MOST = 4;
const BARE_WHY = {
  minutes: "A number over 12 is read as minutes.",
  clock: "A time like 1:30 is read as hours and minutes.",
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
  // what is left of "we met for 30 min on monday!!" or "like an hour lol yday" says nothing
  const words = note.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => !EMPTY_NOTE_WORDS.has(w)) ? note.slice(0, 500) : null;
}

/** words that alone make no note: linking words, "we met", laughter */
const EMPTY_NOTE_WORDS = new Set(
  "on for at of and with in we i me us met meet meeting mtg our my the a an was were had it lol lmao haha ok okay just so like about around ish today yesterday day".split(
    " ",
  ),
);

/** "4:30 pm" */
function clockInWords(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60) % 24;
  const m = String(minuteOfDay % 60).padStart(2, "0");
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? "am" : "pm"}`;
}

/** Said of today, a part of the day that has not begun yet ("tonight" at 3 pm): the minute it begins. */
const DAY_PARTS: [RegExp, number, string][] = [
  [/\b(?:tonight|this evening)\b/i, 17 * 60, "evening"],
  [/\bthis afternoon\b/i, 12 * 60, "afternoon"],
];

/**
 * Why a meeting read for today may not have happened yet ("tonight" at 3 pm, "3-4:30pm" before
 * 4:30): confirmed first, since it may be logged ahead or meant yesterday.
 */
function notYet(said: string | null, endsAt: number | undefined, minuteOfDay: number): string | null {
  for (const [re, begins, part] of DAY_PARTS)
    if (said && re.test(said) && minuteOfDay < begins)
      return `It isn't ${part} yet here: if you met yesterday, say "last night" or "yesterday" instead.`;
  if (endsAt !== undefined && endsAt > minuteOfDay)
    return `That ends at ${clockInWords(endsAt)}, later today: if you met yesterday, add "yesterday".`;
  return null;
}

/**
 * `minuteOfDay` is now in the zone (minutes since midnight); without it a meeting today is taken
 * to have happened already.
 */
export function readLogText(text: string, today: string, zone: string, minuteOfDay = 1440): LogReading {
  // the command typed again inside its own text ("/log-hours 30 min"), as people paste it
  const prepared = prepare(cleanText(text).replace(/^\s*\/?log-?hours?\b:?/i, ""));
  const whole = readPrepared(prepared, today, zone, minuteOfDay);
  const reading =
    whole.kind === "unclear" ? (withoutAsides(prepared, today, zone, minuteOfDay) ?? whole) : whole;
  return reading.kind === "entry" ? unsureSaid(prepared, reading) : reading;
}

/** "(her wifi cut out twice)": an aside in brackets */
const ASIDE = /\(([^()]*)\)/g;

/**
 * A message whose whole text did not read, read once its asides are set apart ("1 hr 30 last friday (her wifi cut out
 * twice)"): read without them, the asides kept in the note. Only asides with no amount and no past
 * day are set apart, so "1 hr (last tuesday)" is never read as today.
 */
function withoutAsides(
  prepared: string,
  today: string,
  zone: string,
  minuteOfDay: number,
): LogReading | null {
  const asides = [...prepared.matchAll(ASIDE)].map((m) => (m[1] as string).trim());
  if (asides.length === 0) return null;
  const idle = (aside: string) => {
    const date = readDate(aside, today, zone);
    return (
      readDuration(date.rest).minutes === null &&
      date.day === null &&
      (!date.problem || date.problem === "future")
    );
  };
  if (!asides.every(idle)) return null;
  const r = readPrepared(prepared.replace(ASIDE, " ").replace(/\s+/g, " ").trim(), today, zone, minuteOfDay);
  if (r.kind === "unclear") return null;
  const note = [r.entry.note, ...asides].filter(Boolean).join(" ").slice(0, 500);
  return { ...r, entry: { ...r.entry, note: note || null } };
}

/** "not sure which day, maybe the 20th", "can't remember how long": said unsure, so asked, not recorded */
const UNSURE = new RegExp(
  [
    String.raw`\b(?:not sure|unsure|(?:do ?n'?t|can'?t|cant|dont) (?:remember|recall|know)|idk|forgot)\b[^.!?]{0,24}\b(?:day|date|when|how long|how much)\b`,
    String.raw`\bmaybe (?:on |the |last )?(?:\d|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
  ].join("|"),
  "i",
);

function unsureSaid(prepared: string, reading: Extract<LogReading, { kind: "entry" }>): LogReading {
  if (!UNSURE.test(prepared)) return reading;
  return {
    kind: "confirm",
    entry: reading.entry,
    why: "You said you weren't sure: if the day or the time is different, say No and give it.",
  };
}

function readPrepared(prepared: string, today: string, zone: string, minuteOfDay: number): LogReading {
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
  // "last night ... 12:30-1:30am": after midnight, so which day?
  if (
    date.said &&
    /\blast night\b/.test(date.said) &&
    duration.endsAt !== undefined &&
    duration.endsAt <= 6 * 60
  )
    return unclear(
      `"Last night" and a time after midnight could be two days. Write the date of the meeting.`,
    );
  const early = entry.day === today ? notYet(date.said, duration.endsAt, minuteOfDay) : null;
  if (early) return { kind: "confirm", entry, why: early };
  if (date.doubt) return { kind: "confirm", entry, why: date.doubt };
  // A number with no unit is hours when it is a meeting's length ("1.5", "2"); "10" could be
  // minutes, "90" is probably minutes and "1:30" 1 hour 30 minutes: those are confirmed, never
  // assumed (over 12 hours either way is refused)
  const plainHours = duration.bare === "hours" && entry.minutes <= BARE_HOURS_AT_MOST * 60;
  // "10" alone: 10 hours, or 10 minutes? Offered as hours (a bare number is hours), with the way to
  // say minutes, never recorded unasked
  if (duration.bare === "hours" && !plainHours)
    return {
      kind: "confirm",
      entry,
      why: `A number alone is read as hours: if you meant ${entry.minutes / 60} minutes, say No and type ${entry.minutes / 60} min.`,
    };
  if ((duration.bare === "minutes" || duration.bare === "clock") && entry.minutes <= 720)
    return { kind: "confirm", entry, why: BARE_WHY[duration.bare] };
  return { kind: "entry", entry };
}
