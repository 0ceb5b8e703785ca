// How long something lasted, read from anywhere in a phrase: "45 min", "1 hr 30", "1h30m",
// "1.5 hrs", "an hour and a half", "half an hour", "three quarters of an hour", "1:30". Our own
// grammar: the duration libraries on the registry read "1h30m" but not "an hour and a half" or
// "2 hrs 45", nor say when a phrase is a range or two amounts.

export type DurationProblem =
  | "negative"
  | "range"
  | "vague"
  | "several"
  | "seconds"
  | "fraction_or_date"
  | "several_bare";

export interface DurationReading {
  /** the one amount read, in whole minutes (null when none, or when there is a problem) */
  minutes: number | null;
  /** no unit: hours up to 12 ("1.5"), minutes above ("90"), or hours and minutes on a clock ("1:30") */
  bare: "hours" | "minutes" | "clock" | null;
  problem: DurationProblem | null;
  /** the text with every amount (and its approximation words) taken out */
  rest: string;
}

const NUM = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`;
const HOUR = String.raw`(?:hours?|hrs?|hrz|h|hous|hurs|hors|houres|hoursss?|ours)`;
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
  const unit = String.raw`(?= (?:and a half )?(?:${HOUR}|${MIN})\b)`;
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

const APPROX = String.raw`(?:about|around|abt|roughly|approximately|approx|appx|almost|nearly|like|maybe|just over|just under|over|under|~)`;

interface Rule {
  re: RegExp;
  minutes?: (m: RegExpExecArray) => number;
  problem?: DurationProblem;
}

const r = (src: string) => new RegExp(String.raw`(?:${APPROX} )?(?:${src})(?: or so| ish|ish)?`, "i");

// Order matters: the longest forms first, so "1 hr 30 min" is one amount and not two.
const RULES: Rule[] = [
  // a minus sign on the number ("-2"); " - 30 mins" is a dash between a note and the time
  { re: r(String.raw`(?:^|(?<=\s))-${NUM}(?: ?(?:${HOUR}|${MIN}))?\b`), problem: "negative" },
  {
    re: r(String.raw`\bx ?\d\b|\b\d ?x\b|\btwice\b|\b(?:2|two|3|three) (?:sessions|meetings|calls|times)\b`),
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
  {
    re: r(String.raw`(?<![\w.])(\d+) (1|3)\/(2|4) ?${HOUR}\b`),
    minutes: (m) => Number(m[1]) * 60 + (60 * Number(m[2])) / Number(m[3]),
  },
  {
    re: r(String.raw`(?<![\w.])(\d+) ?${HOUR} ?(?:and )?(\d{1,2}) ?(?:${MIN}\b)?${NOT_AFTER}`),
    minutes: (m) => Number(m[1]) * 60 + Number(m[2]),
  },
  { re: r(String.raw`(?<![\w.])(${NUM}) and a half ${HOUR}\b`), minutes: (m) => Number(m[1]) * 60 + 30 },
  { re: r(String.raw`\b(?:an? |one )?${HOUR} and a half\b`), minutes: () => 90 },
  { re: r(String.raw`\b(?:an? |one )${HOUR} and (\d{1,2}) ?${MIN}\b`), minutes: (m) => 60 + Number(m[1]) },
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
];

/** "1:30" is an amount; "8:30 call, 20 min" or "at 4:30" is a time of day. */
const CLOCK = /(?<!\bat )(?<![\d:])\b(\d{1,2}):([0-5]\d)\b(?! ?(?:am|pm|a\.m|p\.m))/gi;

const BARE = new RegExp(String.raw`(?<![#\w.\/:-])${NUM}(?![\w\/:.]?\d)(?![a-z])(?! ?(?:am|pm|%))`, "gi");
const FRACTION = /(?<![\d/])\b([1-3])\/([2-4])\b(?![\d/])/i;

/** Reads the amount of time in a prepared phrase (see prepare.ts), with dates already taken out. */
export function readDuration(prepared: string): DurationReading {
  let rest = ` ${wordsToDigits(prepared)} `;
  const found: number[] = [];
  let problem: DurationProblem | null = null;
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
  if (found.length > 1) return { minutes: null, bare: null, problem: "several", rest: cleanRest(rest) };
  if (FRACTION.test(rest))
    return { minutes: null, bare: null, problem: "fraction_or_date", rest: cleanRest(rest) };
  if (found.length === 1)
    return { minutes: Math.round(found[0] as number), bare: null, problem: null, rest: cleanRest(rest) };
  const bare = [...rest.matchAll(BARE)];
  if (bare.length > 1) return { minutes: null, bare: null, problem: "several_bare", rest: cleanRest(rest) };
  if (bare.length === 1) {
    const n = Number((bare[0] as RegExpMatchArray)[0]);
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
