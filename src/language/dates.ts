// Which day a phrase means, in the program's time zone, for something that has happened: "yesterday",
// "last tuesday", "monday", "2 days ago", "11/3", "nov 3rd", "the 3rd", ISO. chrono-node reads the
// calendar forms; weekdays and "the 3rd" follow our rule (the most recent past one), because
// chrono picks the nearest, which can be in the future. A phrase that names a time vaguely
// ("last week", "the other day") or two different days is reported, never guessed.
// English only: the other locales cost 10 MB of memory and no member writes them
import * as chronoEn from "chrono-node/en";
import { DateTime } from "luxon";
import { SMALL } from "./durations.ts";

export type DateProblem = "vague" | "several" | "same_weekday" | "weekday_mismatch" | "future" | "unreadable";

export interface DateReading {
  /** the day meant, YYYY-MM-DD, or null when none was named (or there is a problem) */
  day: string | null;
  problem: DateProblem | null;
  /** what the phrase said, for the reply ("tuesday", "11/3") */
  said: string | null;
  /** the text with every date phrase taken out */
  rest: string;
  /** read, but people mean two days by it ("last tuesday" on a Wednesday): confirmed first */
  doubt?: string;
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ORD = "(?:st|nd|rd|th)";
const AMOUNT_UNIT = "h|hr|hrs|hours?|m|min|mins|minutes?";
const NUMWORD: Record<string, number> = { a: 1, an: 1, ...SMALL };

interface Found {
  day: string | null;
  problem?: DateProblem;
  doubt?: string;
  weekday?: number;
  said: string;
}

function plusDays(day: string, n: number): string {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ days: n }).toISODate() as string;
}

/** chrono reads one calendar phrase against noon today in the zone (noon keeps it off day edges). */
function chronoDay(phrase: string, today: string, zone: string): string | null {
  const noon = DateTime.fromISO(`${today}T12:00`, { zone });
  const r = chronoEn.casual.parse(
    phrase,
    { instant: noon.toJSDate(), timezone: noon.offset },
    { forwardDate: false },
  )[0];
  if (!r) return null;
  const y = r.start.get("year");
  const m = r.start.get("month");
  const d = r.start.get("day");
  if (!y || !m || !d) return null;
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: "UTC" });
  return dt.isValid ? (dt.toISODate() as string) : null;
}

/**
 * A calendar date without a year is the most recent one not after today when that is within the
 * last six weeks (logging "11/3" on Dec 3 means November); otherwise the one this year, which is
 * then in the future and refused as such ("12/1" said in November is not last December).
 */
function withoutYear(month: number, dayOfMonth: number, today: string): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: "UTC" });
  if (!thisYear.isValid) return null;
  const candidate = thisYear.toISODate() as string;
  if (candidate <= today) return candidate;
  const lastYear = thisYear.minus({ years: 1 });
  const t = DateTime.fromISO(today, { zone: "UTC" });
  return t.diff(lastYear, "days").days <= 42 ? (lastYear.toISODate() as string) : candidate;
}

/** "the 3rd": this month's if it has passed, else last month's when that was at most six weeks ago. */
function ordinalFound(n: number, today: string, said: string): Found {
  // "the 1st" said on the 1st: today, or last month's? ("today" says it plainly)
  if (Number(today.slice(8)) === n)
    return {
      day: today,
      said,
      doubt: `Today is ${said.replace(/^on /, "")}: if you meant last month's, give the date.`,
    };
  const day = ordinalDay(n, today);
  // "the 5th" on December 3 is November 5, four weeks back: offered, since it may be a slip
  if (day && day.slice(0, 7) !== today.slice(0, 7))
    return {
      day,
      said,
      doubt: `The ${n}${ordinalSuffix(n)} of this month is still to come, so I read last month's.`,
    };
  return { day, said };
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
}

function ordinalDay(n: number, today: string): string | null {
  const t = DateTime.fromISO(today, { zone: "UTC" });
  const thisMonth = t.set({ day: n });
  if (n < 1 || n > 31 || thisMonth.day !== n) return null;
  if ((thisMonth.toISODate() as string) <= today) return thisMonth.toISODate() as string;
  const last = t.minus({ months: 1 }).set({ day: n });
  return last.day === n && t.diff(last, "days").days <= 42
    ? (last.toISODate() as string)
    : (thisMonth.toISODate() as string);
}

