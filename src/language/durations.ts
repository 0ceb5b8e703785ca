// How long something lasted, read from anywhere in a phrase: "45 min", "1 hr 30", "1h30m",
// "1.5 hrs", "an hour and a half", "half an hour", "three quarters of an hour", "1:30". Our own
// grammar: the duration libraries on the registry read "1h30m" but not "an hour and a half" or
// "2 hrs 45", nor say when a phrase is a range or two amounts.

export type DurationProblem =
  | "negative"
  | "corrected"
  | "range"
  | "vague"
  | "several"
  | "seconds"
  | "fraction_or_date"
  | "several_bare"
  | "stray_half"
  | "clock_or_decimal"
  | "amount_unclear";

export interface DurationReading {
  /** the one amount read, in whole minutes (null when none, or when there is a problem) */
  minutes: number | null;
  /** no unit: hours up to 12 ("1.5"), minutes above ("90"), or hours and minutes on a clock ("1:30") */
  bare: "hours" | "minutes" | "clock" | null;
  problem: DurationProblem | null;
  /** the text with every amount (and its approximation words) taken out */
  rest: string;
  /** a clock range ("3-4:30pm"): the earliest time of day it can have ended, in minutes since midnight */
  endsAt?: number;
}

const NUM = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`;
const HOUR = String.raw`(?:hours?|hrs?|hrz|h|hous|hurs|hors|houres|hoursss?|ours|hout|houts|huor|hoir|hpur)`;
const MIN = String.raw`(?:minutes?|mins?|m|mns|mn|minuets?|minuts?|mintues?|minites?|minuites?|mts|mnts|minz|mins)`;
const SEC = String.raw`(?:seconds?|secs?|s)`;
const NOT_AFTER = String.raw`(?! ?(?:${HOUR}\b|days?|weeks?|ago|st|nd|rd|th|am|pm|a\.m|p\.m|students?|essays?|people|times?|chapters?|pages?|questions?|sessions?|meetings?|\/|:))`;

/** one to nineteen as words (dates reuse them for "two days ago") */
export const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Number words that stand before a unit become digits: "forty five minutes" -> "45 minutes". */
function wordsToDigits(s: string): string {
  const unit = String.raw`(?= (?:and (?:a )?half (?:an? )?)?(?:${HOUR}|${MIN})\b)`;
  return s
    .replace(
      new RegExp(
        String.raw`\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: (one|two|three|four|five|six|seven|eight|nine))?\b${unit}`,
        "g",
      ),
      (_m, t: string, o?: string) => String((TENS[t] ?? 0) + (o ? (SMALL[o] ?? 0) : 0)),
    )
    .replace(
      new RegExp(
        String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b${unit}`,
        "g",
      ),
      (_m, w: string) => String(SMALL[w] ?? 0),
    );
}

/** two decimals that read like minutes: not .25, .50 or .75 */
const CLOCKLIKE_DECIMALS = String.raw`(?!25\b|50\b|75\b)\d{2}(?![\d.])`;

const APPROX = String.raw`(?:about|around|abt|roughly|approximately|approx|appx|almost|nearly|like|maybe|~)`;

interface Rule {
  re: RegExp;
  minutes?: (m: RegExpExecArray) => number;
  problem?: DurationProblem;
}

const r = (src: string) => new RegExp(String.raw`(?:${APPROX} )?(?:${src})(?: or so| ish|ish)?`, "i");

