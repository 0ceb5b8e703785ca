// Everything the coordinator's report needs, in four queries whatever the number of pairs:
// pairings, members (with profiles), meeting minutes grouped per pair, member and day, and pauses.
import type { PrismaClient } from "@prisma/client";
import type { PauseRow } from "../domain/hours/pauses.ts";
import type { LogRow } from "../domain/hours/totals.ts";
import type { Member } from "../domain/members.ts";
import type { PairingWithMembers } from "../domain/pairing/types.ts";
import type { Day } from "../domain/time.ts";
import { toMember, withProfile } from "./member-repository.ts";
import { toPairing } from "./pairing-repository.ts";

export interface ReportData {
  pairings: PairingWithMembers[];
  members: Member[];
  logs: LogRow[];
  pauses: PauseRow[];
}

export class ReportRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async load(seasonStart: Day, monthEnd: Day, today: Day): Promise<ReportData> {
    const [pairingRows, memberRows, grouped, pauses] = await Promise.all([
      this.prisma.pairing.findMany({
        where: {
          startedOn: { lte: monthEnd },
          OR: [{ status: { not: "ended" } }, { endedAt: { gte: new Date(`${seasonStart}T00:00:00Z`) } }],
        },
        orderBy: { createdAt: "asc" },
      }),
      this.prisma.member.findMany({ where: { erasedAt: null }, include: withProfile }),
      this.prisma.meetingLog.groupBy({
        by: ["pairingId", "memberId", "meetingOn"],
        where: { deletedAt: null, meetingOn: { gte: seasonStart, lte: monthEnd } },
        _sum: { minutes: true },
      }),
      this.prisma.pause.findMany({
        where: { startsOn: { lte: today > monthEnd ? today : monthEnd }, until: { gt: seasonStart } },
        select: { pairingId: true, startsOn: true, until: true },
      }),
    ]);
    const members = memberRows.map(toMember);
    const byId = new Map(members.map((m) => [m.id, m]));
    const pairings = pairingRows.flatMap((r) => {
      const mentor = byId.get(r.mentorId);
      const mentee = byId.get(r.menteeId);
      return mentor && mentee ? [{ ...toPairing(r), mentor, mentee }] : [];
    });
    const logs = grouped.map((g) => ({
      pairingId: g.pairingId,
      memberId: g.memberId,
      meetingOn: g.meetingOn,
      minutes: g._sum.minutes ?? 0,
    }));
    return { pairings, members, logs, pauses };
  }
}
