// A small logistic-regression classifier over featuresOf(), trained offline on the development half
// of the crisis corpus (scripts/train-crisis-classifier.ts writes classifier-weights.json). It sits
// beside the lexicon and catches wordings the lexicon's phrases did not foresee; either one is
// enough for the crisis answer.
import { readFileSync } from "node:fs";
import { projectPath } from "../../paths.ts";
import { featuresOf } from "./features.ts";

export interface ClassifierWeights {
  /** the score above which a message counts as crisis, chosen on the development half */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

let loaded: ClassifierWeights | null = null;

export function classifierWeights(): ClassifierWeights {
  loaded ??= JSON.parse(
    readFileSync(projectPath("src", "assistant", "safety", "classifier-weights.json"), "utf8"),
  ) as ClassifierWeights;
  return loaded;
}

export function crisisScore(raw: string, model: ClassifierWeights = classifierWeights()): number {
  let z = model.bias;
  for (const f of featuresOf(raw)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function classifierSaysCrisis(raw: string, model: ClassifierWeights = classifierWeights()): boolean {
  return crisisScore(raw, model) >= model.threshold;
}