// Order matters: the longest forms first, so "1 hr 30 min" is one amount and not two.
const RULES: Rule[] = [
  // "x1", "1x": once, not an amount
  { re: /\bx ?1\b|\b1 ?x\b/i },
  // an amount and then another that may be it: "an hour and a half, maybe two"
  {
    re: new RegExp(
      String.raw`(?<=(?:\d|\b${HOUR}|\b${MIN}|\bhalf)\b.*),? (?:maybe|possibly|perhaps|or) (?:\d+(?:\.\d+)?|one|two|three|four|five|six)\b(?! ?(?:am|pm|days?|weeks?|students?|people|essays?|times?))`,
      "i",
    ),
    problem: "range",
  },
  // a bound is not the time met: "at least an hour", "1hr+", "over an hour", "an hour and change"
  {
    re: new RegExp(
      String.raw`(?<!\b(?:went|go|goes|going|gone|looked|talked|read|ran|run|went back) )\b(?:(?:a )?(?:little|bit|tad|just|slightly) )?(?:over|under|more than|less than) (?:an? (?:${HOUR})\b|half an? (?:${HOUR})\b|(?:${NUM}) ?(?:${HOUR}|${MIN})\b)|\band change\b|\bat least\b|\b(?:or|maybe|probably|prob) (?:more|longer)\b|(?<=\d ?(?:${HOUR}|${MIN})?)\+(?!\d)`,
      "i",
    ),
    problem: "vague",
  },
  // "1.40 hrs": 1 hour 40 minutes, or 1.4 hours? (.25, .5 and .75 are plain; a bare "1.15" too, below)
  {
    re: new RegExp(String.raw`(?<![\w.])\d{1,2}\.${CLOCKLIKE_DECIMALS} ?${HOUR}\b`, "i"),
    problem: "clock_or_decimal",
  },
  // a change of mind: "45 min wait no 50", "1hr or maybe 1.5", "30 min, actually it was 40"
  {
    re: new RegExp(
      String.raw`(?<=\d.*)\b(?:wait|actually|i mean|sorry|correction|scratch that|oops|or maybe|or was it|no wait)\b[ ,.!?*-]*(?:no|nope|not)?[ ,.!?*-]*(?:it was |make that |more like )?(?:[a-z]+ ){0,2}${NUM}\b`,
      "i",
    ),
    problem: "corrected",
  },
  // a minus sign on the number ("-2"); " - 30 mins" is a dash between a note and the time
  { re: r(String.raw`(?:^|(?<=\s))-${NUM}(?: ?(?:${HOUR}|${MIN}))?\b`), problem: "negative" },
  {
    re: r(
      String.raw`\bx ?[2-9]\b|\b[2-9] ?x\b|\btwice\b|\b(?:2|two|3|three) (?:sessions|meetings|calls|times)\b`,
    ),
    problem: "several",
  },
  {
    re: r(String.raw`\b(?:an?|one|\d+) (?:${HOUR} )?(?:or|to) (?:two|three|four|\d+)(?: ${HOUR})?\b`),
    problem: "range",
  },
  {
    re: r(String.raw`\b${NUM} ?(?:${HOUR}|${MIN})? ?(?:-|–|to|or) ?${NUM} ?(?:${HOUR}|${MIN})\b`),
    problem: "range",
  },
  { re: r(String.raw`\b${NUM} (?:${HOUR}|${MIN}) (?:or|to) ${NUM}\b`), problem: "range" },
  { re: r(String.raw`\b${NUM} (?:or|to) ${NUM}\b`), problem: "range" },
  {
    re: r(
      String.raw`\b(?:a )?(?:couple|few|several|some|many|bunch|lots|handful)(?: of)? (?:${HOUR}|${MIN})\b`,
    ),
    problem: "vague",
  },
  { re: r(String.raw`(?<![\w.])${NUM} ?(?:${SEC})\b`), problem: "seconds" },
  // "1:15 hrs" is 1 hour 15 minutes, not 15 hours
  {
    re: r(String.raw`(?<![\w.:])(\d{1,2}):([0-5]\d) ?${HOUR}\b`),
    minutes: (m) => Number(m[1]) * 60 + Number(m[2]),
  },
  // "two hours and half", "2 hrs and a half"
  { re: r(String.raw`(?<![\w.])(\d+) ?${HOUR} and (?:a )?half\b`), minutes: (m) => Number(m[1]) * 60 + 30 },
  {
    re: r(String.raw`(?<![\w.])(\d+) (1|3)\/(2|4) ?${HOUR}\b`),
    minutes: (m) => Number(m[1]) * 60 + (60 * Number(m[2])) / Number(m[3]),
  },
  {
    re: r(String.raw`(?<![\w.])(\d+) ?${HOUR} ?(?:and )?(\d{1,2}) ?(?:${MIN}\b)?${NOT_AFTER}`),
    minutes: (m) => Number(m[1]) * 60 + Number(m[2]),
  },
  {
    re: r(String.raw`(?<![\w.])(${NUM}) and (?:a )?half (?:an? )?${HOUR}\b`),
    minutes: (m) => Number(m[1]) * 60 + 30,
  },
  { re: r(String.raw`\b(?:an? |one )?${HOUR} and a half\b`), minutes: () => 90 },
  { re: r(String.raw`\b(?:an? |one )?${HOUR} and a quarter\b`), minutes: () => 75 },
  { re: r(String.raw`\b(?:an? |one )?${HOUR} and three quarters\b`), minutes: () => 105 },
  { re: r(String.raw`(?<![\w.])(\d+) ?${HOUR} and a quarter\b`), minutes: (m) => Number(m[1]) * 60 + 15 },
  {
    re: r(String.raw`(?:\b(?:an? |one )${HOUR}|(?<![\w-])hour) (?:and )?(\d{1,2}) ?${MIN}\b`),
    minutes: (m) => 60 + Number(m[1]),
  },
  // "an hour 15", "an hour and 20": the minutes without their unit
  {
    re: r(String.raw`\b(?:an? |one )${HOUR} (?:and )?([1-5]\d|[1-9])\b${NOT_AFTER}`),
    minutes: (m) => 60 + Number(m[1]),
  },
  { re: r(String.raw`\b(?:a |an )?half (?:an? )?${HOUR}\b|\b1\/2 (?:an? )?${HOUR}\b`), minutes: () => 30 },
  {
    re: r(String.raw`\bthree quarters? (?:of )?(?:an? )?${HOUR}\b|\b3\/4 (?:of )?(?:an? )?${HOUR}\b`),
    minutes: () => 45,
  },
  {
    re: r(String.raw`\b(?:a )?quarter (?:of )?(?:an? )?${HOUR}\b|\b1\/4 (?:of )?(?:an? )?${HOUR}\b`),
    minutes: () => 15,
  },
  { re: r(String.raw`(?<![\w.])(${NUM}) ?${HOUR}\b`), minutes: (m) => Number(m[1]) * 60 },
  { re: r(String.raw`(?<![\w.])(${NUM}) ?${MIN}\b`), minutes: (m) => Number(m[1]) },
  { re: r(String.raw`\b(?:an?|one) ${HOUR}\b`), minutes: () => 60 },
  // a half left over once the amounts are read ("1 hr plus a half"): what it belongs to is asked
  { re: /\b(?:and |plus )?(?:a )?half\b/i, problem: "stray_half" },
  // a unit left over with no number read for it ("1 billion hours"); a note's "shadowing hours" is a note
  {
    re: /\b(?:billion|million|thousand|hundred|zillion|gazillion|dozen)\b|(?<!\b(?:shadowing|volunteer|volunteering|clinical|office|research|service|community|work|credit|study|contact|patient|lab|class|school|my|the|of|your|our|his|her|their|many|more|extra|total) )\b(?:hours|minutes|mins|hrs)\b|(?<!\b(?:office|happy|rush|lunch|zoom|the|an|a|per|every|each|our|my|golden|eleventh|11th|this|that|next|last|first|second|third) )\b(?:hour|hr|minute|min)\b/i,
    problem: "amount_unclear",
  },
];

