// How a question is read before the FAQ is searched: the field's words folded, other schools and
// tests told apart, and the rule on AI tools told apart from a request to write an essay.
import { describe, expect, it } from "vitest";
import { otherPathOf } from "../../src/assistant/scope.ts";
import { foldVocabulary } from "../../src/assistant/vocabulary.ts";
import { assistant, entries, fakePort } from "./fakes.ts";

const ask = async (q: string) =>
  (await assistant().a.ask({ platform: "slack", userId: "U1" }, fakePort(), q)).text;

describe("the field's words", () => {
  it("reads DO as the degree where only the degree makes sense, and as the verb everywhere else", () => {
    for (const q of [
      "I want to be a DO",
      "do schools in washington",
      "DO vs MD",
      "md or do?",
      "are DOs real doctors",
    ])
      expect(foldVocabulary(q)).toContain("osteopathic");
    for (const q of [
      "what do I do",
      "WHAT DO I DO NOW",
      "how do i apply",
      "do i need the mcat",
      "Do I need shadowing",
    ])
      expect(foldVocabulary(q)).not.toContain("osteopathic");
  });

  it("folds abbreviations and slang into the FAQ's words", () => {
    expect(foldVocabulary("orgo before the mcat?")).toContain("organic chemistry");
    expect(foldVocabulary("how long is the PS")).toContain("personal statement");
    expect(foldVocabulary("how many LORs")).toContain("letters of recommendation");
    expect(foldVocabulary("do adcoms care about ECs")).toContain("admissions committee");
    expect(foldVocabulary("can i use chatgpt")).toContain(" ai");
  });

  it("every entry carries at least ten questions in students' words", () => {
    for (const e of entries) expect(e.asked.length, e.id).toBeGreaterThanOrEqual(10);
  });
});

describe("questions about another path", () => {
  it("names the other school or test, unless medical school is the subject", () => {
    expect(otherPathOf("how many shadowing hours for pa school")).toBe("PA school");
    expect(otherPathOf("whats the mcat for nursing school")).toBe("nursing school");
    expect(otherPathOf("how many times can i take the sat")).toBe("the SAT");
    expect(otherPathOf("how do i apply to med school in canada")).toBe("medical schools outside the US");
    expect(otherPathOf("im choosing between pa school and med school")).toBeNull();
    expect(otherPathOf("does ap credit count for med school prereqs")).toBeNull();
    expect(otherPathOf("how do i act when i shadow")).toBeNull();
    // DO and MD compared on residencies is the DO-or-MD entry's question; the match itself is not ours
    expect(otherPathOf("do DOs and MDs do the same residency")).toBeNull();
    expect(otherPathOf("can osteopathic grads match the same residencies as md grads")).toBeNull();
    expect(otherPathOf("how does the residency match work")).toBe("residency and licensing");
    expect(otherPathOf("do md students take step 1")).toBe("residency and licensing");
    // what medical school itself costs is not in the notes; applying's fees and WWAMI's support are
    expect(otherPathOf("how much does med school cost")).toMatch(/tuition/);
    expect(otherPathOf("how much is tuition at uw med")).toMatch(/tuition/);
    expect(otherPathOf("how much does it cost to apply to med school")).toBeNull();
    expect(otherPathOf("is wwami tuition subsidized by alaska and do you owe it later")).toBeNull();
  });

  it("gets a plain answer that the notes cover medical school, citing no entry", async () => {
    const text = await ask("how much does pharmcas cost");
    expect(text).toMatch(/cover the path to medical school \(MD and DO\).*not pharmacy school/);
    expect(text).not.toMatch(/FAQ entry `/);
  });
});

describe("AI tools and essays", () => {
  it("a question about the rule on AI gets the entry; a request to write is still declined", async () => {
    expect(await ask("can i use chatgpt to write my personal statement")).toMatch(
      /FAQ entry `ai-in-applications`/,
    );
    expect(await ask("is it cheating to use ai on my essays")).toMatch(/FAQ entry `ai-in-applications`/);
    for (const q of ["can you write my personal statement", "write my personal statement with chatgpt"])
      expect(await ask(q)).toMatch(/I won't write it for you/);
  });

  it("asking what to write about, or how to start, is advice on one's own statement, not a request for one", async () => {
    for (const q of [
      "what should i write about in my personal statement for med school",
      "how do i start writing my personal statement",
      "what should i write my personal statement about",
    ])
      expect(await ask(q)).toMatch(/FAQ entry `personal-statement`/);
    for (const q of [
      "what should i write about? just write my personal statement for me",
      "can u write me a personal statement about wanting to help people",
    ])
      expect(await ask(q)).toMatch(/I won't write it for you/);
  });

  it("medicine as a career is not a health question", async () => {
    expect(await ask("what classes should i take in hs for medicine")).toMatch(/FAQ entry `hs-classes`/);
    expect(await ask("what medicine should i take for my headache")).toMatch(
      /can't give advice about your own health/,
    );
  });

  it("'would it hurt my chances' asks about an application, not about pain", async () => {
    expect(await ask("im kinda burnt out, would a gap year hurt my chances")).toMatch(
      /FAQ entry `gap-years`/,
    );
    expect(await ask("my wrist hurts after studying all day, what should i do")).toMatch(
      /can't give advice about your own health/,
    );
  });
});
