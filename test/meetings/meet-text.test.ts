// The /meet reader against phrasings written before the code (test/meetings/meet-corpus.json,
// split once by the fixed seed; the reader was tuned on the development half only) and against a
// second author's 155 (meet-corpus-author-2.json: measured first, 143 right, 2 wrong meetings and
// 10 asked back; then tuned on, so it now counts as development). A wrong meeting is never allowed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readMeetText } from "../../src/language/meet-text.ts";
import { split } from "../corpus/split.ts";
import { REPO_ROOT } from "../helpers/harness.ts";
import { halves, type MeetCase, measureMeet, NOW, ZONE } from "./meet-eval.ts";

const show = (label: string, f: ReturnType<typeof measureMeet>) =>
  console.log(
    `/meet reader, ${label}: planned ${f.planned}/${f.plans} as meant, asked back ${f.asked}/${f.asks} where it must, ${f.wrong.length} wrong meetings, ${f.askedInstead.length} asked back where a meeting was clear`,
  );

describe("the /meet reader on people's phrasings", () => {
  it("the corpus has at least 80 phrasings, plans and questions back in both halves", () => {
    const all = [...halves.development, ...halves["held-out"]];
    expect(all.length).toBeGreaterThanOrEqual(80);
    for (const half of [halves.development, halves["held-out"]]) {
      expect(half.filter((c) => c.expect === "plan").length).toBeGreaterThan(20);
      expect(half.filter((c) => c.expect === "ask").length).toBeGreaterThan(20);
    }
  });

  it("development half: every meeting as meant, every question asked back", () => {
    const f = measureMeet("development");
    show("development half", f);
    expect(f.wrong).toEqual([]);
    expect(f.askedInstead).toEqual([]);
  });

  it("held-out half (never tuned on): no wrong meeting, and at least what was measured", () => {
    const f = measureMeet("held-out");
    show("held-out half", f);
    expect(f.wrong).toEqual([]);
    // measured when this was built: 67 of 67 planned, 28 of 28 asked back
    expect(f.planned / f.plans).toBeGreaterThanOrEqual(0.98);
  });

  it("a second author's phrasings: no wrong meeting", () => {
    const second = JSON.parse(
      readFileSync(join(REPO_ROOT, "test/meetings/meet-corpus-author-2.json"), "utf8"),
    ) as { cases: MeetCase[] };
    let wrong = 0;
    let right = 0;
    for (const c of second.cases) {
      const r = readMeetText(c.text, NOW, ZONE);
      const got =
        r.kind === "plan"
          ? `${DateTime.fromJSDate(r.start, { zone: ZONE }).toFormat("yyyy-LL-dd'T'HH:mm")} ${r.minutes} ${r.place.toLowerCase()}`
          : "ask";
      const meant = c.expect === "plan" ? `${c.start} ${c.minutes} ${c.place}` : "ask";
      if (got === meant) right++;
      else if (got !== "ask") wrong++;
    }
    console.log(
      `/meet reader, second author: ${right}/${second.cases.length} as meant, ${wrong} wrong meetings`,
    );
    expect(wrong).toBe(0);
    expect(right).toBe(second.cases.length);
  });

  // A third author (2026-12-02: places named like times, "Midnight Sun Cafe", "rm 1430", agenda
  // words, "nxt thurs"), split by the fixed seed and met before any change for it: development
  // 32/38 planned, 29/31 asked back, 5 wrong (3 of them only the place's words); held-out 35/49,
  // 42/43, 5 wrong. After the fixes from its development half, these bounds hold.
  const third = split(
    (
      JSON.parse(readFileSync(join(REPO_ROOT, "test/meetings/meet-corpus-author-3.json"), "utf8")) as {
        cases: MeetCase[];
      }
    ).cases,
    (c) => c.text,
  );
  const judged = (cases: MeetCase[]) => {
    const out = {
      right: 0,
      wrongTime: [] as string[],
      placeOnly: [] as string[],
      plannedForAsk: [] as string[],
    };
    for (const c of cases) {
      const r = readMeetText(c.text, NOW, ZONE);
      if (r.kind !== "plan") {
        if (c.expect === "ask") out.right++;
        continue;
      }
      if (c.expect === "ask") out.plannedForAsk.push(c.text);
      else if (
        DateTime.fromJSDate(r.start, { zone: ZONE }).toFormat("yyyy-LL-dd'T'HH:mm") !== c.start ||
        r.minutes !== c.minutes
      )
        out.wrongTime.push(c.text);
      else if (r.place.toLowerCase() !== (c.place ?? "")) out.placeOnly.push(c.text);
      else out.right++;
    }
    return out;
  };

  it("a third author's development half: every day, time and length as meant; the place's words may differ", () => {
    const f = judged(third.development);
    console.log(
      `/meet reader, third author, development half: ${f.right}/${third.development.length} as meant`,
    );
    expect(f.wrongTime).toEqual([]);
    expect(f.plannedForAsk).toEqual([]);
    // agenda words kept in the place ("zoom - mock interview prep"): shown, not a wrong meeting
    expect(f.placeOnly.length).toBeLessThanOrEqual(2);
    expect(f.right).toBeGreaterThanOrEqual(67);
  });

  it("a third author's held-out half: no meeting at a wrong time, at least what was measured", () => {
    const f = judged(third["held-out"]);
    console.log(
      `/meet reader, third author, held-out half: ${f.right}/${third["held-out"].length} as meant, ${f.wrongTime.length} at a wrong time, ${f.plannedForAsk.length} planned where it must ask, ${f.placeOnly.length} with other place words`,
    );
    expect(f.wrongTime).toEqual([]);
    expect(f.plannedForAsk.length).toBeLessThanOrEqual(1);
    expect(f.placeOnly.length).toBeLessThanOrEqual(3);
    expect(f.right).toBeGreaterThanOrEqual(78);
  });

  it("bad input never throws and never plans: long, emoji, zero-width and right-to-left text", () => {
    for (const text of [
      "x".repeat(4000),
      "🙂🙂🙂",
      "\u200b\u200b",
      "\u202e5pm tue",
      "tue\u0000 5pm",
      "<@U123> tue 5pm",
    ]) {
      const r = readMeetText(text, NOW, ZONE);
      if (r.kind === "plan") expect([...r.place].some((c) => c === "\u0000" || c === "\u202e")).toBe(false);
    }
    expect(readMeetText("x".repeat(4000), NOW, ZONE).kind).toBe("ask");
  });
});

describe("the question back, in plain words", () => {
  it("asks 'What time tomorrow?' and 'Is \"at 3\" am or pm?'", () => {
    expect(readMeetText("tomorrow at the library", NOW, ZONE)).toMatchObject({
      kind: "ask",
      why: expect.stringMatching(/^What time tomorrow\?/),
    });
    const r = readMeetText("tomorrow at 3", NOW, ZONE);
    if (r.kind === "ask") expect(r.why).not.toMatch(/morning or the evening/);
  });
});
