// Guardians' contacts are removed once the program no longer needs them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { PrivacyRepository } from "../../src/db/privacy-repository.ts";
import { silentLogger } from "../../src/log.ts";
import { tempDbUrl } from "../helpers/harness.ts";

const NOW = new Date("2026-11-10T20:00:00Z");

describe("guardian contacts after their retention period", () => {
  let db: Database;
  let mentorId: string;
  beforeEach(async () => {
    db = await openDatabase(tempDbUrl(), silentLogger);
    mentorId = (
      await db.prisma.member.create({
        data: { platform: "slack", platformUserId: "UMENTOR", kind: "mentor", name: "M" },
      })
    ).id;
  });
  afterEach(async () => {
    await db.close();
  });

  async function student(label: string, turns18: string, pairing?: { status: string; endedAt?: string }) {
    const m = await db.prisma.member.create({
      data: {
        platform: "slack",
        platformUserId: `U${label}`,
        kind: "mentee",
        name: label,
        mentee: {
          create: {
            stage: "high_school",
            school: "S",
            gradYear: 2028,
            interests: "mcat",
            under18: true,
            turns18,
            guardianConsent: true,
          },
        },
        guardian: {
          create: { name: `Guardian of ${label}`, relationship: "Mother", email: `${label}@example.org` },
        },
      },
    });
    if (pairing)
      await db.prisma.pairing.create({
        data: {
          platform: "slack",
          mentorId,
          menteeId: m.id,
          status: pairing.status,
          startedOn: "2026-09-01",
          createdBy: "c",
          ...(pairing.endedAt ? { endedAt: new Date(pairing.endedAt) } : {}),
        },
      });
    return m.id;
  }

  const left = async () =>
    (await db.prisma.guardian.findMany({ include: { member: true } })).map((g) => g.member.name).sort();

  it("removes them once a student turned 18, or their pairing ended, more than the retention period ago", async () => {
    await student("turned18long", "2026-09"); // 18 in September: from October 1 + 30 days
    await student("turned18recently", "2026-10");
    await student("stillminor", "2028-05");
    await student("endedlong", "2028-05", { status: "ended", endedAt: "2026-10-01T00:00:00Z" });
    await student("endedrecently", "2028-05", { status: "ended", endedAt: "2026-11-01T00:00:00Z" });
    await student("active", "2028-05", { status: "active" });
    const r = await new PrivacyRepository(db.prisma).purge(NOW, 30);
    expect(r.guardians).toBe(2);
    expect(await left()).toEqual(["active", "endedrecently", "stillminor", "turned18recently"]);
    const adult = await db.prisma.menteeProfile.findFirstOrThrow({
      where: { member: { name: "turned18long" } },
    });
    expect(adult).toMatchObject({ under18: false, guardianConsent: false });
    expect(await db.prisma.auditEvent.count({ where: { action: "guardian.removed" } })).toBe(2);
  });

  it("the retention period is a setting: 0 days removes them as soon as they are not needed", async () => {
    await student("endedrecently", "2028-05", { status: "ended", endedAt: "2026-11-01T00:00:00Z" });
    await student("active", "2028-05", { status: "active" });
    await new PrivacyRepository(db.prisma).purge(NOW, 0);
    expect(await left()).toEqual(["active"]);
  });
});
