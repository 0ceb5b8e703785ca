// The database side of exactly-once sending: a lock per job (one runner at a time, across
// processes and instances) and a ledger of every scheduled send under its unique key.
import { hostname } from "node:os";
import type { PrismaClient } from "@prisma/client";

export type SendStatus = "sending" | "sent" | "failed";

/** Whether the process named in a lock holder ("host:pid:nonce") is gone, when it ran on this host. */
export function holderIsDead(holder: string): boolean {
  const [host, pid] = holder.split(":");
  if (host !== hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export class JobStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Takes the job's lock if it is free, expired, or held by a process on this host that has died. */
  async acquire(job: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ttlMs);
    const current = await this.prisma.jobLock.findUnique({ where: { job } });
    if (!current) {
      try {
        await this.prisma.jobLock.create({ data: { job, holder, expiresAt } });
        return true;
      } catch {
        return false; // someone else created it first
      }
    }
    if (current.holder !== holder && current.expiresAt > now && !holderIsDead(current.holder)) return false;
    // Compare-and-set on the old holder: of two contenders, one wins.
    const r = await this.prisma.jobLock.updateMany({
      where: { job, holder: current.holder, expiresAt: current.expiresAt },
      data: { holder, expiresAt },
    });
    return r.count === 1;
  }

  async renew(job: string, holder: string, ttlMs: number): Promise<void> {
    await this.prisma.jobLock.updateMany({
      where: { job, holder },
      data: { expiresAt: new Date(Date.now() + ttlMs) },
    });
  }

  async release(job: string, holder: string): Promise<void> {
    await this.prisma.jobLock.deleteMany({ where: { job, holder } });
  }

  /**
   * The ledger's entries for these keys, whichever period claimed them: a meeting's reminder
   * claimed on November 30 is found by a run on December 1.
   */
  async sendsByKey(keys: string[]): Promise<Map<string, { status: SendStatus; contentHash: string }>> {
    const out = new Map<string, { status: SendStatus; contentHash: string }>();
    // in slices, so a season's worth of keys stays under every database's parameter limit
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.prisma.scheduledSend.findMany({
        where: { key: { in: keys.slice(i, i + 500) } },
        select: { key: true, status: true, contentHash: true },
      });
      for (const r of rows) out.set(r.key, { status: r.status as SendStatus, contentHash: r.contentHash });
    }
    return out;
  }

  /** Records the intent to send before sending: a crash after this is found and checked by the next run. */
  async claim(key: string, job: string, period: string, contentHash: string, holder: string): Promise<void> {
    const now = new Date();
    await this.prisma.scheduledSend.upsert({
      where: { key },
      create: {
        key,
        job,
        period,
        status: "sending",
        contentHash,
        attempts: 1,
        claimedBy: holder,
        claimedAt: now,
      },
      update: {
        status: "sending",
        contentHash,
        attempts: { increment: 1 },
        claimedBy: holder,
        claimedAt: now,
      },
    });
  }

  async markSent(key: string): Promise<void> {
    await this.prisma.scheduledSend.update({
      where: { key },
      data: { status: "sent", sentAt: new Date(), lastError: null },
    });
  }

  async markFailed(key: string, error: string): Promise<void> {
    await this.prisma.scheduledSend.update({
      where: { key },
      data: { status: "failed", lastError: error.slice(0, 500) },
    });
  }

  async recordRun(job: string, period: string, sent: number, failed: number): Promise<void> {
    const data = { finishedAt: new Date(), sent, failed };
    await this.prisma.jobRun.upsert({
      where: { job_period: { job, period } },
      create: { job, period, ...data },
      update: data,
    });
  }

  async hasRun(job: string, period: string): Promise<boolean> {
    return (await this.prisma.jobRun.count({ where: { job, period, failed: 0 } })) > 0;
  }
}
