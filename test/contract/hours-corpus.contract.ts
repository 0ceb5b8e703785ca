// /log-hours as people type it, on every platform: two corpora written before the code by authors
// who never saw it (test/hours/log-hours-corpus*.json). Each input must be recorded as the author
// said, offered for confirmation with the same minutes and day, or asked about; never recorded as
// something else. The first corpus was tuned on whole; the second is split by seed, and its
// held-out half was measured once before any change made for it (docs/using.md, "Meeting hours").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayInWords, durationInWords } from "../../src/domain/hours/words.ts";
import { split } from "../corpus/split.ts";
import { REPO_ROOT } from "../helpers/harness.ts";
import type { Driver, DriverFactory } from "./driver.ts";
import { ADULT, signUp } from "./pairing.contract.ts";
import { MENTOR } from "./signup.contract.ts";

export interface HoursCase {
  text: string;
  now: "A" | "B" | "C";
  expect: "record" | "ask" | "refuse";
  minutes?: number;
  date?: string;
  offer?: { minutes: number; date: string };
}

/** The clocks the authors wrote against, in program time (America/Anchorage, UTC-9 in winter). */
export const CLOCKS = { A: "2026-11-19T00:00:00Z", B: "2026-12-03T18:00:00Z", C: "2027-03-01T17:00:00Z" };

const read = (file: string) =>
  (JSON.parse(readFileSync(join(REPO_ROOT, "test/hours", file), "utf8")) as { cases: HoursCase[] }).cases;
export const FIRST = read("log-hours-corpus.json");
export const SECOND = split(read("log-hours-corpus-2.json"), (c) => `${c.now}|${c.text}`);
/** a third author (2026-12-02): clock ranges, holidays, corrections, day-first dates */
export const THIRD = split(read("log-hours-corpus-3.json"), (c) => `${c.now}|${c.text}`);
/** a fourth (2026-12-02): doctors' 24-hour times and dotted dates, teens, English as a second language */
export const FOURTH = split(read("log-hours-corpus-4.json"), (c) => `${c.now}|${c.text}`);
/** a fifth (2026-12-02): calendar pastes ("4p-5p"), times in words, late batches, Spanish, jokes */
export const FIFTH = split(read("log-hours-corpus-5.json"), (c) => `${c.now}|${c.text}`);
/** a sixth (2026-12-02): the everyday mix of a season, written to measure what a new person meets */
export const SIXTH = split(read("log-hours-corpus-6.json"), (c) => `${c.now}|${c.text}`);
/** a seventh (2026-12-04): doctors on call and after shifts, late batches from villages, dictation */
export const SEVENTH = split(read("log-hours-corpus-7.json"), (c) => `${c.now}|${c.text}`);

/**
 * The later authors, each met once before any change for it, then tuned on its development half:
 * what its held-out half measured after that (wrong records, of those to record how many missed).
 */
const LATER = [
  { label: "third", corpus: THIRD, heldOut: { wrong: 7, missed: 4 } },
  { label: "fourth", corpus: FOURTH, heldOut: { wrong: 9, missed: 8 } },
  { label: "fifth", corpus: FIFTH, heldOut: { wrong: 13, missed: 13 } },
  { label: "sixth", corpus: SIXTH, heldOut: { wrong: 5, missed: 3 } },
  { label: "seventh", corpus: SEVENTH, heldOut: { wrong: 9, missed: 11 } },
];

/**
 * Where the third author and the documented rule differ: a bare number up to 4 ("1.5 monday") is
 * hours and recorded, where that author would have asked first (the first two authors record it).
 */
const bareHoursTheyWouldConfirm = (c: HoursCase) =>
  c.expect === "ask" &&
  c.offer !== undefined &&
  /^\s*(?:\d+(?:\.\d+)?|\.\d+)\b(?![\d.:/-])(?! ?[a-z]*(?:h|m)\b)/i.test(c.text) &&
  c.offer.minutes <= 240;

/**
 * Where the seventh author and the documented rule differ: an approximate amount ("an hour-ish",
 * "about an hour") is recorded as that amount, where that author would have asked first.
 */
const approximateTheyWouldConfirm = (c: HoursCase) =>
  c.expect === "ask" &&
  c.offer !== undefined &&
  /-?ish\b|\b(?:about|around|roughly|approx\w*)\b/i.test(c.text);

export type Outcome = "recorded" | "offered" | "not recorded" | "wrong record" | "wrong offer";

export function judge(c: HoursCase, got: { minutes: number; day: string } | null, offered: boolean): Outcome {
  const want =
    c.expect === "record"
      ? { minutes: c.minutes, day: c.date }
      : c.offer
        ? { minutes: c.offer.minutes, day: c.offer.date }
        : null;
  const same = (g: { minutes: number; day: string }) =>
    want && g.minutes === want.minutes && g.day === want.day;
  if (!got) return c.expect === "record" ? "not recorded" : "not recorded";
  if (offered) return same(got) ? "offered" : c.expect === "record" || c.offer ? "wrong offer" : "offered";
  return c.expect === "record" && same(got) ? "recorded" : "wrong record";
}

async function pair(d: Driver) {
  d.clock.set("2026-10-06T20:00:00Z");
  await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
  await signUp(d, "lee", "mentee", { ...ADULT, name: "lee Student" } as never);
  const out = await d.run("cora", "pairings", "create @maria @lee");
  if (out.kind !== "reply" || !/Paired/.test(out.text)) throw new Error("pairing failed");
}

