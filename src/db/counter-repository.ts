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

  async get(key: string): Promise<number> {
    return (await this.prisma.counter.findUnique({ where: { key } }))?.count ?? 0;
  }

  async purgeExpired(now: Date): Promise<number> {
    return (await this.prisma.counter.deleteMany({ where: { expiresAt: { lt: now } } })).count;
  }
}