/** "1:30" is an amount; "8:30 call, 20 min" or "at 4:30" is a time of day. */
const CLOCK = /(?<!\bat )(?<![\d:])\b(\d{1,2}):([0-5]\d)\b(?! ?(?:am|pm|a\.m|p\.m))/gi;

const BARE = new RegExp(String.raw`(?<![#\w.\/:-])${NUM}(?![\w\/:.]?\d)(?![a-z])(?! ?(?:am|pm|%))`, "gi");
const FRACTION = /(?<![\d/])\b([1-3])\/([2-4])\b(?![\d/])/i;
/** "1-2", "6-7" with no unit: hours, or a time of day with its am/pm unsaid (a note's "2-3 page essay" once an amount is read) */
const BARE_RANGE = /(?<![\w./:-])\d{1,2} ?(?:-|–|—) ?\d{1,2}(?![\w./:-])/;

const TIME = String.raw`(?:[01]\d|2[0-3])[0-5]\d(?= ?(?:-|–|—|to|till|til|until|thru|$|\s))|\d{1,2}(?::[0-5]\d)?(?: ?(?:am|pm|a\.m\.?|p\.m\.?)(?![a-z]))?|noon|midnight`;
/** "3-4:30 pm", "10-11am", "noon to 12:45", "from 1:45 to 2:50": a time of day to another */
const CLOCK_RANGE = new RegExp(
  String.raw`(?<![\w.\/:])(from |since |between )?(${TIME}) ?(-|–|—|to|till|til|until|thru|and) ?(${TIME})(?![\w\/:])`,
  "gi",
);

interface TimeOfDay {
  minutes: number;
  half: "am" | "pm" | null;
  /** "1330": a 24-hour time */
  military?: boolean;
}

