import type { Prisma, PrismaClient } from "@prisma/client";
import { AlreadyDone } from "../domain/errors.ts";
import {
  type AuditEntry,
  MEMBER_PLACEHOLDER,
  type Member,
  type MemberKind,
  type MemberStore,
  type PlatformName,
  type PlatformUser,
  type SignupWrite,
} from "../domain/members.ts";
import type { Tx } from "./database.ts";
import { claimOnce, isUniqueViolation } from "./receipts.ts";

export const withProfile = {
  mentor: true,
  mentee: true,
  guardian: true,
  acceptances: { orderBy: { acceptedAt: "desc" }, take: 1 },
} satisfies Prisma.MemberInclude;

type FullRow = Prisma.MemberGetPayload<{ include: typeof withProfile }>;
/** A member row with or without its profile relations (the hours flows need only names and ids). */
type Row = Prisma.MemberGetPayload<object> &
  Partial<Pick<FullRow, "mentor" | "mentee" | "guardian" | "acceptances">>;

export function toMember(row: Row): Member {
  const a = row.acceptances?.[0];
  return {
    id: row.id,
    platform: row.platform as PlatformName,
    platformUserId: row.platformUserId,
    kind: row.kind as MemberKind,
    name: row.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mentor: row.mentor
      ? {
          name: row.name,
          role: row.mentor.role,
          specialty: row.mentor.specialty,
          region: row.mentor.region,
          accepts: row.mentor.accepts,
          capacity: row.mentor.capacity,
          contact: row.mentor.contact,
        }
      : null,
    mentee: row.mentee
      ? {
          name: row.name,
          stage: row.mentee.stage,
          school: row.mentee.school,
          region: row.mentee.region,
          gradYear: row.mentee.gradYear,
          interests: row.mentee.interests.split(",").filter(Boolean),
          under18: row.mentee.under18,
          turns18: row.mentee.turns18,
          guardian: row.guardian
            ? {
                name: row.guardian.name,
                relationship: row.guardian.relationship,
                email: row.guardian.email,
                phone: row.guardian.phone,
              }
            : null,
        }
      : null,
    acceptance: a
      ? { version: a.version, textSha256: a.textSha256, platform: a.platform, acceptedAt: a.acceptedAt }
      : null,
  };
}

export async function writeAudit(tx: Tx, entries: AuditEntry[], memberId?: string): Promise<void> {
  if (entries.length === 0) return;
  const fill = (s: string | undefined) => (s === MEMBER_PLACEHOLDER && memberId ? memberId : s);
  await tx.auditEvent.createMany({
    data: entries.map((e) => ({
      actorId: fill(e.actorId) ?? "system",
      action: e.action,
      subjectId: fill(e.subjectId) ?? null,
      details: JSON.stringify(e.details ?? {}),
    })),
  });
}

export class MemberRepository implements MemberStore {
  /** Which of these members are students under 18 (a home reminds their mentor of the guardian's first session). */
  async under18Among(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.menteeProfile.findMany({
      where: { memberId: { in: ids }, under18: true },
      select: { memberId: true },
    });
    return rows.map((r) => r.memberId);
  }

  constructor(private readonly prisma: PrismaClient) {}

  async findByUser(user: PlatformUser): Promise<Member | null> {
    const row = await this.prisma.member.findUnique({
      where: { platform_platformUserId: { platform: user.platform, platformUserId: user.userId } },
      include: withProfile,
    });
    return row && !row.erasedAt ? toMember(row) : null;
  }

  /** The member without profile, guardian or acceptance: enough to log hours, one query instead of five. */
  async findIdentity(user: PlatformUser): Promise<Member | null> {
    const row = await this.prisma.member.findUnique({
      where: { platform_platformUserId: { platform: user.platform, platformUserId: user.userId } },
    });
    return row && !row.erasedAt ? toMember(row) : null;
  }

  async findById(id: string): Promise<Member | null> {
    const row = await this.prisma.member.findUnique({ where: { id }, include: withProfile });
    return row && !row.erasedAt ? toMember(row) : null;
  }

  async saveSignup(w: SignupWrite): Promise<Member> {
    const memberId = await this.prisma
      .$transaction(async (tx) => {
        await claimOnce(tx, w.onceKey);
        const key = { platform: w.user.platform, platformUserId: w.user.userId };
        const member = await tx.member.upsert({
          where: { platform_platformUserId: key },
          create: { ...key, kind: w.kind, name: w.name, createdAt: w.now, updatedAt: w.now },
          update: { kind: w.kind, name: w.name, updatedAt: w.now, erasedAt: null },
        });
        const memberId = member.id;
        if (w.mentor) {
          const { name: _name, ...profile } = w.mentor;
          await tx.mentorProfile.upsert({
            where: { memberId },
            create: { memberId, ...profile },
            update: profile,
          });
        }
        if (w.mentee) {
          const { name: _name, guardian, interests, ...rest } = w.mentee;
          const profile = { ...rest, interests: interests.join(","), guardianConsent: guardian !== null };
          await tx.menteeProfile.upsert({
            where: { memberId },
            create: { memberId, ...profile },
            update: profile,
          });
          if (guardian)
            await tx.guardian.upsert({
              where: { memberId },
              create: { memberId, ...guardian },
              update: guardian,
            });
          else await tx.guardian.deleteMany({ where: { memberId } });
        }
        if (w.accept)
          await tx.agreementAcceptance.create({
            data: {
              memberId,
              version: w.accept.version,
              textSha256: w.accept.sha256,
              platform: w.user.platform,
              acceptedAt: w.now,
            },
          });
        await writeAudit(tx, w.audit, memberId);
        return memberId;
      })
      .catch((err: unknown) => {
        // the same form (or the same acceptance) a second time, at the same moment as the first
        if (isUniqueViolation(err)) throw new AlreadyDone();
        throw err;
      });
    // Read back after the commit: inside a transaction Prisma fetches the included relations at the
    // same time on the transaction's one PostgreSQL connection, which pg 8 only queues (and warns).
    const row = await this.prisma.member.findUniqueOrThrow({ where: { id: memberId }, include: withProfile });
    return toMember(row);
  }
}
