// Reads "/meet" text as people type it: the day, the time (or a span "4-5pm"), an optional length
// ("45m", "for an hour and a half") and a time zone ("est", "alaska time") anywhere in the phrase;
// what is left is the place. A meeting is planned only when every part is certain: a time without
// am/pm that could be either, a weekday that is today, "next friday", two times, a past time or
// one more than 90 days away is asked about, never guessed.
import { DateTime } from "luxon";
import { cleanText } from "../domain/text.ts";
import { prepare } from "./prepare.ts";

export type MeetReading =
  | { kind: "plan"; start: Date; minutes: number; place: string }
  | { kind: "ask"; why: string };

export const MEET_EXAMPLES =
  "For example: `/meet tomorrow 5pm zoom` or `/meet tomorrow 4:30pm 45m Loussac Library` (a weekday or a date works too: `thu 5pm`, `dec 10 4pm`)";

export const MEET_LIMITS = {
  minMinutes: 10,
  maxMinutes: 240,
  defaultMinutes: 60,
  maxDaysAhead: 90,
  maxPlaceLength: 200,
} as const;

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Time zones people name after a time; the program's own zone is the default. */
const AFTER_TIME = "(?<=(?:\\d|am|pm|noon|midnight) )";
const ZONES: [RegExp, string][] = [
  [/\b(?:akst|akdt|akt|alaska(?:n)? time|alaska)\b/, "America/Anchorage"],
  [/\b(?:est|edt|eastern(?: time)?)\b/, "America/New_York"],
  [/\b(?:cst|cdt|central(?: time)?)\b/, "America/Chicago"],
  [/\b(?:mst|mdt|mountain(?: time)?)\b/, "America/Denver"],
  [/\b(?:pst|pdt|pacific(?: time)?)\b/, "America/Los_Angeles"],
  [/\b(?:hst|hawaii(?:an)?(?: time)?)\b/, "Pacific/Honolulu"],
  [/\b(?:utc|gmt)\b/, "UTC"],
  // the short forms people write after a time ("5pm ET"): only there, so "mt. view" stays a place
  [/\bet\b(?!\.)/, "America/New_York"],
  [/\bct\b(?!\.)/, "America/Chicago"],
  [/\bmt\b(?!\.)/, "America/Denver"],
  [/\bpt\b(?!\.)/, "America/Los_Angeles"],
].map(([re, zone]) => [new RegExp(AFTER_TIME + (re as RegExp).source), zone as string]);

/** Words that make a plan uncertain: the person has not settled on one time yet. */
const VAGUE =
  /\b(?:sometime|some time|soon|asap|whenever|weekend|next week|next month|after (?:school|class|work|finals|practice)|before (?:school|class|work)|morning|afternoon|evening|night|idk|maybe|probably|around|ish|or)\b/;