function timeOfDay(said: string): TimeOfDay | null {
  const t = said.toLowerCase().replace(/\./g, "").replace(/\s+/g, "");
  if (t === "noon") return { minutes: 720, half: "pm" };
  if (t === "midnight") return { minutes: 0, half: "am" };
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(t);
  if (military)
    return { minutes: Number(military[1]) * 60 + Number(military[2]), half: null, military: true };
  const m = /^(\d{1,2})(?::(\d\d))?(am|pm)?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const half = (m[3] as "am" | "pm" | undefined) ?? null;
  if (h > 23 || (half && (h < 1 || h > 12))) return null;
  const minutes = Number(m[2] ?? 0);
  if (h > 12) return { minutes: h * 60 + minutes, half: null, military: true };
  return { minutes: (h % 12) * 60 + minutes + (half === "pm" ? 720 : 0), half };
}

/**
 * How long a clock range lasted and the earliest it can have ended: an unsaid half of the day
 * follows the other time's ("3-4:30pm" is 3 pm to 4:30 pm; "11-1pm" 11 am to 1 pm).
 */
function clockRange(start: TimeOfDay, end: TimeOfDay): { minutes: number; endsAt: number } | null {
  const eitherHalf = (t: TimeOfDay) => t.half === null && !t.military && t.minutes < 720;
  const readings: { minutes: number; endsAt: number; starts: number }[] = [];
  for (const s of eitherHalf(start) ? [start.minutes, start.minutes + 720] : [start.minutes]) {
    const ends = eitherHalf(end) ? [end.minutes, end.minutes + 720] : [end.minutes];
    const e = ends.find((x) => x > s && x - s <= 720);
    if (e !== undefined) readings.push({ minutes: e - s, endsAt: e, starts: s });
  }
  // "11pm-12:30am", "2300-0030": an evening meeting that ran past midnight
  if (readings.length === 0)
    for (const s of eitherHalf(start) ? [start.minutes + 720] : [start.minutes])
      for (const e of eitherHalf(end) ? [end.minutes] : [end.minutes])
        if (s >= 18 * 60 && e <= 6 * 60 && e + 1440 - s <= 720)
          readings.push({ minutes: e + 1440 - s, endsAt: e + 1440, starts: s });
  // with the half of the day unsaid, "4 until 5" is not 4 am: the earliest reading in waking hours
  const awake = readings.filter((r) => r.starts >= WAKING_FROM);
  const best = (awake.length ? awake : readings)[0];
  return best ? { minutes: best.minutes, endsAt: best.endsAt } : null;
}

/** 6 am: a meeting whose am or pm is unsaid is read as starting after this */
const WAKING_FROM = 6 * 60;

const HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const hourOf = (w: string) => SMALL[w.toLowerCase()] ?? Number(w);
const CLOCK_HOUR = `(?:${HOUR_WORD}|1[0-2]|[1-9])`;
const RANGE_WORD = "from|since|between|to|till|til|until";

/**
 * Times of day said in words, as digits the clock-range reader knows: "quarter past seven" 7:15,
 * "half past three" 3:30, "quarter to five" 4:45, "till half five" 5:30, "from ten to eleven",
 * "four thirty" 4:30 (beside a range word only, so "one to two hours" stays a range of hours).
 */
function clockWords(s: string): string {
  const w = (re: string) => new RegExp(re, "gi");
  return s
    .replace(/\bmidday\b/gi, "noon")
    .replace(w(`\\bquarter past (${CLOCK_HOUR})\\b`), (_m, h) => `${hourOf(h)}:15`)
    .replace(w(`\\bhalf past (${CLOCK_HOUR})\\b`), (_m, h) => `${hourOf(h)}:30`)
    .replace(w(`\\bquarter (?:to|of) (${CLOCK_HOUR})\\b`), (_m, h) => `${((hourOf(h) + 10) % 12) + 1}:45`)
    .replace(w(`(?<=\\b(?:${RANGE_WORD}) )half (${CLOCK_HOUR})\\b`), (_m, h) => `${hourOf(h)}:30`)
    .replace(
      w(
        `(?<=\\b(?:${RANGE_WORD}) |^|\\s)(${CLOCK_HOUR}) (fifteen|thirty|forty five)\\b(?=.*\\b(?:${RANGE_WORD})\\b|)`,
      ),
      (m, h, mm, offset: number, whole: string) =>
        new RegExp(`\\b(?:${RANGE_WORD})\\b`, "i").test(whole)
          ? `${hourOf(h)}:${{ fifteen: "15", thirty: "30", "forty five": "45" }[(mm as string).toLowerCase()] ?? "00"}`
          : m,
    )
    .replace(w(`(?<=\\b(?:${RANGE_WORD}) )(${HOUR_WORD})\\b(?! (?:${HOUR}|${MIN})\\b)`), (_m, h) =>
      String(hourOf(h)),
    )
    .replace(w(`\\b(${HOUR_WORD})(?= (?:to|till|til|until) (?:\\d|noon|midnight))`), (_m, h) =>
      String(hourOf(h)),
    );
}

