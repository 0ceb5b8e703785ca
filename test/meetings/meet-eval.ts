// Measures the /meet reader on test/meetings/meet-corpus.json: phrasings written before the code,
// each with the meeting it must plan or "ask", split once by the fixed seed. The clock is the
// corpus's: Wednesday 18 November 2026, 3 pm in Anchorage.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { readMeetText } from "../../src/language/meet-text.ts";
import { type Half, split } from "../corpus/split.ts";
import { REPO_ROOT } from "../helpers/harness.ts";

export const ZONE = "America/Anchorage";
export const NOW = DateTime.fromISO("2026-11-18T15:00", { zone: ZONE }).toJSDate();

export interface MeetCase {
  text: string;
  expect: "plan" | "ask" | "other";
  start?: string;
  minutes?: number;
  place?: string;
}

const corpus = JSON.parse(readFileSync(join(REPO_ROOT, "test/meetings/meet-corpus.json"), "utf8")) as {
  cases: MeetCase[];
};
export const halves = split(
  corpus.cases.filter((c) => c.expect !== "other"),
  (c) => c.text,
);

export interface MeetFigures {
  planned: number;
  plans: number;
  asked: number;
  asks: number;
  /** a meeting other than the one meant, or one planned where the person must be asked */
  wrong: { text: string; expected: string; got: string }[];
  /** asked back where a meeting was clear */
  askedInstead: { text: string; why: string }[];
}

const shown = (c: { start: string; minutes: number; place: string }) =>
  `${c.start} ${c.minutes}m "${c.place}"`;

export function measureMeet(half: Half): MeetFigures {
  const f: MeetFigures = { planned: 0, plans: 0, asked: 0, asks: 0, wrong: [], askedInstead: [] };
  for (const c of halves[half]) {
    const r = readMeetText(c.text, NOW, ZONE);
    const got =
      r.kind === "plan"
        ? shown({
            start: DateTime.fromJSDate(r.start, { zone: ZONE }).toFormat("yyyy-LL-dd'T'HH:mm"),
            minutes: r.minutes,
            place: r.place.toLowerCase(),
          })
        : "ask";
    if (c.expect === "plan") {
      f.plans++;
      const expected = shown({ start: c.start ?? "", minutes: c.minutes ?? 0, place: c.place ?? "" });
      if (got === expected) f.planned++;
      else if (r.kind === "ask") f.askedInstead.push({ text: c.text, why: r.why });
      else f.wrong.push({ text: c.text, expected, got });
    } else {
      f.asks++;
      if (r.kind === "ask") f.asked++;
      else f.wrong.push({ text: c.text, expected: "ask", got });
    }
  }
  return f;
}
