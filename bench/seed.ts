// A program of N pairs and M meeting logs, written in bulk for the benchmark.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";

export async function seedProgram(
  prisma: PrismaClient,
  pairs: number,
  logs: number,
  agreementSha: string,
): Promise<string[]> {
  const members: Prisma.MemberCreateManyInput[] = [];
  const mentors: Prisma.MentorProfileCreateManyInput[] = [];
  const mentees: Prisma.MenteeProfileCreateManyInput[] = [];
  const acceptances: Prisma.AgreementAcceptanceCreateManyInput[] = [];
  const pairings: (Prisma.PairingCreateManyInput & { id: string })[] = [];
  const regions = ["anchorage", "fairbanks", "juneau", "ykdelta", "nome", "matsu"];
  for (let i = 0; i < pairs; i++) {
    const mentor = randomUUID();
    const mentee = randomUUID();
    members.push(
      {
        id: mentor,
        platform: "slack",
        platformUserId: `UM${i}`,
        kind: "mentor",
        name: `Mentor ${i}`,
        updatedAt: new Date(),
      },
      {
        id: mentee,
        platform: "slack",
        platformUserId: `US${i}`,
        kind: "mentee",
        name: `Student ${i}`,
        updatedAt: new Date(),
      },
    );
    mentors.push({
      memberId: mentor,
      role: "attending",
      specialty: "Family medicine",
      region: regions[i % 6] as string,
      accepts: "either",
      capacity: 2,
      contact: "dm",
    });
    mentees.push({
      memberId: mentee,
      stage: i % 2 ? "college" : "high_school",
      school: "School",
      region: regions[(i * 7) % 6] as string,
      gradYear: 2028,
      interests: "mcat",
      under18: i % 4 === 0,
    });
    acceptances.push(
      { memberId: mentor, version: "v1", textSha256: agreementSha, platform: "slack" },
      { memberId: mentee, version: "v1", textSha256: agreementSha, platform: "slack" },
    );
    pairings.push({
      id: randomUUID(),
      platform: "slack",
      mentorId: mentor,
      menteeId: mentee,
      status: "active",
      startedOn: "2026-10-01",
      createdBy: "bench",
      spaceId: `G${i}`,
      spaceName: `pair-${i}`,
    });
  }
  const chunk = async <T>(rows: T[], write: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await write(rows.slice(i, i + 2000));
  };
  await chunk(members, (b) => prisma.member.createMany({ data: b }));
  await chunk(mentors, (b) => prisma.mentorProfile.createMany({ data: b }));
  await chunk(mentees, (b) => prisma.menteeProfile.createMany({ data: b }));
  await chunk(acceptances, (b) => prisma.agreementAcceptance.createMany({ data: b }));
  await chunk(pairings, (b) => prisma.pairing.createMany({ data: b }));
  const logRows: Prisma.MeetingLogCreateManyInput[] = [];
  const days = ["2026-10", "2026-11"].flatMap((m) =>
    Array.from({ length: 28 }, (_, d) => `${m}-${String(d + 1).padStart(2, "0")}`),
  );
  for (let i = 0; i < logs; i++) {
    const p = pairings[i % pairs] as (typeof pairings)[number];
    logRows.push({
      pairingId: p.id,
      memberId: i % 3 ? p.mentorId : p.menteeId,
      meetingOn: days[(i * 13) % days.length] as string,
      minutes: 30 + (i % 4) * 15,
    });
  }
  await chunk(logRows, (b) => prisma.meetingLog.createMany({ data: b }));
  return pairings.map((p) => p.id);
}
