// The assistant on questions written by someone who saw only the FAQ's entry titles
// (test/assistant/corpus/faq-questions.json), split once by the fixed seed. The example questions
// in the entries were written by other authors who never saw this corpus (five of them; 92 of
// their questions that happened to equal a corpus question word for word were left out), and the
// confidence threshold was chosen on the development half only. Method and figures: docs/using.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CachedEmbedding, type EmbeddingStore, MeaningIndex } from "../../src/assistant/meaning.ts";
import { openAiModel } from "../../src/assistant/model.ts";
import { silentLogger } from "../../src/log.ts";
import { OpenAiEmulator } from "../helpers/openai-emulator.ts";
import { assistant, entries, fakePort as fakePortOf } from "./fakes.ts";
import {
  answerable,
  type Figures,
  measure,
  outOfScope,
  pct,
  type QuestionCorpus,
  questionCorpus,
} from "./faq-eval.ts";

const show = (label: string, f: Figures) =>
  console.log(
    `FAQ assistant, ${label}: answered from the right entry ${pct(f.right, f.answerable)}; out-of-scope declined or "I don't know" ${pct(f.declined, f.outOfScope)}`,
  );

/** A writer's set is large enough to measure, and every answerable question names a real entry. */
function expectLargeAndReal(c: QuestionCorpus) {
  const all = [...c.answerable.development, ...c.answerable["held-out"]];
  expect(all.length).toBeGreaterThanOrEqual(200);
  expect(c.outOfScope.development.length + c.outOfScope["held-out"].length).toBeGreaterThanOrEqual(100);
  const ids = new Set(entries.map((e) => e.id));
  expect(all.filter((q) => !ids.has(q.entry))).toEqual([]);
}

describe("the FAQ question corpus", () => {
  it("has at least 200 answerable and 100 out-of-scope questions, each answerable one naming a real entry", () =>
    expectLargeAndReal({ answerable, outOfScope }));

  it("development half (tuned on): as measured when the threshold was chosen", async () => {
    const f = await measure(() => assistant().a, "development");
    show("development half, no key", f);
    expect(f.right / f.answerable).toBeGreaterThanOrEqual(0.95);
    expect(f.declined / f.outOfScope).toBeGreaterThanOrEqual(0.93);
  });

  it("held-out half (never tuned on): at least what was measured when this was built", async () => {
    // The targets are 95% and 95%; measured: 91.1% and 94.2% after the fourth writer's
    // development half was tuned on (90.6% and 89.9% before; docs/using.md). These floors keep it
    // from getting worse; before this work the same half measured 54.2% and 84.1%.
    const f = await measure(() => assistant().a, "held-out");
    show("held-out half, no key", f);
    expect(f.right / f.answerable).toBeGreaterThanOrEqual(0.91);
    expect(f.declined / f.outOfScope).toBeGreaterThanOrEqual(0.94);
  });
});

// A second writer, on 2026-12-02, also from the titles only (test/assistant/corpus/faq-questions-b.json;
// questions equal to the first corpus word for word left out). Run whole against the assistant as
// it stood, before anything was tuned on it: 90.1% of 252 answered from the right entry, 86.5% of
// 148 out-of-scope declined. Then example questions and "not in the FAQ" lines were written, in
// other words, from its development half's misses only.
describe("the second writer's FAQ questions", () => {
  const second = questionCorpus("faq-questions-b.json");

  it("has at least 200 answerable and 100 out-of-scope questions, each naming a real entry", () =>
    expectLargeAndReal(second));

  it("development half (tuned on): as measured after tuning", async () => {
    const f = await measure(() => assistant().a, "development", second);
    show("second writer, development half, no key", f);
    // measured: 95.4% and 89.9%
    expect(f.right / f.answerable).toBeGreaterThanOrEqual(0.95);
    expect(f.declined / f.outOfScope).toBeGreaterThanOrEqual(0.89);
  });

  it("held-out half (never tuned on): at least what was measured when it was added", async () => {
    // measured: 89.1% of 101 and 86.1% of 79 when added, 87.3% declined after the fourth writer's
    // tuning (docs/using.md); the targets are 95% and 95%
    const f = await measure(() => assistant().a, "held-out", second);
    show("second writer, held-out half, no key", f);
    expect(f.right / f.answerable).toBeGreaterThanOrEqual(0.89);
    expect(f.declined / f.outOfScope).toBeGreaterThanOrEqual(0.87);
  });
});

// A third writer, on 2026-12-02, from the titles only (faq-questions-c.json; 89 of its 416
// questions equal word for word to the earlier corpora, an entry's examples or the not-in-FAQ
// lines left out). Nothing was tuned on it: two example questions and two not-in-FAQ lines written
// for its development half's four misses changed none of them, and were not kept. So both halves
// are unseen: 95.6% of 205 answered from the right entry, 94.3% of 122 declined (with the 89 left
// in, 95.5% of 266 and 94.7% of 150).
describe("the third writer's FAQ questions, never tuned on", () => {
  const third = questionCorpus("faq-questions-c.json");

  it("has at least 200 answerable and 100 out-of-scope questions, each naming a real entry", () =>
    expectLargeAndReal(third));

  it("both halves: at least what was measured when it was added", async () => {
    // measured: development 97.9% of 95 and 96.1% of 51; held-out 93.6% of 110 and 93.0% of 71.
    // Tuning on the fourth writer's development half cost this held-out half two declines (90.1%)
    // while the first writer's held-out half gained three and the second's one: two of the
    // fourth's "not in the FAQ" lines and example questions each moved one of these questions over
    // the confidence line. Recorded here rather than hidden by tuning on this half.
    const dev = await measure(() => assistant().a, "development", third);
    const held = await measure(() => assistant().a, "held-out", third);
    show("third writer, development half, no key", dev);
    show("third writer, held-out half, no key", held);
    expect(dev.right / dev.answerable).toBeGreaterThanOrEqual(0.97);
    expect(dev.declined / dev.outOfScope).toBeGreaterThanOrEqual(0.96);
    expect(held.right / held.answerable).toBeGreaterThanOrEqual(0.93);
    expect(held.declined / held.outOfScope).toBeGreaterThanOrEqual(0.9);
  });
});

