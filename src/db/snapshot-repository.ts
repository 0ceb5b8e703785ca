// The program as the report and the scheduled jobs see it, in four queries whatever the number of
// pairs: pairings; members with their profiles and latest acceptance (one joined query); minutes
// per pair per month; pauses. The SQL is plain enough for both SQLite and PostgreSQL.
import { Prisma, type PrismaClient } from "@prisma/client";
import type { Goal } from "../domain/goals/types.ts";
import type { PauseRow } from "../domain/hours/pauses.ts";
import type { MonthTotal } from "../domain/hours/totals.ts";
import type { FeedbackRow } from "../domain/meetings/feedback.ts";
import type { Member, MemberKind, PlatformName } from "../domain/members.ts";
import type { PairingWithMembers } from "../domain/pairing/types.ts";
import type { PairActivity } from "../domain/report/pair.ts";
import type { Day } from "../domain/time.ts";
import { toPairing } from "./pairing-repository.ts";

export interface Snapshot {
  pairings: PairingWithMembers[];
  members: Member[];
  totals: MonthTotal[];
  pauses: PauseRow[];
  /** the pairs' goals */
  goals: Goal[];
  /** ratings and private notes about meetings of the season (coordinators only) */
  feedback: FeedbackRow[];
}

type Raw = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);
const bool = (v: unknown) => v === true || Number(v) === 1;
const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/**
 * A pair's time in a month: per member and day, the member's total; per day, the larger of the two
 * members' totals (a meeting both logged counts once); per month, the sum. The same rule as
 * domain/hours/totals.ts, in SQL so 100,000 logs come back as one row per pair and month.
 */
export const monthTotalsSql = (from: Day, to: Day, pairingIds?: string[]) => Prisma.sql`
  SELECT "pairingId", substr("meetingOn", 1, 7) AS "month", SUM("dayMinutes") AS "minutes", MAX("meetingOn") AS "lastDay"
  FROM (
    SELECT "pairingId", "meetingOn", MAX("memberMinutes") AS "dayMinutes"
    FROM (
      SELECT "pairingId", "meetingOn", "memberId", SUM("minutes") AS "memberMinutes"
      FROM "MeetingLog"
      WHERE "deletedAt" IS NULL AND "meetingOn" >= ${from} AND "meetingOn" <= ${to}
        ${pairingIds ? Prisma.sql`AND "pairingId" IN (${Prisma.join(pairingIds)})` : Prisma.empty}
      GROUP BY "pairingId", "meetingOn", "memberId"
    ) per_member
    GROUP BY "pairingId", "meetingOn"
  ) per_day
  GROUP BY "pairingId", substr("meetingOn", 1, 7)`;

const MEMBERS = `
  SELECT m."id", m."platform", m."platformUserId", m."kind", m."name", m."createdAt", m."updatedAt", m."erasedAt",
         mp."role", mp."specialty", mp."region" AS "mentorRegion", mp."accepts", mp."capacity", mp."contact",
         me."stage", me."school", me."region" AS "menteeRegion", me."gradYear", me."interests", me."under18",
         (SELECT a."textSha256" FROM "AgreementAcceptance" a WHERE a."memberId" = m."id" ORDER BY a."acceptedAt" DESC LIMIT 1) AS "acceptedSha",
         (SELECT a."version" FROM "AgreementAcceptance" a WHERE a."memberId" = m."id" ORDER BY a."acceptedAt" DESC LIMIT 1) AS "acceptedVersion"
  FROM "Member" m
  LEFT JOIN "MentorProfile" mp ON mp."memberId" = m."id"
  LEFT JOIN "MenteeProfile" me ON me."memberId" = m."id"`;

function toReportMember(r: Raw): Member {
  const kind = str(r.kind) as MemberKind;
  const name = str(r.name);
  return {
    id: str(r.id),
    platform: str(r.platform) as PlatformName,
    platformUserId: str(r.platformUserId),
    kind,
    name,
    createdAt: new Date(r.createdAt as string),
    updatedAt: new Date(r.updatedAt as string),
    mentor:
      kind === "mentor" && r.role !== null
        ? {
            name,
            role: str(r.role),
            specialty: str(r.specialty),
            region: str(r.mentorRegion),
            accepts: str(r.accepts),
            capacity: num(r.capacity),
            contact: str(r.contact),
          }
        : null,
    mentee:
      kind === "mentee" && r.stage !== null
        ? {
            name,
            stage: str(r.stage),
            school: str(r.school),
            region: str(r.menteeRegion),
            gradYear: num(r.gradYear),
            interests: str(r.interests).split(",").filter(Boolean),
            under18: bool(r.under18),
            turns18: null,
            // the report never shows a guardian's contact
            guardian: null,
          }
        : null,
    ...(r.erasedAt ? { erased: true } : {}),
    acceptance: r.acceptedSha
      ? {
          version: str(r.acceptedVersion),
          textSha256: str(r.acceptedSha),
          platform: str(r.platform),
          acceptedAt: new Date(0),
        }
      : null,
  };
}

