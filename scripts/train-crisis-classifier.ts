// Trains the crisis classifier on the development half of test/assistant/corpus/ (never the
// held-out half) and writes src/assistant/safety/classifier-weights.json:  npm run train:crisis
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crossValidated, developmentExamples, thresholdFor, train } from "./train-lib.ts";

/** Near-misses the classifier alone may flag, measured on messages it did not see. */
const NEAR_MISS_SHARE = Number(process.env.NEAR_MISS_SHARE ?? 0.05);

const OUT = join(import.meta.dirname, "../src/assistant/safety/classifier-weights.json");
const examples = developmentExamples();
const threshold = thresholdFor(crossValidated(examples), NEAR_MISS_SHARE);
const model = { ...train(examples), threshold: Math.round(threshold * 10000) / 10000 };
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(
  `trained on ${examples.length} development examples (${examples.filter((e) => e.crisis).length} crisis); ${Object.keys(model.weights).length} weights; threshold ${model.threshold}`,
);