// A fourth writer, on 2026-12-04, from the titles only (faq-questions-d.json; 104 of its 437
// questions equal word for word to the earlier corpora, an entry's examples or the not-in-FAQ lines
// left out). Run whole against the assistant as it stood, before anything was tuned on it: 90.6% of
// 212 answered from the right entry, 89.3% of 121 declined. Then, from its development half's misses
// only: example questions and "not in the FAQ" lines in other words; "what should I write about in
// my personal statement" is advice, not a request to write it; "would a gap year hurt my chances"
// is not a health question; DO and MD compared on residencies is the DO-or-MD entry's ground.
describe("the fourth writer's FAQ questions", () => {
  const fourth = questionCorpus("faq-questions-d.json");

  it("has at least 200 answerable and 100 out-of-scope questions, each naming a real entry", () =>
    expectLargeAndReal(fourth));

  it("development half (tuned on) and held-out half (never tuned on): as measured", async () => {
    // development 89.6% of 106 and 88.1% of 59 before tuning, 99.1% and 94.9% after; held-out
    // 91.5% and 90.3% before, 92.5% and 90.3% after
    const dev = await measure(() => assistant().a, "development", fourth);
    const held = await measure(() => assistant().a, "held-out", fourth);
    show("fourth writer, development half, no key", dev);
    show("fourth writer, held-out half, no key", held);
    expect(dev.right / dev.answerable).toBeGreaterThanOrEqual(0.99);
    expect(dev.declined / dev.outOfScope).toBeGreaterThanOrEqual(0.94);
    expect(held.right / held.answerable).toBeGreaterThanOrEqual(0.92);
    expect(held.declined / held.outOfScope).toBeGreaterThanOrEqual(0.9);
  });
});

class MemoryEmbeddings implements EmbeddingStore {
  rows = new Map<string, CachedEmbedding>();
  async load(model: string) {
    return [...this.rows.values()].filter((r) => r.model === model);
  }
  async save(rows: CachedEmbedding[]) {
    for (const r of rows) this.rows.set(`${r.entryId}:${r.model}`, r);
  }
}

describe("with a model key: retrieval by meaning against the local emulator", () => {
  const server = new OpenAiEmulator();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const model = () =>
    openAiModel({
      apiKey: "sk-test",
      baseURL: server.baseURL,
      model: "test-model",
      embeddingModel: "test-embedding",
      timeoutMs: 5000,
    });

  it("embeds every entry once, keeps the vectors, and embeds again only an entry whose text changed", async () => {
    const store = new MemoryEmbeddings();
    server.requests.length = 0;
    const first = new MeaningIndex(entries, model(), store, silentLogger);
    await first.similarities("how long is the mcat");
    await first.similarities("what is wwami");
    const batches = server.embeddingRequests().map((b) => (b.input as string[]).length);
    expect(batches.sort((a, b) => b - a)).toEqual([entries.length, 1, 1]);
    expect(store.rows.size).toBe(entries.length);

    server.requests.length = 0;
    const edited = entries.map((e) => (e.id === "mcat-fee" ? { ...e, body: `${e.body} Updated.` } : e));
    const restarted = new MeaningIndex(edited, model(), store, silentLogger);
    const sims = await restarted.similarities("how much does the mcat cost");
    expect(
      server
        .embeddingRequests()
        .map((b) => (b.input as string[]).length)
        .sort(),
    ).toEqual([1, 1]);
    expect(sims?.size).toBe(entries.length);
  });

  it("answers as well or better than without a key on the held-out half (the emulator words the best entry)", async () => {
    // A stand-in for the model: it answers from the first entry it is given and cites it.
    server.reply = (body) => {
      const id = /\[([a-z0-9-]+)\]/.exec(String(body.messages?.[0]?.content ?? ""))?.[1];
      return id ? `From the program's notes [${id}].` : "NOT_IN_FAQ";
    };
    const m = model();
    const meaning = new MeaningIndex(entries, m, new MemoryEmbeddings(), silentLogger);
    const make = () => assistant({ model: m, meaning, crisisAlert: false }).a;
    const withKey = await measure(make, "held-out");
    const without = await measure(() => assistant().a, "held-out");
    show("held-out half, with the model emulator", withKey);
    expect(withKey.right).toBeGreaterThanOrEqual(without.right);
    expect(withKey.declined).toBeGreaterThanOrEqual(without.declined);
  }, 60_000);

  it("a failing embeddings endpoint leaves the lexical answer", async () => {
    server.mode = "error";
    try {
      const meaning = new MeaningIndex(entries, model(), new MemoryEmbeddings(), silentLogger);
      expect(await meaning.similarities("how long is the mcat")).toBeNull();
      const { a } = assistant({ model: model(), meaning });
      const text = (await a.ask({ platform: "slack", userId: "U1" }, fakePortOf(), "how long is the mcat"))
        .text;
      expect(text).toMatch(/FAQ entry `mcat-what`/);
    } finally {
      server.mode = "ok";
    }
  });
});
