// What the bot stores about a person, erasing it, and removing what is no longer needed.
import type { PrismaClient } from "@prisma/client";
import type { AuditEntry } from "../domain/members.ts";
import { toMember, withProfile, writeAudit } from "./member-repository.ts";

export interface MemberRecords {
  member: ReturnType<typeof toMember> & { forgetRequestedAt: Date | null };
  acceptances: { version: string; platform: string; acceptedAt: Date }[];
  pairings: {
    role: "mentor" | "student";
    partner: string;
    status: string;
    startedOn: string;
    endedAt: Date | null;
    space: string | null;
    guardianAttendedAt: Date | null;
  }[];
  meetings: { day: string; minutes: number; note: string | null; removed: boolean }[];
  /** meetings planned with /meet by this member */
  plannedMeetings: { startsAt: Date; minutes: number; place: string; status: string }[];
  /** what they answered about planned meetings: coming or not, met or not, ratings, notes */
  meetingAnswers: { kind: string; answer: string; at: Date }[];
  goalsAdded: { text: string; status: string; createdAt: Date }[];
  draftsInProgress: number;
  auditEvents: { at: Date; action: string }[];
}

export class PrivacyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async records(memberId: string): Promise<MemberRecords | null> {
    const row = await this.prisma.member.findUnique({
      where: { id: memberId },
      include: { ...withProfile, acceptances: { orderBy: { acceptedAt: "asc" } } },
    });
    if (!row || row.erasedAt) return null;
    const [planned, answers, goals] = await Promise.all([
      this.prisma.plannedMeeting.findMany({ where: { plannedBy: memberId }, orderBy: { startsAt: "asc" } }),
      this.prisma.meetingAnswer.findMany({ where: { memberId }, orderBy: { at: "asc" } }),
      this.prisma.goal.findMany({ where: { addedBy: memberId }, orderBy: { createdAt: "asc" } }),
    ]);
    const [mentoring, mentored, meetings, drafts, audit] = await Promise.all([
      this.prisma.pairing.findMany({ where: { mentorId: memberId }, include: { mentee: true } }),
      this.prisma.pairing.findMany({ where: { menteeId: memberId }, include: { mentor: true } }),
      this.prisma.meetingLog.findMany({ where: { memberId }, orderBy: { meetingOn: "asc" } }),
      this.prisma.flowDraft.count({ where: { platform: row.platform, userId: row.platformUserId } }),
      this.prisma.auditEvent.findMany({
        where: { OR: [{ subjectId: memberId }, { actorId: memberId }] },
        orderBy: { id: "asc" },
      }),
    ]);
    const pairing = (
      p: (typeof mentoring)[number] | (typeof mentored)[number],
      role: "mentor" | "student",
      partner: string,
    ) => ({
      role,
      partner,
      status: p.status,
      startedOn: p.startedOn,
      endedAt: p.endedAt,
      space: p.spaceName,
      guardianAttendedAt: p.guardianAttendedAt,
    });
    return {
      member: { ...toMember(row), forgetRequestedAt: row.forgetRequestedAt },
      acceptances: row.acceptances.map((a) => ({
        version: a.version,
        platform: a.platform,
        acceptedAt: a.acceptedAt,
      })),
      pairings: [
        ...mentoring.map((p) => pairing(p, "mentor", p.mentee.name)),
        ...mentored.map((p) => pairing(p, "student", p.mentor.name)),
      ],
      meetings: meetings.map((m) => ({
        day: m.meetingOn,
        minutes: m.minutes,
        note: m.note,
        removed: m.deletedAt !== null,
      })),
      plannedMeetings: planned.map((m) => ({
        startsAt: m.startsAt,
        minutes: m.minutes,
        place: m.place,
        status: m.status,
      })),
      meetingAnswers: answers.map((a) => ({ kind: a.kind, answer: a.answer, at: a.at })),
      goalsAdded: goals.map((g) => ({ text: g.text, status: g.status, createdAt: g.createdAt })),
      draftsInProgress: drafts,
      auditEvents: audit.map((a) => ({ at: a.at, action: a.action })),
    };
  }

  async requestForget(memberId: string, at: Date, audit: AuditEntry[]): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.member.update({ where: { id: memberId }, data: { forgetRequestedAt: at } });
      await writeAudit(tx, audit);
    });
  }

  /**
   * One transaction: ends open pairings, removes the profile details, guardian, acceptances, notes
   * (on logs and about meetings), the places of meetings they planned, the goals' words, drafts and
   * assistant counters, and blanks the name and platform id. Kept: the pairings and the
   * minutes of meetings (anonymous), a student's stage and region (the program's figures), and the
   * audit log (which holds ids, never personal values).
   */
  async erase(
    memberId: string,
    at: Date,
    counterKeyPart: string,
    audit: AuditEntry[],
  ): Promise<{
    pairingsEnded: number;
    meetingsKept: number;
    /** the spaces of their pairings, to be renamed and archived on the platform */
    spaces: { pairingId: string; spaceId: string }[];
  }> {
    return this.prisma.$transaction(async (tx) => {
      const m = await tx.member.findUniqueOrThrow({ where: { id: memberId } });
      const open = { OR: [{ mentorId: memberId }, { menteeId: memberId }], status: { not: "ended" } };
      const ended = await tx.pairing.updateMany({
        where: open,
        data: { status: "ended", endedAt: at, endReason: "member erased" },
      });
      // The pairing stays for the totals, without the person's platform id or the name in its space's name.
      const theirs = await tx.pairing.findMany({
        where: { OR: [{ mentorId: memberId }, { menteeId: memberId }] },
      });
      for (const p of theirs) {
        const steps = JSON.parse(p.steps) as { invited?: string[] };
        if (steps.invited) steps.invited = steps.invited.filter((id) => id !== m.platformUserId);
        await tx.pairing.update({
          where: { id: p.id },
          data: { steps: JSON.stringify(steps), spaceName: null },
        });
      }
      await tx.mentorProfile.deleteMany({ where: { memberId } });
      await tx.menteeProfile.updateMany({
        where: { memberId },
        data: {
          school: "",
          gradYear: 0,
          interests: "",
          under18: false,
          turns18: null,
          guardianConsent: false,
        },
      });
      await tx.guardian.deleteMany({ where: { memberId } });
      await tx.agreementAcceptance.deleteMany({ where: { memberId } });
      const meetingsKept = (await tx.meetingLog.updateMany({ where: { memberId }, data: { note: null } }))
        .count;
      // what they wrote about meetings and goals goes; the meetings and goals stay, blank, for the totals
      await tx.meetingAnswer.deleteMany({ where: { memberId, kind: "note" } });
      await tx.plannedMeeting.updateMany({ where: { plannedBy: memberId }, data: { place: "" } });
      await tx.goal.updateMany({
        where: { OR: [{ addedBy: memberId }, { pairing: { menteeId: memberId } }] },
        data: { text: "" },
      });
      await tx.flowDraft.deleteMany({ where: { platform: m.platform, userId: m.platformUserId } });
      await tx.counter.deleteMany({ where: { key: { contains: counterKeyPart } } });
      await tx.member.update({
        where: { id: memberId },
        data: {
          name: "Erased member",
          platformUserId: `erased-${memberId}`,
          erasedAt: at,
          forgetRequestedAt: null,
        },
      });
      await writeAudit(tx, audit);
      const spaces = theirs.flatMap((p) => (p.spaceId ? [{ pairingId: p.id, spaceId: p.spaceId }] : []));
      return { pairingsEnded: ended.count, meetingsKept, spaces };
    });
  }

  /**
   * Removes guardians' contacts the program no longer needs: the student turned 18, or their last
   * pairing ended, `retentionDays` ago or more. Also expired counters and forms left unfinished.
   */
  async purge(
    now: Date,
    retentionDays: number,
  ): Promise<{ guardians: number; counters: number; drafts: number }> {
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
    const cutoffMonth = cutoff.toISOString().slice(0, 7);
    const guardians = await this.prisma.guardian.findMany({
      select: {
        memberId: true,
        member: {
          select: {
            mentee: { select: { turns18: true } },
            mentoredBy: { select: { status: true, endedAt: true } },
          },
        },
      },
    });
    const remove = guardians
      .filter((g) => {
        const turns18 = g.member.mentee?.turns18;
        // turning 18 during month M counts from the first day of the month after it
        if (turns18 && turns18 < cutoffMonth) return true;
        const pairings = g.member.mentoredBy;
        if (pairings.length === 0 || pairings.some((p) => p.status !== "ended")) return false;
        return pairings.every((p) => p.endedAt !== null && p.endedAt <= cutoff);
      })
      .map((g) => g.memberId);
    const result = await this.prisma.$transaction(async (tx) => {
      const deleted = await tx.guardian.deleteMany({ where: { memberId: { in: remove } } });
      await tx.menteeProfile.updateMany({
        where: { memberId: { in: remove }, turns18: { lt: cutoffMonth } },
        data: { under18: false, guardianConsent: false },
      });
      if (remove.length)
        await writeAudit(
          tx,
          remove.map((id) => ({
            actorId: "system",
            action: "guardian.removed",
            subjectId: id,
            details: { retentionDays },
          })),
        );
      return deleted.count;
    });
    const counters = (await this.prisma.counter.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    const drafts = (await this.prisma.flowDraft.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    return { guardians: result, counters, drafts };
  }
}
