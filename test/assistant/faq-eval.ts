// Measures the assistant on the FAQ question corpus (test/assistant/corpus/faq-questions.json),
// written by someone who saw only the entry titles: answerable questions with the entry that
// answers them, and questions the FAQ does not answer. Split once by the fixed seed; the retrieval
// was tuned on the development half only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Assistant } from "../../src/assistant/assistant.ts";
import { type Half, split } from "../corpus/split.ts";
import { REPO_ROOT } from "../helpers/harness.ts";
import { fakePort } from "./fakes.ts";

export interface Answerable {
  text: string;
  entry: string;
}

export interface QuestionCorpus {
  answerable: Record<Half, Answerable[]>;
  outOfScope: Record<Half, { text: string }[]>;
}

/** A question corpus in test/assistant/corpus/, split by the fixed seed. */
export function questionCorpus(file: string): QuestionCorpus {
  const raw = JSON.parse(readFileSync(join(REPO_ROOT, "test/assistant/corpus", file), "utf8")) as {
    answerable: Answerable[];
    out_of_scope: { text: string }[];
  };
  return {
    answerable: split(raw.answerable, (x) => x.text),
    outOfScope: split(raw.out_of_scope, (x) => x.text),
  };
}

/** the first writer's questions (faq-questions.json) */
const first = questionCorpus("faq-questions.json");
export const answerable = first.answerable;
export const outOfScope = first.outOfScope;

/** the entry an answer was given from, or null for "I don't know", a decline or the crisis resources */
export function answeredFrom(text: string): string | null {
  return /FAQ entry `([a-z0-9-]+)`/.exec(text)?.[1] ?? /Sources: `([a-z0-9-]+)`/.exec(text)?.[1] ?? null;
}

export interface Figures {
  right: number;
  answerable: number;
  declined: number;
  outOfScope: number;
  wrongEntry: { text: string; expected: string; got: string | null }[];
  answeredOutOfScope: { text: string; got: string }[];
}

export async function measure(
  make: () => Assistant,
  half: Half,
  corpus: QuestionCorpus = first,
): Promise<Figures> {
  const f: Figures = {
    right: 0,
    answerable: corpus.answerable[half].length,
    declined: 0,
    outOfScope: corpus.outOfScope[half].length,
    wrongEntry: [],
    answeredOutOfScope: [],
  };
  for (const q of corpus.answerable[half]) {
    const got = answeredFrom(
      (await make().ask({ platform: "slack", userId: "U1" }, fakePort(), q.text)).text,
    );
    if (got === q.entry) f.right++;
    else f.wrongEntry.push({ text: q.text, expected: q.entry, got });
  }
  for (const q of corpus.outOfScope[half]) {
    const got = answeredFrom(
      (await make().ask({ platform: "slack", userId: "U1" }, fakePort(), q.text)).text,
    );
    if (got) f.answeredOutOfScope.push({ text: q.text, got });
    else f.declined++;
  }
  return f;
}

export const pct = (n: number, of: number) => `${n}/${of} = ${((100 * n) / of).toFixed(1)}%`;