/** The most recent such weekday before today; the same weekday as today is ambiguous. */
function pastWeekday(index: number, today: string, last: boolean): Found {
  const t = DateTime.fromISO(today, { zone: "UTC" });
  const back = (t.weekday - 1 - index + 7) % 7;
  const said = WEEKDAYS[index] as string;
  if (back === 0)
    return last
      ? {
          day: plusDays(today, -7),
          said,
          weekday: index,
          doubt: `Today is a ${said.charAt(0).toUpperCase()}${said.slice(1)}: "last ${said}" read as a week ago.`,
        }
      : { day: null, problem: "same_weekday", said, weekday: index };
  // "last tuesday" said on a Wednesday: yesterday, or the Tuesday of last week? People mean both.
  if (back === 1 && last)
    return {
      day: plusDays(today, -1),
      said,
      weekday: index,
      doubt: `"Last ${said}" could also mean the ${said.charAt(0).toUpperCase()}${said.slice(1)} a week before: if so, give the date.`,
    };
  return { day: plusDays(today, -back), said, weekday: index };
}

/** A day of a year: a fixed date, or the nth (or last, -1) weekday (1 = Monday) of a month. */
type HolidayRule = (year: number) => DateTime;
const fixed =
  (month: number, day: number): HolidayRule =>
  (year) =>
    DateTime.fromObject({ year, month, day }, { zone: "UTC" });
const nthWeekday =
  (month: number, weekday: number, n: number): HolidayRule =>
  (year) => {
    if (n > 0) {
      const first = DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" });
      return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
    }
    const last = DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }).endOf("month").startOf("day");
    return last.minus({ days: (last.weekday - weekday + 7) % 7 });
  };
/** Western Easter (the anonymous Gregorian computus) */
const easter: HolidayRule = (year) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return DateTime.fromObject({ year, month, day: ((h + l - 7 * m + 114) % 31) + 1 }, { zone: "UTC" });
};

/** Days people name instead of a date, US and Alaska; the longest names first ("christmas eve"). */
const HOLIDAYS: [string, HolidayRule][] = [
  ["new ?year'?s'? eve|nye", fixed(12, 31)],
  ["new ?year'?s'?(?: day)?", fixed(1, 1)],
  ["(?:christmas|xmas|chrismas) eve", fixed(12, 24)],
  ["(?:christmas|xmas|chrismas)(?: day)?", fixed(12, 25)],
  ["valentine'?s?(?: day)?|v-?day", fixed(2, 14)],
  ["hall?owe?en", fixed(10, 31)],
  ["veteran'?s'? day", fixed(11, 11)],
  ["alaska day", fixed(10, 18)],
  ["(?:the )?(?:fourth|4th) of july|independence day", fixed(7, 4)],
  ["st\\.? (?:patrick|paddy)'?s'?(?: day)?", fixed(3, 17)],
  ["juneteenth", fixed(6, 19)],
  ["groundhog'?s? day", fixed(2, 2)],
  ["black friday", (y) => nthWeekday(11, 4, 4)(y).plus({ days: 1 })],
  // the Tuesday after the first Monday of November
  ["election day", (y) => nthWeekday(11, 1, 1)(y).plus({ days: 1 })],
  ["thanksgiving(?: day)?|turkey day", nthWeekday(11, 4, 4)],
  ["(?:mlk|martin luther king(?: jr\\.?)?)(?: jr\\.?)? day", nthWeekday(1, 1, 3)],
  ["president'?s'? day", nthWeekday(2, 1, 3)],
  ["seward'?s'? day", nthWeekday(3, 1, -1)],
  ["memorial day", nthWeekday(5, 1, -1)],
  ["labou?r day", nthWeekday(9, 1, 1)],
  ["(?:indigenous people'?s'?|columbus) day", nthWeekday(10, 1, 2)],
  ["mother'?s'? day", nthWeekday(5, 7, 2)],
  ["father'?s'? day", nthWeekday(6, 7, 3)],
  ["easter(?: sunday)?", easter],
];
const HOLIDAY_NAMES = HOLIDAYS.map(([name]) => name).join("|");

