// The FAQ entries' embeddings (see src/assistant/meaning.ts): one row per entry and embedding model.
import type { PrismaClient } from "@prisma/client";
import type { CachedEmbedding, EmbeddingStore } from "../assistant/meaning.ts";

export class FaqEmbeddingRepository implements EmbeddingStore {
  constructor(private readonly prisma: PrismaClient) {}

  async load(model: string): Promise<CachedEmbedding[]> {
    const rows = await this.prisma.faqEmbedding.findMany({ where: { model } });
    return rows.map((r) => ({ ...r, vector: JSON.parse(r.vector) as number[] }));
  }

  async save(rows: CachedEmbedding[]): Promise<void> {
    await this.prisma.$transaction(
      rows.map((r) =>
        this.prisma.faqEmbedding.upsert({
          where: { entryId_model: { entryId: r.entryId, model: r.model } },
          create: { ...r, vector: JSON.stringify(r.vector) },
          update: { contentHash: r.contentHash, vector: JSON.stringify(r.vector) },
        }),
      ),
    );
  }
}