/** Lead-ins and filler around the plan: "let's do", "can we meet", "how about". */
const LEAD_INS =
  /^(?:(?:ok(?:ay)?|so|hey|hi|um+|yeah|yes)[, ]+)*(?:let'?s (?:do|meet|say)|let us meet|can we (?:do|meet|say)|could we (?:do|meet)|how about|what about|meet(?:ing)?|plan(?: a meeting)?(?: for)?|schedule(?: a meeting)?(?: for)?)\b\s*/;

interface Found {
  /** something that makes the whole reading uncertain, whatever else was read */
  problem?: string;
  day?: { date: DateTime; said: string; weekday?: number } | { problem: string };
  time?: { hour: number; minute: number } | { problem: string };
  span?: number;
  minutes?: number;
  zone?: string;
  part?: "morning" | "afternoon" | "evening" | "night";
}

const ask = (why: string): MeetReading => ({ kind: "ask", why });

/** "5", "5:30", "5.30", "17:00", with am/pm if given: 24-hour clock values or null when impossible */
function clock(
  h: string,
  m: string | undefined,
  ampm: string | undefined,
): { hour: number; minute: number } | null {
  let hour = Number(h);
  const minute = m ? Number(m) : 0;
  if (minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm.startsWith("p");
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute };
}

/** Reads the length of the meeting: "45 m", "1.5 h", "90 minutes", "for an hour and a half". */
function takeLength(s: string, f: Found): string | { problem: string } {
  const found: number[] = [];
  let rest = s.replace(
    /\b(?:for )?(?:an|one|1) (?:hour|hr) and a half\b|\b(?:for )?(?:an |one )?hour and a half\b/g,
    () => {
      found.push(90);
      return " ";
    },
  );
  // "1h30m", "1 hr 15 min": one length in two units
  rest = rest.replace(
    /\b(?:for )?(\d+) ?(?:h|hr|hrs|hour|hours) ?(?:and )?(\d{1,2}) ?(?:m|min|mins|minute|minutes)\b/g,
    (_m, h: string, m: string) => {
      found.push(Number(h) * 60 + Number(m));
      return " ";
    },
  );
  rest = rest.replace(
    /\b(?:for )?(?:an|one) (?:hour|hr)\b|\bfor (?:a|one|1) (?:hour|hr)\b|\b(?:for )?half (?:an|a) hour\b/g,
    (m) => {
      found.push(m.includes("half") ? 30 : 60);
      return " ";
    },
  );
  rest = rest.replace(
    /\b(?:for )?(\d+(?:\.\d+)?) ?(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)\b/g,
    (_m, n: string, unit: string) => {
      found.push(unit.startsWith("h") ? Math.round(Number(n) * 60) : Number(n));
      return " ";
    },
  );
  if (found.length > 1) return { problem: "I read more than one length for the meeting." };
  if (found.length === 1) f.minutes = found[0];
  return rest;
}

/** Zones of other countries, named after a time: asked about, never read as Alaska's time. */
const OTHER_ZONES = new RegExp(
  `${AFTER_TIME}\\b(?:ist|bst|cet|cest|eet|eest|wet|aest|aedt|acst|awst|jst|kst|nzst|nzdt|sast|wat|eat|msk|ast|adt|hast|hdt|[a-z]{2,4} time)\\b`,
);

function takeZone(s: string, f: Found): string {
  if (OTHER_ZONES.test(s) && !ZONES.some(([re]) => re.test(s))) {
    f.problem = "I don't know that time zone. Give the time in Alaska time, or as est, cst, mst, pst or utc.";
    return s.replace(OTHER_ZONES, " ");
  }
  let rest = s;
  for (const [re, zone] of ZONES)
    rest = rest.replace(re, () => {
      f.zone = zone;
      return " ";
    });
  return rest;
}

/** "4-5 pm", "4:30 to 6 pm", "11 am-1 pm", "from 4 to 5 pm", "10 am to 3 pm" */
function takeSpan(s: string, f: Found): string {
  // noon and midnight as ends of a span: "10am-noon", "noon-1:30pm"
  const original = s;
  s = s.replace(/\bnoon\b/g, "12pm").replace(/\bmidnight\b/g, "12am");
  const h24 =
    /\b(?:from )?([01]?\d|2[0-3])[:.]([0-5]\d) ?(?:-|–|to|until|till) ?([01]?\d|2[0-3])[:.]([0-5]\d)\b/.exec(
      s,
    );
  if (h24 && (Number(h24[1]) >= 13 || Number(h24[3]) >= 13 || h24[1]?.startsWith("0"))) {
    const startMin = Number(h24[1]) * 60 + Number(h24[2]);
    f.time = { hour: Number(h24[1]), minute: Number(h24[2]) };
    f.span = Number(h24[3]) * 60 + Number(h24[4]) - startMin;
    return s.replace(h24[0], " ");
  }
  const re =
    /\b(?:from )?(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)? ?(?:-|–|to|until|till) ?(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)\b/;
  const m = re.exec(s);
  if (!m) return original;
  const endAmPm = m[6] as string;
  const end = clock(m[4] as string, m[5], endAmPm);
  // "4-5 pm": the start shares the end's am/pm unless that would put it after the end
  let start = clock(m[1] as string, m[2], m[3] ?? endAmPm);
  if (start && end && !m[3] && start.hour * 60 + start.minute > end.hour * 60 + end.minute)
    start = clock(m[1] as string, m[2], endAmPm.startsWith("p") ? "am" : "pm");
  if (!start || !end) {
    f.time = { problem: "I couldn't read that span of time." };
  } else {
    f.time = start;
    f.span = end.hour * 60 + end.minute - (start.hour * 60 + start.minute);
  }
  return s.replace(m[0], " ");
}

/** "rm 1430", "room 12", "#204": a number that names a room, not a time */
const NOT_A_ROOM = "(?<!\\b(?:rm|room|suite|ste|bldg|building|unit|apt|no|number|floor|fl|#) ?)";

/** One time of day. "at 7" alone could be morning or evening and is asked about. */
function takeTime(s: string, f: Found): string {
  const times: { value: { hour: number; minute: number } | null; ambiguous: boolean; said: string }[] = [];
  // beside a time with digits, "noon rotary" or "midnight sun cafe" is a place's name
  const clockToo = /\d ?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/.test(s);
  let rest = s.replace(
    /(\b(?:at|by|from|until|till|til|to) |-)?\b(noon|midday|midnight)\b/g,
    (m, before, w) => {
      if (clockToo && !before) return m;
      times.push({ value: { hour: w === "midnight" ? 24 : 12, minute: 0 }, ambiguous: false, said: w });
      return " ";
    },
  );
  rest = rest.replace(
    /\b(?:at )?(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)(?![a-z])/g,
    (m, h: string, min: string | undefined, ap: string) => {
      times.push({ value: clock(h, min, ap), ambiguous: false, said: m });
      return " ";
    },
  );
  // 24-hour clock: "17:00", "16:00", "1730" (four digits right after the day)
  rest = rest.replace(/\b(?:at )?([01]?\d|2[0-9])[:](\d{2})\b/g, (m, h: string, min: string) => {
    const hour = Number(h);
    // "16:00" and "09:00" are certain; "4:30" could be morning or afternoon
    times.push({
      value: clock(h, min, undefined),
      ambiguous: hour >= 1 && hour <= 12 && !h.startsWith("0"),
      said: m,
    });
    return " ";
  });
  rest = rest.replace(
    new RegExp(`${NOT_A_ROOM}\\b(?:at )?([01]\\d|2[0-3])([0-5]\\d)\\b(?!\\/)`, "g"),
    (m, h: string, min: string) => {
      times.push({
        value: clock(h, min, undefined),
        ambiguous: Number(h) >= 1 && Number(h) <= 12 && !h.startsWith("0"),
        said: m,
      });
      return " ";
    },
  );
  // a bare hour: "at 7", "tonight 8"; certain only with a part of the day
  rest = rest.replace(
    new RegExp(`${NOT_A_ROOM}\\b(?:at )?(\\d{1,2})\\b(?![/\\-.:]\\d|(?:st|nd|rd|th)\\b)`, "g"),
    (m, h: string) => {
      times.push({ value: clock(h, undefined, undefined), ambiguous: true, said: m.trim() });
      return " ";
    },
  );
  if (times.length > 1) {
    f.time = { problem: "I read more than one time. Plan one meeting at a time." };
  } else if (times.length === 1) {
    const t = times[0] as (typeof times)[number];
    if (!t.value) f.time = { problem: `I couldn't read "${t.said}" as a time of day.` };
    else if (t.ambiguous) f.time = resolveByPart(t.value, t.said, f.part);
    else f.time = t.value;
  }
  return rest;
}

/** "tonight at 7" is 7pm, "tomorrow morning at 9" 9am; "at 6" alone is asked about. */
function resolveByPart(
  t: { hour: number; minute: number },
  said: string,
  part: Found["part"],
): { hour: number; minute: number } | { problem: string } {
  if (t.hour === 0 || t.hour > 12) return t;
  if (!part) return { problem: `Is "${said}" am or pm? Add it, e.g. 5pm.` };
  if (part === "morning") return { hour: t.hour % 12, minute: t.minute };
  if (part === "night" && t.hour === 12) return { hour: 24, minute: t.minute };
  return { hour: (t.hour % 12) + 12, minute: t.minute };
}

/** "tonight", "tomorrow night", "this afternoon": a part of the day that settles "at 7". */
function takePart(s: string, f: Found): string {
  return s
    .replace(/\btonight\b/g, () => {
      f.part = "night";
      return " today ";
    })
    .replace(/\b(?:this|in the) (morning|afternoon|evening)\b/g, (_m, p: Found["part"]) => {
      f.part = p;
      return /this/.test(_m) ? " today " : " ";
    })
    .replace(
      /\b(today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (morning|afternoon|evening|night)\b/g,
      (_m, d: string, p: Found["part"]) => {
        f.part = p;
        return ` ${d} `;
      },
    );
}

function takeDay(s: string, f: Found, today: DateTime): string {
  const days: ({ date: DateTime; said: string; weekday?: number } | { problem: string })[] = [];
  const weekdayOf = (w: string) => WEEKDAYS.indexOf(w) + 1;
  let rest = s;
  const put = (d: (typeof days)[number]) => {
    days.push(d);
    return " ";
  };
  // a weekday right beside a date checks it: "tue dec 1", "friday the 19th"
  const weekdayBeside = (w: string | undefined) => (w ? weekdayOf(w) : undefined);
  const WD = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? ";
  rest = rest.replace(new RegExp(`\\b(?:${WD})?(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b`, "g"), (m, w, y, mo, d) =>
    put(dated(Number(y), Number(mo), Number(d), m, weekdayBeside(w), today, true)),
  );
  rest = rest.replace(
    new RegExp(`\\b(?:${WD})?(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b`, "g"),
    (m, w, mo, d, y) =>
      put(
        dated(y ? fullYear(Number(y)) : null, Number(mo), Number(d), m, weekdayBeside(w), today, Boolean(y)),
      ),
  );
  // "24 nov", "3rd of december": the day before the month
  rest = rest.replace(
    new RegExp(
      `\\b(?:${WD})?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})\\.?(?:,? (\\d{4}))?\\b`,
      "g",
    ),
    (m, w, d, mo: string, y) =>
      put(
        dated(y ? Number(y) : null, MONTHS[mo] as number, Number(d), m, weekdayBeside(w), today, Boolean(y)),
      ),
  );
  rest = rest.replace(
    new RegExp(`\\b(?:${WD})?(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, "g"),
    (m, w, mo: string, d, y) =>
      put(
        dated(y ? Number(y) : null, MONTHS[mo] as number, Number(d), m, weekdayBeside(w), today, Boolean(y)),
      ),
  );
  rest = rest.replace(
    // "3rd floor" and "5th avenue" are places, not days
    new RegExp(
      `\\b(?:${WD})?(?:the )?(\\d{1,2})(?:st|nd|rd|th)(?: of (${MONTH}))?\\b(?! (?:floor|fl|street|st|ave|avenue|room|grade|period|place|door))`,
      "g",
    ),
    (m, w, d, mo: string | undefined) =>
      put(dated(null, mo ? (MONTHS[mo] as number) : null, Number(d), m, weekdayBeside(w), today, false)),
  );
  rest = rest.replace(/\b(?:the )?day after tomorrow\b/g, (m) =>
    put({ date: today.plus({ days: 2 }), said: m }),
  );
  rest = rest.replace(/\btoday\b/g, (m) => put({ date: today, said: m }));
  rest = rest.replace(/\byesterday\b/g, (m) => put({ date: today.minus({ days: 1 }), said: m }));
  rest = rest.replace(/\btomorrow\b/g, (m) => put({ date: today.plus({ days: 1 }), said: m }));
  rest = rest.replace(
    /\bnext (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
    (m, w: string) =>
      put({
        problem: `"${m}" could mean this coming ${cap(w)} or the one after. Write the date, e.g. ${w.slice(0, 3)} ${example(today, weekdayOf(w))}.`,
      }),
  );
  rest = rest.replace(
    /\b(?:this |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g,
    (m, w: string) => {
      const wd = weekdayOf(w);
      if (wd === today.weekday)
        return put({
          problem: `Today is a ${cap(w)}: did you mean today, or ${cap(w)} next week? Write "today" or the date.`,
        });
      return put({ date: today.plus({ days: (wd - today.weekday + 7) % 7 }), said: m.trim() });
    },
  );
  if (days.length > 1) f.day = { problem: "I read more than one day. Plan one meeting at a time." };
  else if (days.length === 1) f.day = days[0];
  return rest;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

function example(today: DateTime, weekday: number): string {
  const d = today.plus({ days: ((weekday - today.weekday + 7) % 7 || 7) + 7 });
  return d.toFormat("LLL d").toLowerCase();
}

/** A calendar date; without a year, the next one to come (today counts). */
function dated(
  year: number | null,
  month: number | null,
  day: number,
  said: string,
  weekday: number | undefined,
  today: DateTime,
  yearGiven: boolean,
): { date: DateTime; said: string } | { problem: string } {
  let date: DateTime;
  if (month === null) {
    // "the 20th": this month's, or next month's once it has passed
    date = today.set({ day });
    if (date.month !== today.month || day > today.daysInMonth!)
      return { problem: `This month has no ${said.trim()}.` };
    if (date < today) {
      const next = today.plus({ months: 1 }).set({ day });
      if (next.day !== day) return { problem: `Next month has no ${said.trim()}.` };
      date = next;
    }
  } else {
    const y = year ?? today.year;
    date = DateTime.fromObject({ year: y, month, day }, { zone: today.zone });
    if (!date.isValid) return { problem: `"${said.trim()}" is not a date on the calendar.` };
    // "nov 17" a day after it: passed, not next year's; a date months back is next year's
    if (!yearGiven && date < today)
      date = today.diff(date, "days").days <= 60 ? date : date.plus({ years: 1 });
  }
  if (weekday && date.weekday !== weekday)
    return {
      problem: `The weekday and the date don't match: ${date.toFormat("LLL d")} is a ${date.toFormat("cccc")}.`,
    };
  return { date, said };
}

export function readMeetText(raw: string, now: Date, programZone: string): MeetReading {
  // control and direction characters out first: a place is shown to the pair as typed
  const original = cleanText(raw)
    .normalize("NFKC")
    .replace(/[\p{Cf}]/gu, "")
    .trim();
  if (!original) return ask(`Tell me when to meet. ${MEET_EXAMPLES}.`);
  // "6ish" is an estimate: read before prepare() drops the "ish"
  if (/\d ?-?ish\b|~|\b(?:approx(?:imately)?|(?<!(?:how|what) )about|roughly)\b/i.test(original))
    return ask(`I need an exact time to put in the calendar, not "about". ${MEET_EXAMPLES}.`);
  const today = DateTime.fromJSDate(now, { zone: programZone }).startOf("day");
  const f: Found = {};
  let s = prepare(original).toLowerCase().replace(LEAD_INS, "");
  s = s
    .replace(/\b(\d{1,2}(?:[:.]\d{2})?) ?(a|p)\.?(?:m\.?)?(?![a-z])/g, "$1$2m")
    .replace(/(\d) (st|nd|rd|th)\b/g, "$1$2")
    // in a plan, "sat" and "sun" before a part of the day or at the start are days
    .replace(
      /^(sat|sun)\b|(?<=, )(sat|sun)\b(?! ?(?:cafe|café|coffee|bakery|club|room|hall|library|center|centre|valley|park|building|bldg|st|street|ave|avenue|road|rd|plaza|mall|way)\b)|\b(sat|sun)\b(?= (?:morning|afternoon|evening|night|noon|at\b|@))/g,
      (_m, a, c, b) => ((a ?? c ?? b) === "sat" ? "saturday" : "sunday"),
    );
  const lengthed = takeLength(s, f);
  if (typeof lengthed !== "string") return ask(`${lengthed.problem} ${MEET_EXAMPLES}.`);
  s = takeZone(lengthed, f);
  s = takePart(s, f);
  s = takeDay(s, f, today);
  s = takeSpan(s, f);
  if (!f.time) s = takeTime(s, f);
  const place = placeOf(s);
  if (place.length > MEET_LIMITS.maxPlaceLength)
    return ask(
      `Please keep the place to ${MEET_LIMITS.maxPlaceLength} characters (a link to a call is fine). ${MEET_EXAMPLES}.`,
    );
  if (VAGUE.test(` ${place} `)) return ask(`That sounds like the time is not settled yet. ${MEET_EXAMPLES}.`);
  return settle(f, asTyped(place, original), now, today, programZone);
}

/** The place as it was typed ("Loussac Library"), where it can be found in the original text. */
function asTyped(place: string, original: string): string {
  const at = original.toLowerCase().indexOf(place);
  return at >= 0 && place ? original.slice(at, at + place.length) : place;
}

/** What is left once the day, time and length are out: the place, without dangling little words. */
function placeOf(rest: string): string {
  return rest
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:(?:at|on|in|via|over|by|@|,|-|and)(?:\s+|$))+/, "")
    .replace(/\s+(?:at|on|in|via|over|by|@|,|-|and)$/, "")
    .replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, "")
    .trim();
}

