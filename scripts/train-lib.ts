// The crisis classifier's training, shared by scripts/train-crisis-classifier.ts and the tests that
// check it. Only development halves are read: the held-out halves stay unseen.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledge } from "../src/assistant/knowledge.ts";
import { type ClassifierWeights, crisisScore } from "../src/assistant/safety/classifier.ts";
import { featuresOf } from "../src/assistant/safety/features.ts";
import { split } from "../test/corpus/split.ts";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "test/assistant/corpus");

export interface Example {
  text: string;
  crisis: boolean;
  /** a near-miss of the crisis corpus (the false alarms the threshold is chosen against) */
  nearMiss?: boolean;
  /** how much a mistake on it costs in training */
  weight: number;
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const dev = <T extends { text: string }>(items: T[]) => split(items, (e) => e.text).development;

/** Ordinary messages the program's members send: none of them may look like a crisis. */
function ordinaryMessages(): string[] {
  const faq = read<{ answerable: { text: string }[]; out_of_scope: { text: string }[] }>(
    join(CORPUS, "faq-questions.json"),
  );
  const entries = loadKnowledge(join(ROOT, "content/faq"));
  const sentences = entries.flatMap((e) => [e.title, ...e.body.split(/(?<=[.?!])\s+/)]);
  const hours = read<{ cases: { text: string }[] }>(join(ROOT, "test/hours/log-hours-corpus.json")).cases;
  const meet = read<{ cases: { text: string }[] }>(join(ROOT, "test/meetings/meet-corpus.json")).cases;
  return [
    ...dev([...faq.answerable, ...faq.out_of_scope]).map((x) => x.text),
    ...sentences,
    ...dev(hours).map((x) => x.text),
    ...dev(meet).map((x) => x.text),
  ].filter((t) => t.trim().length > 0);
}

export function developmentExamples(): Example[] {
  const out: Example[] = [];
  for (const f of readdirSync(CORPUS).filter((f) => /^crisis-author-\w+\.json$/.test(f))) {
    const c = read<{ crisis: { text: string }[]; near_miss: { text: string }[] }>(join(CORPUS, f));
    for (const x of dev(c.crisis)) out.push({ text: x.text, crisis: true, weight: 2 });
    for (const x of dev(c.near_miss)) out.push({ text: x.text, crisis: false, nearMiss: true, weight: 1 });
  }
  for (const text of ordinaryMessages()) out.push({ text, crisis: false, weight: 2 });
  return out;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
}

export const TRAINING: TrainOptions = { epochs: 20, rate: 0.05, l2: 1e-3 };

/** Logistic regression by stochastic gradient descent, in the examples' own (fixed) order. */
export function train(examples: Example[], opts: TrainOptions = TRAINING): ClassifierWeights {
  const weights: Record<string, number> = {};
  let bias = 0;
  const rows = examples.map((e) => ({ f: featuresOf(e.text), y: e.crisis ? 1 : 0, w: e.weight }));
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const rate = opts.rate / (1 + epoch * 0.1);
    for (const { f, y, w } of rows) {
      let z = bias;
      for (const k of f) z += weights[k] ?? 0;
      const g = (1 / (1 + Math.exp(-z)) - y) * w;
      bias -= rate * g * 0.1;
      for (const k of f) weights[k] = (weights[k] ?? 0) * (1 - rate * opts.l2) - rate * g;
    }
  }
  const pruned: Record<string, number> = {};
  for (const [k, v] of Object.entries(weights))
    if (Math.abs(v) >= 0.005) pruned[k] = Math.round(v * 1000) / 1000;
  return { threshold: 0.5, bias: Math.round(bias * 1000) / 1000, weights: pruned };
}

export interface Scored {
  score: number;
  example: Example;
}

/** Every development example scored by a model that did not see it (k-fold cross-validation). */
export function crossValidated(examples: Example[], folds = 5, opts: TrainOptions = TRAINING): Scored[] {
  const out: Scored[] = [];
  for (let k = 0; k < folds; k++) {
    const model = train(
      examples.filter((_, i) => i % folds !== k),
      opts,
    );
    for (const example of examples.filter((_, i) => i % folds === k))
      out.push({ score: crisisScore(example.text, model), example });
  }
  return out;
}

/** The lowest threshold that flags at most `share` of unseen near-misses. */
export function thresholdFor(scored: Scored[], share: number): number {
  const near = scored
    .filter((s) => s.example.nearMiss)
    .map((s) => s.score)
    .sort((a, b) => b - a);
  return (near[Math.floor(near.length * share)] ?? 0.5) + 1e-6;
}
