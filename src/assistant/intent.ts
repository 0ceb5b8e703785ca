// Which entry a question is asking for: a small multinomial logistic regression trained, when the
// index is built, on each entry's title, keywords and the questions it is asked as (front matter
// `asked:`). Words are folded first (vocabulary.ts); word pairs keep "how long" from "how much";
// letter groups let "shaddowing" and "recomendation" meet their words. Training is deterministic
// and takes a fraction of a second, so an edited entry is learned at the next start.
import type { FaqEntry } from "./knowledge.ts";

export interface IntentExample {
  text: string;
  /** the entry id, or null for a question the FAQ does not answer */
  entry: string | null;
  weight: number;
}

const QUESTION_WORDS = new Set(
  "how what when where which who why can do does is are should will much many long".split(" "),
);

/** the features of a question: folded terms, neighbouring pairs (with question words kept), letter groups */
export function intentFeatures(tokens: { all: string[]; content: string[] }): string[] {
  const out = new Set<string>();
  for (const t of tokens.content) {
    out.add(`w:${t}`);
    const padded = `<${t}>`;
    if (t.length >= 5) for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
  }
  const kept = tokens.all.filter((t) => QUESTION_WORDS.has(t) || tokens.content.includes(t));
  for (let i = 0; i + 1 < kept.length; i++) out.add(`b:${kept[i]} ${kept[i + 1]}`);
  return [...out];
}

export interface IntentModel {
  labels: string[];
  bias: Float64Array;
  weights: Map<string, Float32Array>;
}

const EPOCHS = 30;
const RATE = 0.5;
const L2 = 1e-4;

export function trainIntents(
  examples: { features: string[]; label: number; weight: number }[],
  labels: string[],
): IntentModel {
  const k = labels.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const row = (f: string) => {
    let w = weights.get(f);
    if (!w) {
      w = new Float64Array(k);
      weights.set(f, w);
    }
    return w;
  };
  const probs = new Float64Array(k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch * 0.2);
    for (const ex of examples) {
      const rows = ex.features.map(row);
      scores(rows, bias, probs);
      for (let c = 0; c < k; c++) {
        const g = ((probs[c] as number) - (c === ex.label ? 1 : 0)) * ex.weight;
        bias[c] = (bias[c] as number) - rate * g * 0.1;
        for (const w of rows) w[c] = (w[c] as number) * (1 - rate * L2) - (rate * g) / Math.sqrt(rows.length);
      }
    }
  }
  return { labels, bias, weights: compact(weights) };
}

/** Float32 rows, and none for a feature that learned nothing: a third of the memory, the same answers. */
function compact(weights: Map<string, Float64Array>): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (const [f, w] of weights) if (w.some((x) => Math.abs(x) >= 1e-3)) out.set(f, Float32Array.from(w));
  return out;
}

/** softmax over the labels, written into `out` */
function scores(rows: ArrayLike<number>[], bias: Float64Array, out: Float64Array): void {
  const k = bias.length;
  const scale = 1 / Math.sqrt(Math.max(1, rows.length));
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    let z = bias[c] as number;
    for (const w of rows) z += (w[c] as number) * scale;
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    out[c] = Math.exp((out[c] as number) - max);
    sum += out[c] as number;
  }
  for (let c = 0; c < k; c++) out[c] = (out[c] as number) / sum;
}

export function predict(model: IntentModel, features: string[]): { label: string; p: number }[] {
  const rows = features.map((f) => model.weights.get(f)).filter((w): w is Float32Array => w !== undefined);
  const out = new Float64Array(model.labels.length);
  scores(rows, model.bias, out);
  return model.labels.map((label, i) => ({ label, p: out[i] as number })).sort((a, b) => b.p - a.p);
}

export function examplesOf(entries: FaqEntry[]): IntentExample[] {
  return entries.flatMap((e) => [
    { text: e.title, entry: e.id, weight: 1 },
    { text: e.keywords, entry: e.id, weight: 0.5 },
    ...e.asked.map((q) => ({ text: q, entry: e.id, weight: 1 })),
  ]);
}