/** Reads the amount of time in a prepared phrase (see prepare.ts), with dates already taken out. */
export function readDuration(prepared: string): DurationReading {
  let rest = ` ${wordsToDigits(clockWords(prepared))} `;
  const found: number[] = [];
  let problem: DurationProblem | null = null;
  let endsAt: number | undefined;
  let ranges = 0;
  rest = rest.replace(CLOCK_RANGE, (whole, from: string | undefined, a: string, sep: string, b: string) => {
    if ((sep === "and") !== (from === "between ")) return whole; // "between 4 and 5", never "4 and 5"
    const start = timeOfDay(a);
    const end = timeOfDay(b);
    const military = Boolean(start?.military && end?.military);
    // "1-2" alone could be hours: a colon, am/pm, noon, midnight, 24-hour times or "from 5 to 6" make it a time of day
    const saysClock = military || Boolean(from) || /:|am|pm|a\.m|p\.m|noon|midnight/i.test(`${a}${b}`);
    if (
      !start ||
      !end ||
      !saysClock ||
      (!military && (start.military || end.military) && !/:/.test(`${a}${b}`))
    )
      return whole;
    const range = clockRange(start, end);
    if (!range) problem ??= "range";
    else {
      found.push(range.minutes);
      endsAt = range.endsAt;
      ranges++;
    }
    return " § ";
  });
  for (const rule of RULES) {
    const re = new RegExp(rule.re.source, "gi");
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      if (rule.problem) problem ??= rule.problem;
      else if (rule.minutes) found.push(rule.minutes(m));
      return " § ";
    });
  }
  const cleanRest = (t: string) => t.replace(/§/g, " ").replace(/\s+/g, " ").trim();
  const clocks = [...rest.matchAll(CLOCK)];
  if (found.length === 0 && clocks.length === 1 && !problem) {
    const [, h, m] = clocks[0] as RegExpMatchArray;
    rest = rest.replace(CLOCK, " ");
    // "1:30" alone is an amount, or a time of day ("met at 1:30"): read as the amount, and confirmed
    return { minutes: Number(h) * 60 + Number(m), bare: "clock", problem: null, rest: cleanRest(rest) };
  }
  rest = rest.replace(CLOCK, " ");
  if (problem) return { minutes: null, bare: null, problem, rest: cleanRest(rest) };
  // "1hr 0700-0800": the amount and the clock range say the same, so it is one meeting
  if (found.length === 2 && ranges === 1 && found[0] === found[1]) found.pop();
  if (found.length > 1) return { minutes: null, bare: null, problem: "several", rest: cleanRest(rest) };
  if (FRACTION.test(rest))
    return { minutes: null, bare: null, problem: "fraction_or_date", rest: cleanRest(rest) };
  if (found.length === 0 && BARE_RANGE.test(rest))
    return { minutes: null, bare: null, problem: "range", rest: cleanRest(rest) };
  if (found.length === 1)
    return {
      minutes: Math.round(found[0] as number),
      bare: null,
      problem: null,
      rest: cleanRest(rest),
      ...(endsAt === undefined ? {} : { endsAt }),
    };
  const bare = [...rest.matchAll(BARE)];
  if (bare.length > 1) return { minutes: null, bare: null, problem: "several_bare", rest: cleanRest(rest) };
  if (bare.length === 1) {
    const said = (bare[0] as RegExpMatchArray)[0];
    if (new RegExp(String.raw`^\d{1,2}\.${CLOCKLIKE_DECIMALS}`).test(said))
      return { minutes: null, bare: null, problem: "clock_or_decimal", rest: cleanRest(rest) };
    const n = Number(said);
    const withoutIt = rest.replace(BARE, " ");
    // a bare number is hours up to 12 ("1.5"); above that, probably minutes ("90"), which is asked
    return {
      minutes: Math.round(n <= 12 ? n * 60 : n),
      bare: n <= 12 ? "hours" : "minutes",
      problem: null,
      rest: cleanRest(withoutIt),
    };
  }
  return { minutes: null, bare: null, problem: null, rest: cleanRest(rest) };
}
