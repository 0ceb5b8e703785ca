import type { PrismaClient } from "@prisma/client";
import type { PauseRow } from "../domain/hours/pauses.ts";
import type { MeetingStore, StoredLog } from "../domain/hours/service.ts";
import type { LogRow, MonthTotal } from "../domain/hours/totals.ts";
import type { AuditEntry } from "../domain/members.ts";
import type { PairingWithMembers } from "../domain/pairing/types.ts";
import type { Day } from "../domain/time.ts";
import { toMember, writeAudit } from "./member-repository.ts";
import { toPairing } from "./pairing-repository.ts";
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
  constructor(private readonly prisma: PrismaClient) {}

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
  ): Promise<StoredLog> {
    return this.prisma.$transaction(async (tx) => {
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

  logsBetween(pairingIds: string[] | "all", from: Day, to: Day): Promise<LogRow[]> {
    return this.prisma.meetingLog.findMany({
      where: {
        deletedAt: null,
        meetingOn: { gte: from, lte: to },
        ...(pairingIds === "all" ? {} : { pairingId: { in: pairingIds } }),
      },
      select: { pairingId: true, memberId: true, meetingOn: true, minutes: true },
    });
  }

  async recentLogsBy(memberId: string, limit: number) {
    const rows = await this.prisma.meetingLog.findMany({
      where: { memberId, deletedAt: null },
      orderBy: [{ meetingOn: "desc" }, { createdAt: "desc" }],
      take: limit,
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

  async removeLog(id: string, at: Date, audit: AuditEntry[]): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.meetingLog.update({ where: { id }, data: { deletedAt: at } });
      await writeAudit(tx, audit);
    });
  }

  async recordAudit(entries: AuditEntry[]): Promise<void> {
    await writeAudit(this.prisma as never, entries);
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
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.pause.findFirst({
        where: { pairingId, startsOn },
        orderBy: { createdAt: "desc" },
      });
      if (current) await tx.pause.update({ where: { id: current.id }, data: { until, setBy } });
      else await tx.pause.create({ data: { pairingId, startsOn, until, setBy } });
      await writeAudit(tx, audit);
    });
  }
}
