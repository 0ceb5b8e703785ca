// The database's sum of a pair's time must be the domain's, on any data.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { SnapshotRepository } from "../../src/db/snapshot-repository.ts";
import { monthTotals } from "../../src/domain/hours/totals.ts";
import { silentLogger } from "../../src/log.ts";
import { tempDbUrl } from "../helpers/harness.ts";
import { seedPairs } from "../helpers/seed.ts";

describe("the program snapshot", () => {
  let db: Database;
  beforeEach(async () => {
    db = await openDatabase(tempDbUrl(), silentLogger);
  });
  afterEach(async () => {
    await db.close();
  });

  it("sums a pair's minutes per month in SQL exactly as the domain rule does (shared meetings once)", async () => {
    const pairs = await seedPairs(db.prisma, 12, { startedOn: "2026-10-01" });
    const members = await db.prisma.pairing.findMany({
      select: { id: true, mentorId: true, menteeId: true },
    });
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const rows = Array.from({ length: 600 }, () => {
      const p = members[rand(members.length)] as (typeof members)[number];
      return {
        pairingId: p.id,
        memberId: rand(2) ? p.mentorId : p.menteeId,
        meetingOn: `2026-${rand(2) ? "10" : "11"}-${String(1 + rand(9)).padStart(2, "0")}`,
        minutes: 15 * (1 + rand(8)),
      };
    });
    await db.prisma.meetingLog.createMany({ data: rows });
    // a removed entry counts for nothing
    await db.prisma.meetingLog.create({
      data: { ...(rows[0] as (typeof rows)[number]), minutes: 700, deletedAt: new Date() },
    });
    const snap = await new SnapshotRepository(db.prisma).load("2026-10-01", "2026-11-30", "2026-12-01");
    const key = (t: { pairingId: string; month: string }) => `${t.pairingId}|${t.month}`;
    const sorted = <T extends { pairingId: string; month: string }>(xs: T[]) =>
      [...xs].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(snap.totals)).toEqual(sorted(monthTotals(rows)));
    expect(snap.pairings).toHaveLength(pairs.length);
    expect(snap.pairings[0]?.mentor.mentor?.capacity).toBe(2);
    expect(snap.members.filter((m) => m.acceptance?.version === "v1")).toHaveLength(24);
  });
});