function settle(f: Found, place: string, now: Date, today: DateTime, programZone: string): MeetReading {
  if (f.problem) return ask(`${f.problem} ${MEET_EXAMPLES}.`);
  if (f.day && "problem" in f.day) return ask(`${f.day.problem} ${MEET_EXAMPLES}.`);
  if (f.time && "problem" in f.time) return ask(`${f.time.problem} ${MEET_EXAMPLES}.`);
  if (!f.day) return ask(`Which day? ${MEET_EXAMPLES}.`);
  // "What time tomorrow?", "What time on Friday?"
  const on = /^(?:today|tonight|tomorrow|on )/i.test(f.day.said) ? "" : "on ";
  if (!f.time) return ask(`What time ${on}${f.day.said}? ${MEET_EXAMPLES}.`);
  if (f.span !== undefined && f.minutes !== undefined && f.span !== f.minutes)
    return ask(`The span and the length you gave don't agree. Give one of them. ${MEET_EXAMPLES}.`);
  const minutes = f.span ?? f.minutes ?? MEET_LIMITS.defaultMinutes;
  if (minutes < MEET_LIMITS.minMinutes || minutes > MEET_LIMITS.maxMinutes)
    return ask(
      `A meeting here lasts from ${MEET_LIMITS.minMinutes} minutes to ${MEET_LIMITS.maxMinutes / 60} hours; I read ${minutes} minutes. ${MEET_EXAMPLES}.`,
    );
  // the day is the program's; a named zone moves the clock time, not the day it was said on
  const zone = f.zone ?? programZone;
  const startLocal = DateTime.fromObject(
    { year: f.day.date.year, month: f.day.date.month, day: f.day.date.day },
    { zone },
  ).plus({ hours: f.time.hour, minutes: f.time.minute });
  if (!startLocal.isValid) return ask(`I couldn't read that time. ${MEET_EXAMPLES}.`);
  const start = startLocal.toJSDate();
  if (start.getTime() <= now.getTime())
    return ask(
      `That time has already passed (${startLocal.setZone(programZone).toFormat("ccc LLL d, h:mm a")}). ${MEET_EXAMPLES}.`,
    );
  if (startLocal > today.plus({ days: MEET_LIMITS.maxDaysAhead + 1 }))
    return ask(
      `That is more than ${MEET_LIMITS.maxDaysAhead} days away: plan nearer meetings first. ${MEET_EXAMPLES}.`,
    );
  return { kind: "plan", start, minutes, place };
}