/** A holiday is the last one on or before today, while that is recent; otherwise this year's (in the future). */
function holidayBefore(said: string, today: string): string | null {
  const rule = HOLIDAYS.find(([name]) => new RegExp(`^(?:${name})$`, "i").test(said))?.[1];
  if (!rule) return null;
  const year = Number(today.slice(0, 4));
  const thisYear = rule(year).toISODate() as string;
  if (thisYear <= today) return thisYear;
  // last year's is the one meant only while it is recent; "christmas" on Dec 2 is this year's, in
  // the future, and said so (not last year's, refused as before the pairing)
  const lastYear = rule(year - 1).toISODate() as string;
  return DateTime.fromISO(today).diff(DateTime.fromISO(lastYear), "days").days <= 120 ? lastYear : thisYear;
}

/** "3 days", "two weeks" back from today */
function back(count: string, unit: string, today: string) {
  const n = NUMWORD[count.toLowerCase()] ?? Number(count);
  const weeks = unit.toLowerCase().startsWith("week");
  const days = n * (weeks ? 7 : 1);
  return { day: plusDays(today, -days), days, weeks };
}

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray, today: string, zone: string) => Found;
}

const P = (src: string) => new RegExp(`\\b(?:${src})\\b`, "gi");
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const PATTERNS: Pattern[] = [
  {
    // "monday of last week", "last week's monday": that weekday in the calendar week before this one
    re: P(`(${WEEKDAY}) (?:of|from) last week|last week'?s? (?:on )?(${WEEKDAY})`),
    read: (m, today) => {
      const index = WEEKDAYS.indexOf(((m[1] ?? m[2]) as string).toLowerCase());
      const t = DateTime.fromISO(today, { zone: "UTC" });
      return { day: plusDays(today, -(t.weekday - 1) - 7 + index), said: m[0] };
    },
  },
  {
    // "friday before last": a week before last Friday; "two fridays ago": the same
    re: P(`(?:the )?(${WEEKDAY}) before last|(2|two|3|three) (${WEEKDAY})s? ago`),
    read: (m, today) => {
      const index = WEEKDAYS.indexOf(((m[1] ?? m[3]) as string).toLowerCase());
      const weeksBack = m[1] ? 1 : (NUMWORD[(m[2] as string).toLowerCase()] ?? Number(m[2])) - 1;
      const last = pastWeekday(index, today, true);
      return {
        day: last.day && plusDays(last.day, -7 * weeksBack),
        said: m[0],
        ...(last.doubt
          ? {
              doubt: `"${m[0]}" read as ${weeksBack} week${weeksBack > 1 ? "s" : ""} before last ${WEEKDAYS[index]}: if it was another day, give the date.`,
            }
          : {}),
      };
    },
  },
  {
    re: P(
      "(?:over |during |on |the )*(?:spring|winter|fall|christmas|xmas|thanksgiving|holiday|mid ?term|easter) (?:break|vacation)|over the holidays|earlier(?! today)|(?:earlier|later) (?:this|last) week|(?:this|last|past|over the|on the) (?:week|weekend)|the other day|recently|a few days ago|couple (?:of )?days ago|some ?time|a while (?:ago|back)|last month|this month|(?:while|when) (?:i|we) (?:was|were) (?:in|at|away|visiting|on (?:a |my |our )?trip)",
    ),
    read: (m) => ({ day: null, problem: "vague", said: m[0] }),
  },
  {
    re: P(
      `tomorrow|next (?:week|${WEEKDAY})|in (?:\\d+|a|an|one|two|three) (?:days?|weeks?)|day after tomorrow`,
    ),
    read: (m) => ({ day: null, problem: "future", said: m[0] }),
  },
  {
    // "the day after thanksgiving" is a day; "after thanksgiving" or "around christmas" is several
    re: P(
      `(?:the )?day (after|before) (${HOLIDAY_NAMES})|(?:after|before|around|near|over|during|since) (?:the )?(?:${HOLIDAY_NAMES})`,
    ),
    read: (m, today) => {
      if (!m[1]) return { day: null, problem: "vague", said: m[0] };
      const day = holidayBefore(m[2] as string, today);
      return { day: day && plusDays(day, m[1].toLowerCase() === "after" ? 1 : -1), said: m[0] };
    },
  },
  { re: P(HOLIDAY_NAMES), read: (m, today) => ({ day: holidayBefore(m[0], today), said: m[0] }) },
  {
    re: P("\\d{4}-\\d{1,2}-\\d{1,2}"),
    read: (m, today, zone) => ({ day: chronoDay(m[0], today, zone), said: m[0] }),
  },
  {
    re: P("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})"),
    read: (m, today, zone) => ({ day: chronoDay(`${m[1]}/${m[2]}/${m[3]}`, today, zone), said: m[0] }),
  },
  {
    // "3/4" or "1/2" could be part of an hour: left to the duration reader, which asks
    re: P("(?!(?:1/[234]|2/[34]|3/4)\\b)(\\d{1,2})/(\\d{1,2})"),
    // "28/02" can only be day first; "3/11" is month first, as in the rest of the US
    read: (m, today) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return { day: a > 12 && b <= 12 ? withoutYear(b, a, today) : withoutYear(a, b, today), said: m[0] };
    },
  },
  {
    // "30.11" or "11.29", next to an amount with its unit: a date, when only one order is one
    // (a bare "1.25" stays an amount; "11.12" could be either order and is asked)
    re: new RegExp(
      `(?<=\\b(?:${AMOUNT_UNIT})(?: \\d{1,2})? )(\\d{1,2})\\.(\\d{2})\\b(?!\\.\\d)|\\b(\\d{1,2})\\.(\\d{2})(?= (?:\\d+(?:\\.\\d+)? ?(?:${AMOUNT_UNIT})\\b))`,
      "gi",
    ),
    read: (m, today) => {
      const [a, b] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
      const monthFirst = a >= 1 && a <= 12 ? withoutYear(a, b, today) : null;
      const dayFirst = b >= 1 && b <= 12 ? withoutYear(b, a, today) : null;
      if (monthFirst && dayFirst && monthFirst !== dayFirst) return { day: null, said: m[0] };
      return { day: monthFirst ?? dayFirst, said: m[0] };
    },
  },
  {
    // "nov 3", but not the "nov 1" of "3 nov 1 hr" (there the 1 is the amount)
    re: P(`(${MONTH}) (\\d{1,2})${ORD}?(?! ?(?:${AMOUNT_UNIT})\\b)(?:,? (\\d{4}))?`),
    read: (m, today, zone) =>
      m[3]
        ? { day: chronoDay(`${m[1]} ${m[2]} ${m[3]}`, today, zone), said: m[0] }
        : { day: withoutYear(monthIndex(m[1] as string), Number(m[2]), today), said: m[0] },
  },
  {
    re: P(`(\\d{1,2})${ORD}? (?:of )?(${MONTH})(?:,? (\\d{4}))?`),
    read: (m, today, zone) =>
      m[3]
        ? { day: chronoDay(`${m[2]} ${m[1]} ${m[3]}`, today, zone), said: m[0] }
        : { day: withoutYear(monthIndex(m[2] as string), Number(m[1]), today), said: m[0] },
  },
  {
    re: P(`(?:on )?the (\\d{1,2})${ORD}`),
    read: (m, today) => ordinalFound(Number(m[1]), today, m[0]),
  },
  { re: P("(?:a|one) week ago today"), read: (m, today) => ({ day: plusDays(today, -7), said: m[0] }) },
  {
    // "before 3 days": 3 days ago, as several languages say it
    re: P("before (\\d+|a|an|one|two|three|four|five|six|seven) (days?|weeks?)"),
    read: (m, today) => ({ day: back(m[1] as string, m[2] as string, today).day, said: m[0] }),
  },
  {
    re: P(
      "(?:(?:like|about|around|maybe|roughly) )?(\\d+|a|an|one|two|three|four|five|six|seven) (days?|weeks?) ago",
    ),
    read: (m, today) => {
      if (/^(?:like|about|around|maybe|roughly) /i.test(m[0]))
        return { day: null, problem: "vague", said: m[0] };
      const { day, days, weeks } = back(m[1] as string, m[2] as string, today);
      // "2 weeks ago" is often said loosely: that exact day is offered, not assumed
      const doubt = `"${m[0]}" read as exactly ${days} days ago: if it was another day, give the date.`;
      return { day, said: m[0], ...(weeks ? { doubt } : {}) };
    },
  },
  { re: P("day before yesterday"), read: (m, today) => ({ day: plusDays(today, -2), said: m[0] }) },
  { re: P("yesterday|last night"), read: (m, today) => ({ day: plusDays(today, -1), said: m[0] }) },
  {
    re: P("today|tonight|this (?:morning|afternoon|evening|am|pm|a\\.m\\.?|p\\.m\\.?)|earlier today"),
    read: (m, today) => ({ day: today, said: m[0] }),
  },
  {
    re: P(`(last|this past|past|on|this)? ?(${WEEKDAY})`),
    read: (m, today) => {
      const index = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      const before = (m[1] ?? "").toLowerCase();
      return pastWeekday(index, today, before === "last" || before === "past" || before === "this past");
    },
  },
];

