// Retrieval by meaning, when a model key is set: each FAQ entry's embedding (its title, the
// questions it is asked as, and its answer) is made once and kept in the database with a hash of
// that text, so only a new or edited entry is embedded again; each question is embedded when
// asked. Any failure leaves the lexical search to answer alone.
import { createHash } from "node:crypto";
import type { Logger } from "../log.ts";
import type { FaqEntry } from "./knowledge.ts";
import type { AnswerModel } from "./model.ts";

export interface CachedEmbedding {
  entryId: string;
  model: string;
  contentHash: string;
  vector: number[];
}

export interface EmbeddingStore {
  load(model: string): Promise<CachedEmbedding[]>;
  save(rows: CachedEmbedding[]): Promise<void>;
}

export function embeddedText(e: FaqEntry): string {
  return [e.title, ...e.asked, e.body].join("\n");
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += (a[i] as number) * (b[i] as number);
    na += (a[i] as number) ** 2;
    nb += (b[i] as number) ** 2;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export class MeaningIndex {
  private vectors: Promise<Map<string, number[]>> | null = null;

  constructor(
    private readonly entries: FaqEntry[],
    private readonly model: AnswerModel,
    private readonly store: EmbeddingStore,
    private readonly log: Logger,
  ) {}

  /** The entries' vectors: cached ones whose text is unchanged, the rest embedded (in one request) and saved. */
  private entryVectors(): Promise<Map<string, number[]>> {
    this.vectors ??= this.loadOrEmbed().catch((err) => {
      this.vectors = null; // try again at the next question
      throw err;
    });
    return this.vectors;
  }

  private async loadOrEmbed(): Promise<Map<string, number[]>> {
    const name = this.model.embeddingModel;
    const cached = new Map((await this.store.load(name)).map((c) => [c.entryId, c]));
    const out = new Map<string, number[]>();
    const stale: { entry: FaqEntry; hash: string }[] = [];
    for (const entry of this.entries) {
      const hash = contentHash(embeddedText(entry));
      const hit = cached.get(entry.id);
      if (hit?.contentHash === hash) out.set(entry.id, hit.vector);
      else stale.push({ entry, hash });
    }
    if (stale.length > 0) {
      const vectors = await this.model.embed(stale.map((s) => embeddedText(s.entry)));
      const rows = stale.map((s, i) => ({
        entryId: s.entry.id,
        model: name,
        contentHash: s.hash,
        vector: vectors[i] as number[],
      }));
      await this.store.save(rows);
      for (const r of rows) out.set(r.entryId, r.vector);
      this.log.info("FAQ embeddings made", {
        entries: rows.length,
        cached: this.entries.length - rows.length,
      });
    }
    return out;
  }

  /** each entry's cosine similarity to the question, or null when the model cannot be reached */
  async similarities(question: string): Promise<Map<string, number> | null> {
    try {
      const [vectors, [q]] = await Promise.all([this.entryVectors(), this.model.embed([question])]);
      return new Map([...vectors].map(([id, v]) => [id, cosine(q as number[], v)]));
    } catch (err) {
      this.log.warn("embeddings unavailable; answering from the lexical search", {
        err: err instanceof Error ? err.name : "unknown",
      });
      return null;
    }
  }
}
