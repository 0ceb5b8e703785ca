// Text as people type it, made regular before durations and dates are read from it: lower case,
// fractions written out, units split from their numbers ("45mins" -> "45 mins", "1h30m" ->
// "1 h 30 m"), common misspellings of date words fixed. Positions are not kept: what is read
// is reported back in words, never pointed at.

const FRACTIONS: Record<string, string> = { "½": ".5", "¼": ".25", "¾": ".75", "⅓": ".33", "⅔": ".67" };

/** Misspellings and short forms of date words, folded to what the date reader knows. */
const DATE_WORDS: [RegExp, string][] = [
  [
    /\b(?:yesterday|yesturday|yesterdy|yestrday|yesteday|yest|ystrdy|ystrday|yday|yda|yestarday|yesterda)\b/gi,
    "yesterday",
  ],
  [/\b(?:tdy|tday|todya|tody|toady)\b/gi, "today"],
  [/\b(?:tmrw|tmr|tmrrw|tomorow|tommorow|tommorrow|tomorrw|tomorro|tmw)\b/gi, "tomorrow"],
  [/\b(?:tonite|tonigh)\b/gi, "tonight"],
  [/\b(?:nxt|nex)\b/gi, "next"],
  [/\bwk\b/gi, "week"],
  [/\bwks\b/gi, "weeks"],
  [/\blast ?nite\b/gi, "last night"],
  [/\b(?:mon|mond|mondy|monady)\b/gi, "monday"],
  [/\b(?:tue|tues|tuesdy|teusday|tusday|tuseday|tuesay)\b/gi, "tuesday"],
  [/\b(?:wed|weds|wedn|wensday|wendsday|wednsday|wednesdy|wedensday|wednes)\b/gi, "wednesday"],
  [/\b(?:thu|thur|thurs|thrusday|thursdy|thurday|thusday)\b/gi, "thursday"],
  [/\b(?:fri|frid|fridy|firday)\b/gi, "friday"],
  [/\b(?:satur|saterday|saturdy|satruday)\b/gi, "saturday"],
  [/\b(?:sundy|sundya)\b/gi, "sunday"],
  // "sat" and "sun" are words too ("we sat down"): days only beside a number, or after on/last/this
  // (or after an amount's unit, or last but for punctuation and emoji: "12h sat - ED shift", "sat 🙌")
  [
    /(?<=\b(?:on|last|this|h|hr|hrs|hours?|m|min|mins|minutes?) )sat\b|^sat\b(?= \d|$)|\bsat\b(?=,? \d)|\bsat\b(?=[^\p{L}\p{N}]*$)|\bsat\b(?= (?:night|morning|afternoon|evening|am|pm)\b)/giu,
    "saturday",
  ],
  [
    /(?<=\b(?:on|last|this|h|hr|hrs|hours?|m|min|mins|minutes?) )sun\b|^sun\b(?= \d|$)|\bsun\b(?=,? \d)|\bsun\b(?=[^\p{L}\p{N}]*$)|\bsun\b(?= (?:night|morning|afternoon|evening|am|pm)\b)/giu,
    "sunday",
  ],
];

import { editDistance } from "../domain/text.ts";
import { foldSpanish } from "./spanish.ts";

/** Date words a one-letter slip away are still those words ("yesterdya", "wendesday", "todya"). */
const FUZZY_DATE_WORDS = [
  "yesterday",
  "today",
  "tonight",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  // months of six letters or more; shorter ones are too near other words ("march", "june")
  "january",
  "february",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** real words a slip away from a date word */
const NOT_SLIPS = new Set(["sundae", "sundaes", "toddy"]);

function foldSlips(s: string): string {
  return s.replace(/\b[a-z]{5,}\b/gi, (w) => {
    const lower = w.toLowerCase();
    if (NOT_SLIPS.has(lower) || FUZZY_DATE_WORDS.includes(lower)) return w;
    const near = FUZZY_DATE_WORDS.filter((d) => editDistance(lower, d) <= (d.length >= 8 ? 2 : 1));
    return near.length === 1 ? (near[0] as string) : w;
  });
}

export function prepare(raw: string): string {
  let s = foldSpanish(raw)
    .replace(/[½¼¾⅓⅔]/gi, (c) => FRACTIONS[c] ?? c)
    .normalize("NFKC");
  s = s.replace(/[‘’`´]/gi, "'").replace(/[“”]/gi, '"');
  // "1,5 hours" is one and a half hours; "45 min, 1st meeting" keeps its comma
  s = s.replace(/(\d),(\d{1,2})(?=\s*[a-z])/gi, "$1.$2");
  // "4p-5p", "10a", "5:30p": the calendar's short am and pm
  s = s.replace(/(\d)(a|p)(?=$|[\s,.;)–—-])/gi, "$1 $2m");
  // "¾ of an hour", ".5 of an hr": that part of an hour
  s = s.replace(/(\d*\.\d+) of an? (hour|hr)\b/gi, "$1 hours");
  // "forty-five-ish minutes"
  s = s.replace(/\b([a-z]+)-ish\b/gi, "$1");
  // numbers and letters apart: "45mins", "1h30m", "1.5hrs", "2hr"
  // (ordinals stay whole: "3rd", "10th")
  s = s.replace(/(\d)(?!(?:st|nd|rd|th)\b)([a-z])/gi, "$1 $2").replace(/([a-z])(\d)/gi, "$1 $2");
  // a unit glued to the date after it: "hrsmonday", "minyesterday"
  s = s.replace(
    /\b(hrs|hr|hours|hour|mins|min|minutes|h|m)(yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    "$1 $2",
  );
  // "20-min call", "1-hr", "40ish": the unit or the "ish" belongs to the number
  s = s.replace(/(\d) ?- ?(min|mins|minute|minutes|hr|hrs|hour|hours|h|m)\b/gi, "$1 $2");
  s = s.replace(/(\d) ?-?ish\b/gi, "$1");
  // "twenty-five" is one number
  s = s.replace(
    /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b/gi,
    "$1 $2",
  );
  // "an hr & a half", "hour n a half": the "and" of an amount
  s = s
    .replace(/\s*&\s*/g, " and ")
    .replace(/\b(hours?|hrs?|h) (?:n|'n'?|n') (a half|half)\b/gi, "$1 and $2");
  // "1 hr n 20 min": the "and" of an amount
  s = s.replace(/\b(hours?|hrs?|h) n (?=\d|a half|half|a quarter)/gi, "$1 and ");
  // "SAT" in capitals is the test, not Saturday ("she scored 1250 on SAT")
  for (const [re, to] of DATE_WORDS) s = s.replace(re, (m) => (m === "SAT" || m === "SUN" ? m : to));
  s = foldSlips(s);
  return s.replace(/\s+/gi, " ").trim();
}
