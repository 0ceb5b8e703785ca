import type { PrismaClient } from "@prisma/client";
import { AlreadyDone, DayAlreadyLogged, DayFull } from "../domain/hours/errors.ts";
import type { PauseRow } from "../domain/hours/pauses.ts";
import type { AddLogOptions, MeetingStore, StoredLog } from "../domain/hours/service.ts";
import type { LogRow, MonthTotal } from "../domain/hours/totals.ts";
import type { AuditEntry } from "../domain/members.ts";
import type { PairingWithMembers } from "../domain/pairing/types.ts";
import type { Day } from "../domain/time.ts";
import type { Tx } from "./database.ts";
import { toMember, writeAudit } from "./member-repository.ts";
import { toPairing } from "./pairing-repository.ts";
import { claimOnce, isUniqueViolation } from "./receipts.ts";
import { monthTotalsSql, toMonthTotal } from "./snapshot-repository.ts";

// Logging needs the pair's names and ids, not their profiles: two queries instead of ten.
const withMembers = { mentor: true, mentee: true } as const;
type PairingRow = Parameters<typeof toPairing>[0] & {
  mentor: Parameters<typeof toMember>[0];
  mentee: Parameters<typeof toMember>[0];
};
const full = (r: PairingRow): PairingWithMembers => ({
  ...toPairing(r),
  mentor: toMember(r.mentor),
  mentee: toMember(r.mentee),
});

const logFields = {
  id: true,
  pairingId: true,
  memberId: true,
  meetingOn: true,
  minutes: true,
  note: true,
  createdAt: true,
} as const;

