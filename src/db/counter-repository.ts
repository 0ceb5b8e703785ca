// Counters that expire: rate limits and the assistant's daily figures. Counts only, never content.
import type { PrismaClient } from "@prisma/client";

export class CounterRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Adds one and returns the new count (atomic in the database, so instances share it). */
  async increment(key: string, expiresAt: Date): Promise<number> {
    const r = await this.prisma.counter.upsert({
      where: { key },
      create: { key, count: 1, expiresAt },
      update: { count: { increment: 1 } },
    });
    return r.count;
  }

  /**
   * Adds one within a window: the first count opens it until `windowEnd`, a count after that opens
   * a new one. Both steps are single statements, so two instances counting at once still count
   * 1 and 2 (never two firsts).
   */
  async incrementInWindow(key: string, now: Date, windowEnd: Date): Promise<number> {
    await this.prisma.counter.updateMany({
      where: { key, expiresAt: { lte: now } },
      data: { count: 0, expiresAt: windowEnd },
    });
    return this.increment(key, windowEnd);
  }

  async get(key: string): Promise<number> {
    return (await this.prisma.counter.findUnique({ where: { key } }))?.count ?? 0;
  }
}
