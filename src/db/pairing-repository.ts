import type { Prisma, PrismaClient } from "@prisma/client";
import type { AuditEntry, Member, PlatformName } from "../domain/members.ts";
import type {
  NewPairing,
  Pairing,
  PairingPatch,
  PairingStatus,
  PairingStore,
  PairingWithMembers,
} from "../domain/pairing/types.ts";
import { toMember, withProfile, writeAudit } from "./member-repository.ts";
import { isUniqueViolation } from "./receipts.ts";

type Row = Prisma.PairingGetPayload<object>;
const OPEN = { not: "ended" } as const;

export function toPairing(r: Row): Pairing {
  return {
    id: r.id,
    platform: r.platform as PlatformName,
    mentorId: r.mentorId,
    menteeId: r.menteeId,
    status: r.status as PairingStatus,
    startedOn: r.startedOn,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    spaceId: r.spaceId,
    spaceName: r.spaceName,
    steps: JSON.parse(r.steps),
    endedAt: r.endedAt,
    endReason: r.endReason,
    guardianAttendedAt: r.guardianAttendedAt,
  };
}

export const withMembers = {
  mentor: { include: withProfile },
  mentee: { include: withProfile },
} satisfies Prisma.PairingInclude;

export function toPairingWithMembers(
  r: Prisma.PairingGetPayload<{ include: typeof withMembers }>,
): PairingWithMembers {
  return { ...toPairing(r), mentor: toMember(r.mentor), mentee: toMember(r.mentee) };
}

export class PairingRepository implements PairingStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly provider: "sqlite" | "postgresql" = "sqlite",
  ) {}

  async openForMentee(menteeId: string): Promise<Pairing | null> {
    const r = await this.prisma.pairing.findFirst({ where: { menteeId, status: OPEN } });
    return r ? toPairing(r) : null;
  }

  async lastEndedForMentee(menteeId: string): Promise<Pairing | null> {
    const r = await this.prisma.pairing.findFirst({
      where: { menteeId, status: "ended" },
      orderBy: { endedAt: "desc" },
    });
    return r ? toPairing(r) : null;
  }

  /**
   * Opens a pairing if the mentor has a place and the student has no open pairing. On PostgreSQL
   * both members' rows are locked first (in id order), so two coordinators pairing at the same
   * instant are served one after the other; the database's own unique index on the student's open
   * pairing backs it up, and its refusal reads as "taken".
   */
  async createOpening(p: NewPairing, capacity: number, audit: AuditEntry[]) {
    return this.prisma
      .$transaction(async (tx) => {
        if (this.provider === "postgresql")
          for (const id of [p.mentorId, p.menteeId].sort())
            await tx.$queryRaw`SELECT id FROM "Member" WHERE id = ${id} FOR UPDATE`;
        const load = await tx.pairing.count({ where: { mentorId: p.mentorId, status: OPEN } });
        if (load >= capacity) return { ok: false as const, reason: "capacity" as const };
        const taken = await tx.pairing.count({ where: { menteeId: p.menteeId, status: OPEN } });
        if (taken > 0) return { ok: false as const, reason: "taken" as const };
        const row = await tx.pairing.create({ data: { ...p, status: "opening" } });
        await writeAudit(tx, audit);
        return { ok: true as const, pairing: toPairing(row) };
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) return { ok: false as const, reason: "taken" as const };
        throw err;
      });
  }

  async update(id: string, patch: PairingPatch, audit: AuditEntry[] = []): Promise<Pairing> {
    const { steps, ...rest } = patch;
    const data = { ...rest, ...(steps ? { steps: JSON.stringify(steps) } : {}) };
    if (audit.length === 0) return toPairing(await this.prisma.pairing.update({ where: { id }, data }));
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.pairing.update({ where: { id }, data });
      await writeAudit(tx, audit);
      return toPairing(row);
    });
  }

  async recordGuardianAttended(id: string, at: Date, audit: AuditEntry[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.pairing.updateMany({
        where: { id, guardianAttendedAt: null },
        data: { guardianAttendedAt: at },
      });
      if (count > 0) await writeAudit(tx, audit);
      return count > 0;
    });
  }

  async hasLoggedMeeting(id: string): Promise<boolean> {
    return (await this.prisma.meetingLog.count({ where: { pairingId: id, deletedAt: null }, take: 1 })) > 0;
  }

  async get(id: string): Promise<PairingWithMembers | null> {
    const r = await this.prisma.pairing.findUnique({ where: { id }, include: withMembers });
    return r ? toPairingWithMembers(r) : null;
  }

  async listOpen(platform: PlatformName): Promise<PairingWithMembers[]> {
    const rows = await this.prisma.pairing.findMany({
      where: { platform, status: OPEN },
      include: withMembers,
      orderBy: { createdAt: "asc" },
    });
    return rows.map(toPairingWithMembers);
  }

  async mentorsWithLoad(platform: PlatformName): Promise<{ mentor: Member; openPairings: number }[]> {
    const [mentors, counts] = await Promise.all([
      this.prisma.member.findMany({
        where: { platform, kind: "mentor", erasedAt: null },
        include: withProfile,
      }),
      this.prisma.pairing.groupBy({
        by: ["mentorId"],
        where: { platform, status: OPEN },
        _count: { _all: true },
      }),
    ]);
    const load = new Map(counts.map((c) => [c.mentorId, c._count._all]));
    return mentors.map((m) => ({ mentor: toMember(m), openPairings: load.get(m.id) ?? 0 }));
  }
}