const toGoal = (
  g: { status: string; progress: string | null } & Omit<Goal, "status" | "progress">,
): Goal => ({
  ...g,
  status: g.status === "done" ? "done" : "open",
  progress: g.progress === "on_track" || g.progress === "stuck" ? g.progress : null,
});

export const toMonthTotal = (t: Raw): MonthTotal => ({
  pairingId: str(t.pairingId),
  month: str(t.month),
  minutes: num(t.minutes),
  lastDay: str(t.lastDay),
});

export class SnapshotRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Pairings that started by `monthEnd` and were open at some point since `seasonStart`, and everything about them. */
  async load(seasonStart: Day, monthEnd: Day, today: Day): Promise<Snapshot> {
    const [pairingRows, memberRows, totalRows, pauses] = await Promise.all([
      this.prisma.pairing.findMany({
        where: {
          startedOn: { lte: monthEnd },
          OR: [{ status: { not: "ended" } }, { endedAt: { gte: new Date(`${seasonStart}T00:00:00Z`) } }],
        },
        orderBy: { createdAt: "asc" },
      }),
      this.prisma.$queryRawUnsafe<Raw[]>(MEMBERS),
      this.prisma.$queryRaw<Raw[]>(monthTotalsSql(seasonStart, monthEnd)),
      this.prisma.pause.findMany({
        where: { startsOn: { lte: today > monthEnd ? today : monthEnd }, until: { gt: seasonStart } },
        select: { pairingId: true, startsOn: true, until: true },
      }),
    ]);
    const members = memberRows.map(toReportMember);
    const byId = new Map(members.map((m) => [m.id, m]));
    const pairings = pairingRows.flatMap((r) => {
      const mentor = byId.get(r.mentorId);
      const mentee = byId.get(r.menteeId);
      return mentor && mentee ? [{ ...toPairing(r), mentor, mentee }] : [];
    });
    const totals = totalRows.map(toMonthTotal);
    const ids = pairings.map((p) => p.id);
    const [goalRows, answerRows] = await Promise.all([
      this.prisma.goal.findMany({
        where: { pairingId: { in: ids } },
        orderBy: [{ pairingId: "asc" }, { position: "asc" }],
      }),
      this.prisma.meetingAnswer.findMany({
        where: {
          kind: { in: ["rating", "note"] },
          meeting: { pairingId: { in: ids }, startsAt: { gte: new Date(`${seasonStart}T00:00:00Z`) } },
        },
        include: { meeting: { select: { pairingId: true, startsAt: true } } },
      }),
    ]);
    const goals = goalRows.map(toGoal);
    const feedback: FeedbackRow[] = answerRows
      .map((a) => ({
        pairingId: a.meeting.pairingId,
        meetingAt: a.meeting.startsAt,
        memberId: a.memberId,
        kind: a.kind === "note" ? ("note" as const) : ("rating" as const),
        value: a.answer,
      }))
      .sort((a, b) => a.meetingAt.getTime() - b.meetingAt.getTime());
    return { pairings, members, totals, pauses, goals, feedback };
  }

  /** A pair's entries, planned meetings and goals since a day (the dashboard's pair page): three queries. */
  async pairActivity(pairingId: string, since: Day): Promise<PairActivity | null> {
    const pairing = await this.prisma.pairing.findUnique({
      where: { id: pairingId },
      select: { mentorId: true },
    });
    if (!pairing) return null;
    const by = (memberId: string) =>
      (memberId === pairing.mentorId ? "mentor" : "student") as "mentor" | "student";
    const [logs, meetings, goals] = await Promise.all([
      this.prisma.meetingLog.findMany({
        where: { pairingId, deletedAt: null, meetingOn: { gte: since } },
        select: { meetingOn: true, minutes: true, memberId: true },
        orderBy: [{ meetingOn: "desc" }, { createdAt: "desc" }],
      }),
      this.prisma.plannedMeeting.findMany({
        where: { pairingId, startsAt: { gte: new Date(`${since}T00:00:00Z`) } },
        include: { answers: { where: { kind: "met" }, orderBy: { at: "asc" } } },
        orderBy: { startsAt: "desc" },
      }),
      this.prisma.goal.findMany({ where: { pairingId }, orderBy: { position: "asc" } }),
    ]);
    return {
      entries: logs.map((l) => ({ day: l.meetingOn, minutes: l.minutes, by: by(l.memberId) })),
      meetings: meetings.map((m) => {
        const latest = new Map(m.answers.map((a) => [a.memberId, a.answer]));
        return {
          startsAt: m.startsAt,
          minutes: m.minutes,
          place: m.place,
          status: m.status,
          met: [...latest].map(([memberId, answer]) => ({ by: by(memberId), answer })),
        };
      }),
      goals: goals.map(toGoal),
    };
  }
}