/** Words that look like a date the patterns did not read ("novmber", "wensdy", "wk", "mom's day"). */
const DATE_LIKE = new RegExp(
  `\\b(?:${MONTH.replace("may|", "")}|ago|wk|wks|weekend|week|yesterday|today|tomorrow|holidays?|eve|${WEEKDAY})\\b|\\b[a-z]+'s? day\\b|\\b(?:mon|tues?|wed|thur?s?|fri)\\w*day\\b|\\b(?!(?:1/[234]|2/[34]|3/4)\\b)\\d+/\\d+\\b`,
  "i",
);

export function readDate(prepared: string, today: string, zone: string): DateReading {
  let rest = ` ${prepared} `;
  const found: Found[] = [];
  for (const p of PATTERNS) {
    rest = rest.replace(new RegExp(p.re.source, "gi"), (...args) => {
      found.push(p.read(args.slice(0, -2) as unknown as RegExpExecArray, today, zone));
      return " ";
    });
  }
  rest = rest.replace(/\s+/g, " ").trim();
  const said = found.map((f) => f.said.toLowerCase()).join(", ") || null;
  const weekdays = found.filter((f) => f.weekday !== undefined);
  const dated = found.filter((f) => f.weekday === undefined);
  const problem =
    dated.find((f) => f.problem)?.problem ??
    (dated.length === 0 ? weekdays.find((f) => f.problem)?.problem : undefined);
  if (problem) {
    const word = problem === "same_weekday" ? (weekdays[0]?.said ?? "") : (said ?? "");
    return { day: null, problem, said: word, rest };
  }
  if (weekdays.length > 0 && dated.length > 0) {
    // "tuesday 11/10": the date decides, and the weekday must agree with it
    const onDates = [...new Set(dated.map((f) => f.day))];
    if (onDates.length > 1 || onDates[0] === null)
      return { day: null, problem: onDates[0] === null ? "unreadable" : "several", said, rest };
    const d = DateTime.fromISO(onDates[0] as string, { zone: "UTC" });
    if (weekdays.some((w) => (w.weekday as number) !== d.weekday - 1))
      return { day: null, problem: "weekday_mismatch", said, rest };
    return { day: onDates[0] as string, problem: null, said, rest };
  }
  const doubt = found.find((f) => f.doubt)?.doubt;
  const days = [...new Set(found.map((f) => f.day))];
  if (days.includes(null)) return { day: null, problem: "unreadable", said, rest };
  if (days.length > 1) return { day: null, problem: "several", said, rest };
  if (DATE_LIKE.test(rest)) return { day: null, problem: "unreadable", said: said ?? rest, rest };
  return {
    day: (days[0] as string | undefined) ?? null,
    problem: null,
    said,
    rest,
    ...(doubt ? { doubt } : {}),
  };
}
