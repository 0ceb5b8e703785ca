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

const corpus = JSON.parse(
  readFileSync(join(REPO_ROOT, "test/assistant/corpus/faq-questions.json"), "utf8"),
) as { answerable: Answerable[]; out_of_scope: { text: string }[] };

export const answerable = split(corpus.answerable, (x) => x.text);
export const outOfScope = split(corpus.out_of_scope, (x) => x.text);

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

export async function measure(make: () => Assistant, half: Half): Promise<Figures> {
  const f: Figures = {
    right: 0,
    answerable: answerable[half].length,
    declined: 0,
    outOfScope: outOfScope[half].length,
    wrongEntry: [],
    answeredOutOfScope: [],
  };
  for (const q of answerable[half]) {
    const got = answeredFrom(
      (await make().ask({ platform: "slack", userId: "U1" }, fakePort(), q.text)).text,
    );
    if (got === q.entry) f.right++;
    else f.wrongEntry.push({ text: q.text, expected: q.entry, got });
  }
  for (const q of outOfScope[half]) {
    const got = answeredFrom(
      (await make().ask({ platform: "slack", userId: "U1" }, fakePort(), q.text)).text,
    );
    if (got) f.answeredOutOfScope.push({ text: q.text, got });
    else f.declined++;
  }
  return f;
}

export const pct = (n: number, of: number) => `${n}/${of} = ${((100 * n) / of).toFixed(1)}%`;