export class MeetingRepository implements MeetingStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly provider: "sqlite" | "postgresql" = "sqlite",
  ) {}

  /**
   * Runs `fn` in a transaction that holds the pairing's row, so two entries for one pair cannot
   * both pass the day's limit: on PostgreSQL by a row lock, on SQLite because writes are serial.
   * A receipt claimed by a transaction that lost a race comes back as AlreadyDone.
   */
  private async lockedForPairing<T>(pairingId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        if (this.provider === "postgresql")
          await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${pairingId} FOR UPDATE`;
        return fn(tx);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AlreadyDone();
      throw err;
    }
  }

  async activePairingsOf(memberId: string): Promise<PairingWithMembers[]> {
    const rows = await this.prisma.pairing.findMany({
      where: { status: "active", OR: [{ mentorId: memberId }, { menteeId: memberId }] },
      include: withMembers,
      orderBy: { createdAt: "asc" },
    });
    return rows.map(full);
  }

  async addLog(
    row: LogRow & { note: string | null; createdAt: Date },
    audit: AuditEntry[],
    opts: AddLogOptions,
  ): Promise<StoredLog> {
    return this.lockedForPairing(row.pairingId, async (tx) => {
      await claimOnce(tx, opts.onceKey);
      const logged = await tx.meetingLog.aggregate({
        where: {
          pairingId: row.pairingId,
          memberId: row.memberId,
          meetingOn: row.meetingOn,
          deletedAt: null,
        },
        _sum: { minutes: true },
      });
      const already = logged._sum.minutes ?? 0;
      if (already + row.minutes > opts.maxDayMinutes) throw new DayFull(already);
      if (opts.firstOfDay && already > 0) throw new DayAlreadyLogged(already);
      const created = await tx.meetingLog.create({ data: row, select: logFields });
      await writeAudit(tx, audit);
      return created;
    });
  }

  async monthTotals(pairingIds: string[], from: Day, to: Day): Promise<MonthTotal[]> {
    const rows = await this.prisma.$queryRaw<Record<string, unknown>[]>(monthTotalsSql(from, to, pairingIds));
    return rows.map(toMonthTotal);
  }

  async hasLog(pairingId: string, memberId: string, day: Day): Promise<boolean> {
    return (
      (await this.prisma.meetingLog.count({
        where: { pairingId, memberId, meetingOn: day, deletedAt: null },
      })) > 0
    );
  }

  /** the entries most recently logged (a meeting logged late for November is among them), by meeting day */
  async recentLogsBy(memberId: string, limit: number) {
    const rows = await this.prisma.meetingLog.findMany({
      where: { memberId, deletedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { ...logFields, pairing: { include: withMembers } },
    });
    return rows
      .map(({ pairing, ...l }) => ({ ...l, pairing: full(pairing) }))
      .sort(
        (a, b) => b.meetingOn.localeCompare(a.meetingOn) || b.createdAt.getTime() - a.createdAt.getTime(),
      );
  }

  async recentLogsOfPairs(pairingIds: string[], limit: number) {
    const rows = await this.prisma.meetingLog.findMany({
      where: { pairingId: { in: pairingIds }, deletedAt: null },
      orderBy: [{ meetingOn: "desc" }, { createdAt: "desc" }],
      take: limit,
      select: { ...logFields, pairing: { include: withMembers } },
    });
    return rows.map(({ pairing, ...l }) => ({ ...l, pairing: full(pairing) }));
  }

  async logsSince(memberId: string, from: Day) {
    const rows = await this.prisma.meetingLog.findMany({
      where: { memberId, deletedAt: null, meetingOn: { gte: from } },
      orderBy: [{ meetingOn: "desc" }, { createdAt: "desc" }],
      select: { ...logFields, pairing: { include: withMembers } },
    });
    return rows.map(({ pairing, ...l }) => ({ ...l, pairing: full(pairing) }));
  }

  async getLog(id: string) {
    const l = await this.prisma.meetingLog.findUnique({
      where: { id },
      select: { ...logFields, deletedAt: true, pairing: { include: withMembers } },
    });
    if (!l || l.deletedAt) return null;
    const { pairing, deletedAt: _d, ...rest } = l;
    return { ...rest, pairing: full(pairing) };
  }

  async removeLogs(ids: string[], at: Date, audit: AuditEntry[], onceKey?: string): Promise<number> {
    return this.transaction(async (tx) => {
      await claimOnce(tx, onceKey);
      // only entries still there: a second removal changes nothing and says so
      const { count } = await tx.meetingLog.updateMany({
        where: { id: { in: ids }, deletedAt: null },
        data: { deletedAt: at },
      });
      if (count > 0) await writeAudit(tx, audit);
      return count;
    });
  }

  async recordAudit(entries: AuditEntry[], onceKey?: string): Promise<void> {
    await this.transaction(async (tx) => {
      await claimOnce(tx, onceKey);
      await writeAudit(tx, entries);
    });
  }

  async wasDone(onceKey: string): Promise<boolean> {
    return (await this.prisma.actionReceipt.count({ where: { key: onceKey } })) > 0;
  }

  private async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.prisma.$transaction(fn);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AlreadyDone();
      throw err;
    }
  }

  pausesBetween(pairingIds: string[] | "all", from: Day, to: Day): Promise<PauseRow[]> {
    return this.prisma.pause.findMany({
      where: {
        startsOn: { lte: to },
        until: { gt: from },
        ...(pairingIds === "all" ? {} : { pairingId: { in: pairingIds } }),
      },
      select: { pairingId: true, startsOn: true, until: true },
    });
  }

  async setPause(
    pairingId: string,
    startsOn: Day,
    until: Day,
    setBy: string,
    audit: AuditEntry[],
    onceKey?: string,
  ): Promise<boolean> {
    return this.lockedForPairing(pairingId, async (tx) => {
      await claimOnce(tx, onceKey);
      const current = await tx.pause.findFirst({
        where: { pairingId, startsOn },
        orderBy: { createdAt: "desc" },
      });
      if (current?.until === until) return false;
      if (current) await tx.pause.update({ where: { id: current.id }, data: { until, setBy } });
      else await tx.pause.create({ data: { pairingId, startsOn, until, setBy } });
      await writeAudit(tx, audit);
      return true;
    });
  }
}
