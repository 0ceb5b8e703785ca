// Planned meetings (/meet) and members' answers about them.
import type { Prisma, PrismaClient } from "@prisma/client";
import type {
  MeetingAnswerRow,
  MeetingPlanStore,
  MeetingStatus,
  MeetingWithPair,
  NewPlan,
  PlannedMeeting,
} from "../domain/meetings/types.ts";
import type { AuditEntry } from "../domain/members.ts";
import { writeAudit } from "./member-repository.ts";
import { toPairingWithMembers, withMembers } from "./pairing-repository.ts";
import { isUniqueViolation } from "./receipts.ts";

type Row = Prisma.PlannedMeetingGetPayload<object>;
const withPair = { pairing: { include: withMembers }, answers: true } satisfies Prisma.PlannedMeetingInclude;
type FullRow = Prisma.PlannedMeetingGetPayload<{ include: typeof withPair }>;

const toMeeting = (r: Row): PlannedMeeting => ({ ...r, status: r.status as MeetingStatus });

export class PlannedMeetingRepository implements MeetingPlanStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly provider: "sqlite" | "postgresql" = "sqlite",
  ) {}

  /** The meetings with their pairs, and whether each pair met before: one query for all of them. */
  private async full(rows: FullRow[]): Promise<MeetingWithPair[]> {
    const met = rows.length
      ? await this.prisma.meetingAnswer.findMany({
          where: {
            kind: "met",
            answer: { in: ["yes", "guardian", "other"] },
            meeting: { pairingId: { in: [...new Set(rows.map((r) => r.pairingId))] } },
          },
          select: { meeting: { select: { id: true, pairingId: true, startsAt: true } } },
        })
      : [];
    return rows.map((r) => ({
      ...toMeeting(r),
      pairing: toPairingWithMembers(r.pairing),
      answers: r.answers.map((a) => ({ ...a, kind: a.kind as MeetingAnswerRow["kind"] })),
      earlierMet: met.some(
        ({ meeting: m }) => m.pairingId === r.pairingId && m.id !== r.id && m.startsAt < r.startsAt,
      ),
    }));
  }

  async plan(p: NewPlan, audit: AuditEntry[]) {
    return this.prisma.$transaction(async (tx) => {
      // the pair's row held: two /meet at once for one pair cannot both add an upcoming meeting
      if (this.provider === "postgresql")
        await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${p.pairingId} FOR UPDATE`;
      const current = await tx.plannedMeeting.findFirst({
        where: { pairingId: p.pairingId, status: "planned", startsAt: { gt: p.now } },
        orderBy: { startsAt: "asc" },
      });
      // moved without saying where: it stays where it was
      const place = p.place || current?.place || "";
      const fields = { startsAt: p.startsAt, minutes: p.minutes, place, plannedBy: p.plannedBy };
      const row = current
        ? await tx.plannedMeeting.update({
            where: { id: current.id },
            data: { ...fields, sequence: current.sequence + 1, updatedAt: p.now },
          })
        : await tx.plannedMeeting.create({
            data: {
              ...fields,
              pairingId: p.pairingId,
              status: "planned",
              createdAt: p.now,
              updatedAt: p.now,
            },
          });
      // a moved meeting asks everyone again whether they can come
      if (current) await tx.meetingAnswer.deleteMany({ where: { meetingId: current.id, kind: "rsvp" } });
      await writeAudit(
        tx,
        audit.map((a) => ({ ...a, subjectId: row.id })),
      );
      return { meeting: toMeeting(row), moved: current ? toMeeting(current) : null };
    });
  }

  async studentIsMinor(pairingId: string) {
    const r = await this.prisma.pairing.findUnique({
      where: { id: pairingId },
      select: { mentee: { select: { mentee: { select: { under18: true } } } } },
    });
    return Boolean(r?.mentee.mentee?.under18);
  }

  async upcoming(pairingId: string, now: Date) {
    const r = await this.prisma.plannedMeeting.findFirst({
      where: { pairingId, status: "planned", startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
    });
    return r ? toMeeting(r) : null;
  }

  async get(id: string) {
    const r = await this.prisma.plannedMeeting.findUnique({ where: { id }, include: withPair });
    return r ? ((await this.full([r]))[0] ?? null) : null;
  }

  async cancel(id: string, at: Date, audit: AuditEntry[]) {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.plannedMeeting.updateMany({
        where: { id, status: "planned" },
        // a cancellation is a change of the event: calendars take it only with a higher SEQUENCE
        data: { status: "cancelled", updatedAt: at, sequence: { increment: 1 } },
      });
      if (count > 0) await writeAudit(tx, audit);
      return count > 0;
    });
  }

  async answer(row: MeetingAnswerRow) {
    const key = { meetingId: row.meetingId, memberId: row.memberId, kind: row.kind };
    if (row.kind === "rsvp" || row.kind === "note") {
      await this.prisma.meetingAnswer.upsert({
        where: { meetingId_memberId_kind: key },
        create: row,
        update: { answer: row.answer, sequence: row.sequence, at: row.at },
      });
      return true;
    }
    try {
      await this.prisma.meetingAnswer.create({ data: row });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  async lastEndedOf(pairingIds: string[], now: Date) {
    // ended: started before now (its length is at most 4 hours, so a day back is plenty to check)
    const rows = await this.prisma.plannedMeeting.findMany({
      where: { pairingId: { in: pairingIds }, status: "planned", startsAt: { lt: now } },
      orderBy: { startsAt: "desc" },
      take: 5,
    });
    const ended = rows.find((r) => r.startsAt.getTime() + r.minutes * 60_000 <= now.getTime());
    return ended ? toMeeting(ended) : null;
  }

  async startingBetween(from: Date, to: Date) {
    const rows = await this.prisma.plannedMeeting.findMany({
      where: { status: "planned", startsAt: { gte: from, lt: to }, pairing: { status: "active" } },
      include: withPair,
      orderBy: { startsAt: "asc" },
    });
    return this.full(rows);
  }
}
