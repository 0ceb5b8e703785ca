// Members and pairs written straight to the database, for tests about scale and schedules.
import type { PrismaClient } from "@prisma/client";
import { sha256 } from "../../src/domain/agreement.ts";

export interface SeededPair {
  pairingId: string;
  mentorUserId: string;
  menteeUserId: string;
  spaceId: string;
}

/** `n` active pairs on a platform, made on `startedOn`, each with a space; user ids are `${prefix}M${i}` / `${prefix}S${i}`. */
export async function seedPairs(
  prisma: PrismaClient,
  n: number,
  opts: { platform?: string; prefix?: string; startedOn?: string; agreementText?: string } = {},
): Promise<SeededPair[]> {
  const platform = opts.platform ?? "slack";
  const prefix = opts.prefix ?? "U";
  const startedOn = opts.startedOn ?? "2026-10-01";
  const hash = sha256(opts.agreementText ?? "v1");
  const out: SeededPair[] = [];
  const batch = 200;
  for (let start = 0; start < n; start += batch) {
    const size = Math.min(batch, n - start);
    await prisma.$transaction(async (tx) => {
      for (let i = start; i < start + size; i++) {
        const mentorUserId = `${prefix}M${i}`;
        const menteeUserId = `${prefix}S${i}`;
        const mentor = await tx.member.create({
          data: {
            platform,
            platformUserId: mentorUserId,
            kind: "mentor",
            name: `Mentor ${i}`,
            mentor: {
              create: {
                role: "attending",
                specialty: "Family medicine",
                region: "anchorage",
                accepts: "either",
                capacity: 2,
                contact: "dm",
              },
            },
            acceptances: { create: { version: "v1", textSha256: hash, platform } },
          },
        });
        const mentee = await tx.member.create({
          data: {
            platform,
            platformUserId: menteeUserId,
            kind: "mentee",
            name: `Student ${i}`,
            mentee: {
              create: {
                stage: i % 2 ? "college" : "high_school",
                school: "School",
                region: i % 3 ? "anchorage" : "ykdelta",
                gradYear: 2028,
                interests: "mcat",
                under18: false,
              },
            },
            acceptances: { create: { version: "v1", textSha256: hash, platform } },
          },
        });
        const spaceId = `${prefix}G${i}`;
        const p = await tx.pairing.create({
          data: {
            platform,
            mentorId: mentor.id,
            menteeId: mentee.id,
            status: "active",
            startedOn,
            createdBy: "seed",
            spaceId,
            spaceName: `pair-${i}`,
            steps: "{}",
          },
        });
        out.push({ pairingId: p.id, mentorUserId, menteeUserId, spaceId });
      }
    });
  }
  return out;
}