/** Runs one input and reads what happened: the entry recorded, or the one offered to confirm. */
async function tryCase(d: Driver, c: HoursCase) {
  await d.prisma.meetingLog.deleteMany();
  await d.prisma.flowDraft.deleteMany();
  d.clock.set(CLOCKS[c.now]);
  const out = await d.run("maria", "log-hours", c.text);
  const text = out.kind === "reply" ? out.text : "";
  const log = await d.prisma.meetingLog.findFirst();
  if (log) return { got: { minutes: log.minutes, day: log.meetingOn }, offered: false, text };
  const draft = await d.prisma.flowDraft.findFirst({ where: { flow: "log-hours" } });
  if (!draft) return { got: null, offered: false, text };
  const entry = (JSON.parse(draft.data) as { entry: { minutes: number; day: string } }).entry;
  // the question restates the minutes and the day in words; Yes records exactly that
  if (!text.includes(durationInWords(entry.minutes)) || !text.includes(dayInWords(entry.day)))
    throw new Error(`the confirmation for "${c.text}" does not restate it: ${text}`);
  await d.press("maria", `log-pick:${draft.id}:0`);
  const confirmed = await d.prisma.meetingLog.findFirst();
  if (!confirmed || confirmed.minutes !== entry.minutes || confirmed.meetingOn !== entry.day)
    throw new Error(`Yes did not record what was offered for "${c.text}"`);
  return { got: entry, offered: true, text };
}

export function hoursCorpusContract(name: string, makeDriver: DriverFactory): void {
  describe(`/log-hours as people type it, on ${name}`, () => {
    let d: Driver;
    beforeAll(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
      await pair(d);
    });
    afterAll(async () => {
      await d.stop();
    });

    const run = async (cases: HoursCase[], label: string) => {
      const tally: Record<Outcome, string[]> = {
        recorded: [],
        offered: [],
        "not recorded": [],
        "wrong record": [],
        "wrong offer": [],
      };
      let toRecord = 0;
      let reached = 0;
      for (const c of cases) {
        const r = await tryCase(d, c);
        const outcome = judge(c, r.got, r.offered);
        tally[outcome].push(`${c.now} ${JSON.stringify(c.text)}`);
        if (c.expect === "record") {
          toRecord++;
          if (outcome === "recorded" || outcome === "offered") reached++;
        }
        const subcommand = /^\s*(help|list|remove|pause)?\s*$/i.test(c.text);
        if (outcome === "not recorded" && !subcommand && !/Nothing was logged/.test(r.text))
          throw new Error(`"${c.text}" was not recorded and the reply does not say so: ${r.text}`);
      }
      console.log(
        `/log-hours on ${name}, ${label}: ${cases.length} inputs; of ${toRecord} to record, ${reached} recorded or offered with the right minutes and day; ${tally.offered.length} offered for confirmation in all; wrong records ${tally["wrong record"].length}; wrong offers ${tally["wrong offer"].length}`,
        // the held-out half's items are not printed: it stays unread
        label.includes("held-out") ? "" : tally["wrong record"],
      );
      return { tally, toRecord, reached };
    };

    it("the first corpus (tuned on): nothing recorded wrong, every amount to record recorded or offered", async () => {
      const { tally, toRecord, reached } = await run(FIRST, "first corpus");
      expect(tally["wrong record"]).toEqual([]);
      expect(tally["wrong offer"]).toEqual([]);
      expect(reached).toBe(toRecord);
    });

    it("the second corpus, development half (tuned on): the same", async () => {
      const { tally, toRecord, reached } = await run(SECOND.development, "second corpus, development half");
      expect(tally["wrong record"]).toEqual([]);
      expect(tally["wrong offer"]).toEqual([]);
      expect(reached).toBe(toRecord);
    });

    for (const { label, corpus, heldOut } of LATER) {
      it(`the ${label} corpus, development half (tuned on): nothing recorded wrong but where the documented rule differs`, async () => {
        const { tally, toRecord, reached } = await run(
          corpus.development,
          `${label} corpus, development half`,
        );
        const byRule = corpus.development
          .filter((c) => bareHoursTheyWouldConfirm(c) || approximateTheyWouldConfirm(c))
          .map((c) => `${c.now} ${JSON.stringify(c.text)}`);
        expect(tally["wrong record"].filter((w) => !byRule.includes(w))).toEqual([]);
        expect(tally["wrong offer"]).toEqual([]);
        expect(reached).toBeGreaterThanOrEqual(toRecord - 3);
      });

      it(`the ${label} corpus, held-out half: no worse than measured after the development half's fixes`, async () => {
        // before any change for them: the third 15 wrong records and 4 wrong offers, 96 of 109 to
        // record reached; the fourth 17, 2 and 74 of 95; the fifth 20, 3 and 76 of 103; the sixth 7, 0 and 91 of 96; the seventh 13, 0 and 62 of 80 (docs/using.md,
        // "Meeting hours")
        const { tally, toRecord, reached } = await run(corpus["held-out"], `${label} corpus, held-out half`);
        expect(tally["wrong record"].length).toBeLessThanOrEqual(heldOut.wrong);
        expect(tally["wrong offer"]).toEqual([]);
        expect(reached).toBeGreaterThanOrEqual(toRecord - heldOut.missed);
      });
    }

    it("the second corpus, held-out half: no worse than measured once before any change for it", async () => {
      const { tally, toRecord, reached } = await run(SECOND["held-out"], "second corpus, held-out half");
      expect(tally["wrong record"].length).toBeLessThanOrEqual(5);
      expect(tally["wrong offer"]).toEqual([]);
      expect(reached).toBeGreaterThanOrEqual(toRecord - 5);
    });
  });
}
