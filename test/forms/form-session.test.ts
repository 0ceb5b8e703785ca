// The form session every step-by-step platform renders (Discord in steps, the console one question at a time): answers, what they show,
// pages of typed answers, and what to fix. Pure functions: no platform, no database.
import { describe, expect, it } from "vitest";
import type { FlowSpec } from "../../src/domain/flow.ts";
import {
  agreed,
  answered,
  answerText,
  answerToKeep,
  chose,
  nextQuestion,
  openSession,
  readTypedAnswer,
  refused,
  shownFields,
  textPages,
  ticked,
  typed,
} from "../../src/domain/form-session.ts";
import { menteeFields } from "../../src/domain/signup/fields.ts";

const fields = menteeFields(13, "Discord");
const flow: FlowSpec = {
  id: "mentee-signup",
  title: "Student signup",
  submitLabel: "Sign up",
  intro: "Welcome!",
  agreement: null,
  agreementNote: null,
  fields,
  initial: { name: "Sam" },
  token: "-",
};
const field = (id: string) => fields.find((f) => f.id === id);

describe("a form session", () => {
  it("opens with what is on file and nothing to fix", () => {
    const s = openSession(flow);
    expect(s).toMatchObject({ flow: "mentee-signup", values: { name: "Sam" }, page: 0, errors: [] });
  });

  it("shows the guardian's fields only once the student says they are under 18", () => {
    const s = openSession(flow);
    expect(shownFields(fields, s.values).some((f) => f.id === "guardianName")).toBe(false);
    const minor = chose(s, field("under18"), ["yes"]);
    expect(shownFields(fields, minor.values).map((f) => f.id)).toEqual(
      expect.arrayContaining(["guardianName", "guardianEmail", "turns18", "guardianConsent"]),
    );
  });

  it("asks typed answers five at a time, and a page answered moves to the next", () => {
    const minor = chose(openSession(flow), field("under18"), ["yes"]);
    const pages = textPages(fields, minor.values, 5);
    expect(pages.map((p) => p.length)).toEqual([5, 3]);
    const next = typed(minor, 0, [["school", "Bethel Regional"]]);
    expect(next.page).toBe(1);
    expect(next.values.school).toBe("Bethel Regional");
  });

  it("takes a choice only from the field's own options: a forged value is dropped", () => {
    const s = chose(openSession(flow), field("region"), ["ykdelta"]);
    expect(s.values.region).toBe("ykdelta");
    expect(chose(s, field("region"), ["<@everyone>"]).values.region).toBeUndefined();
    expect(chose(s, field("interests"), ["mcat", "nope"]).values.interests).toEqual(["mcat"]);
    expect(chose(s, field("school"), ["x"])).toBe(s);
  });

  it("reads an answer as the person would: labels, not stored values", () => {
    expect(answerText(field("region") as never, "ykdelta")).toBe("Bethel and the Y-K Delta");
    expect(answerText(field("school") as never, "")).toBe("");
  });

  it("a tick toggles, the agreement is recorded, and a refusal shows the errors from page one", () => {
    const s = ticked(agreed(openSession(flow)), "guardianConsent");
    expect(s.values).toMatchObject({ agree: "yes", guardianConsent: "yes" });
    expect(ticked(s, "guardianConsent").values.guardianConsent).toBeUndefined();
    const r = refused({ ...s, page: 2 }, { gradYear: "Please enter a year." });
    expect(r).toMatchObject({ page: 0, errors: ["Please enter a year."] });
  });

  it("asked one at a time: each shown field once, the guardian's once the student is under 18", () => {
    let s = agreed(openSession(flow));
    const asked: string[] = [];
    const answers: Record<string, string | string[]> = {
      stage: "hs_senior",
      region: "ykdelta",
      interests: ["mcat"],
      under18: "yes",
    };
    for (
      let q = nextQuestion(shownFields(fields, s.values), s);
      q;
      q = nextQuestion(shownFields(fields, s.values), s)
    ) {
      asked.push(q.id);
      s = answered(s, q.id, answers[q.id] ?? "x");
    }
    expect(asked.slice(0, 2)).toEqual(["name", "stage"]);
    expect(asked).toContain("guardianName");
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("after a refusal asks the refused field again without offering the refused answer", () => {
    let s = answered(answered(openSession(flow), "name", "Sam"), "gradYear", "20027");
    expect(answerToKeep(s, field("name") as never)).toBe("Sam");
    s = refused(s, { gradYear: "Please enter a year." });
    expect(nextQuestion([field("name"), field("gradYear")] as never, s)?.id).toBe("gradYear");
    expect(answerToKeep(s, field("gradYear") as never)).toBeUndefined();
    s = answered(s, "gradYear", "2027");
    expect(nextQuestion([field("name"), field("gradYear")] as never, s)).toBeUndefined();
    expect(answerToKeep(s, field("gradYear") as never)).toBe("2027");
  });

  it("reads a typed answer: Enter keeps or skips, a choice by number or words, a doubt asked again", () => {
    expect(readTypedAnswer(field("name") as never, "", "Sam")).toEqual({ kind: "answer", value: "Sam" });
    expect(readTypedAnswer(field("region") as never, "bethel", undefined)).toMatchObject({
      value: "ykdelta",
    });
    expect(readTypedAnswer(field("region") as never, "banana", undefined).kind).toBe("again");
    expect(readTypedAnswer(field("under18") as never, "yep", undefined)).toMatchObject({ value: "yes" });
    expect(readTypedAnswer(field("guardianEmail") as never, "", undefined)).toMatchObject({ value: "" });
    expect(readTypedAnswer(field("guardianConsent") as never, "maybe?", undefined).kind).toBe("again");
    expect(readTypedAnswer(field("interests") as never, "1, 2", undefined)).toMatchObject({ kind: "answer" });
  });
});
