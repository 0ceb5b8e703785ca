import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { MemberRepository } from "../../src/db/member-repository.ts";
import { parseAgreement } from "../../src/domain/agreement.ts";
import type { SignupWrite } from "../../src/domain/members.ts";
import { silentLogger } from "../../src/log.ts";
import { tempDbUrl } from "../helpers/harness.ts";

const agreement = parseAgreement("v1.md", "# Professionalism Agreement\n\n## Goals\nBe kind.\n");
const mentor = {
  name: "Dr. A",
  role: "resident",
  specialty: "Peds",
  region: "anchorage",
  accepts: "college",
  capacity: 1,
  contact: "DM",
};

function write(patch: Partial<SignupWrite> = {}): SignupWrite {
  return {
    user: { platform: "slack", userId: "U1" },
    kind: "mentor",
    name: "Dr. A",
    mentor,
    accept: agreement,
    audit: [{ actorId: "{member}", action: "mentor.signed_up", subjectId: "{member}" }],
    now: new Date("2026-11-10T20:00:00Z"),
    ...patch,
  };
}

describe("member repository on a real SQLite file", () => {
  let db: Database;
  let repo: MemberRepository;
  beforeEach(async () => {
    db = await openDatabase(tempDbUrl(), silentLogger);
    repo = new MemberRepository(db.prisma);
  });
  afterEach(async () => {
    await db.close();
  });

  it("saves a member, profile, acceptance and audit entry together and reads them back", async () => {
    const m = await repo.saveSignup(write());
    expect(m).toMatchObject({
      kind: "mentor",
      name: "Dr. A",
      mentor,
      acceptance: { version: "v1", textSha256: agreement.sha256, platform: "slack" },
    });
    const audit = await db.prisma.auditEvent.findMany();
    expect(audit).toMatchObject([{ actorId: m.id, subjectId: m.id, action: "mentor.signed_up" }]);
    expect(await repo.findByUser({ platform: "slack", userId: "U1" })).toEqual(m);
    expect(await repo.findByUser({ platform: "discord", userId: "U1" })).toBeNull();
  });

  it("a failure halfway through a signup leaves no half-made member", async () => {
    const poisoned = write({ audit: [{ actorId: "x", action: "a", details: { n: 1n } }] }); // BigInt cannot be serialised
    await expect(repo.saveSignup(poisoned)).rejects.toThrow();
    expect(await db.prisma.member.count()).toBe(0);
    expect(await db.prisma.mentorProfile.count()).toBe(0);
    expect(await db.prisma.agreementAcceptance.count()).toBe(0);
  });

  it("the audit log cannot be edited or deleted", async () => {
    await repo.saveSignup(write());
    const [row] = await db.prisma.auditEvent.findMany();
    // The trigger's RAISE reaches Prisma as a constraint violation (SQLite) or its own message (PostgreSQL).
    await expect(
      db.prisma.auditEvent.update({ where: { id: row!.id }, data: { action: "forged" } }),
    ).rejects.toThrow(/constraint|append-only/i);
    await expect(db.prisma.auditEvent.deleteMany()).rejects.toThrow(/constraint|append-only/i);
    expect(await db.prisma.auditEvent.findMany()).toEqual([row]);
  });

  it("removes the guardian when a student says they are no longer under 18", async () => {
    const mentee = {
      name: "S",
      stage: "high_school",
      school: "X",
      region: "nome",
      gradYear: 2027,
      interests: ["mcat"],
      under18: true,
      turns18: "2028-05",
      guardian: { name: "P", relationship: "Mother", email: "p@example.org", phone: null },
    };
    await repo.saveSignup(write({ kind: "mentee", mentor: undefined, mentee }));
    expect(await db.prisma.guardian.count()).toBe(1);
    await repo.saveSignup(
      write({
        kind: "mentee",
        mentor: undefined,
        mentee: { ...mentee, under18: false, turns18: null, guardian: null },
        accept: undefined,
      }),
    );
    expect(await db.prisma.guardian.count()).toBe(0);
  });

  it("two processes' worth of migrations on one file apply once", async () => {
    const url = tempDbUrl();
    const [a, b] = await Promise.all([openDatabase(url, silentLogger), openDatabase(url, silentLogger)]);
    const rows = await a.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "_prisma_migrations"`,
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    const names = await b.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(new Set(names.map((n) => n.migration_name)).size).toBe(names.length);
    await a.close();
    await b.close();
  });
});
