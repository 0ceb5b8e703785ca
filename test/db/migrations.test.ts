// Migrations on the database this run uses: from empty, and an upgrade from the previous release.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "../../scripts/postgres-schema.ts";
import { MIGRATIONS_DIR, openDatabase, PG_MIGRATIONS_DIR } from "../../src/db/database.ts";
import { migrateSqlite } from "../../src/db/migrate.ts";
import { migratePostgres, parsePgUrl } from "../../src/db/migrate-postgres.ts";
import { silentLogger } from "../../src/log.ts";
import { REPO_ROOT, TEST_DATABASE, tempDbUrl } from "../helpers/harness.ts";

const dir = TEST_DATABASE === "postgresql" ? PG_MIGRATIONS_DIR : MIGRATIONS_DIR;
const names = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function applyFrom(url: string, migrationsDir: string): Promise<string[]> {
  if (url.startsWith("file:")) return migrateSqlite(url, migrationsDir, silentLogger);
  return migratePostgres(parsePgUrl(url), migrationsDir, silentLogger);
}

describe(`migrations on ${TEST_DATABASE}`, () => {
  it("the bot runs on the database the suite was asked for", async () => {
    const db = await openDatabase(tempDbUrl(), silentLogger);
    expect(db.provider).toBe(TEST_DATABASE);
    await db.close();
  });

  it("SQLite and PostgreSQL have the same migrations, and the PostgreSQL schema is generated from the SQLite one", () => {
    const pg = readdirSync(PG_MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const lite = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(pg).toEqual(lite);
    const generated = postgresSchema(readFileSync(join(REPO_ROOT, "prisma/schema.prisma"), "utf8"));
    expect(readFileSync(join(REPO_ROOT, "prisma/postgresql/schema.prisma"), "utf8")).toBe(generated);
  });

  it("apply to an empty database, once", async () => {
    const url = tempDbUrl();
    expect(await applyFrom(url, dir)).toEqual(names);
    expect(await applyFrom(url, dir)).toEqual([]);
  });

  it("upgrade a database of the previous release, keeping its data", async () => {
    const previous = mkdtempSync(join(tmpdir(), "migrations-"));
    for (const n of names.slice(0, -1)) cpSync(join(dir, n), join(previous, n), { recursive: true });
    const url = tempDbUrl();
    await applyFrom(url, previous);
    const before = await openDatabase(url, silentLogger); // applies the newest migration: the upgrade
    rmSync(previous, { recursive: true });
    const m = await before.prisma.member.create({
      data: { platform: "slack", platformUserId: "U1", kind: "mentor", name: "Kept" },
    });
    await before.close();
    const after = await openDatabase(url, silentLogger);
    expect(await after.prisma.member.findUnique({ where: { id: m.id } })).toMatchObject({ name: "Kept" });
    expect(await after.prisma.counter.count()).toBe(0); // the newest migration's table exists
    const applied = await after.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(applied.map((r) => r.migration_name)).toEqual(names);
    await after.close();
  });

  it("a 'redefine table' migration (as prisma migrate diff writes them for SQLite) keeps every child row", async () => {
    // always on an SQLite file (the runner fixed here is SQLite's), whichever database the run uses:
    // a member with a profile, a guardian and an acceptance (children that cascade on delete)
    const url = `file:${join(mkdtempSync(join(tmpdir(), "redefine-")), "m.db")}`;
    const db = await openDatabase(url, silentLogger);
    const m = await db.prisma.member.create({
      data: { platform: "slack", platformUserId: "U1", kind: "mentee", name: "Kept" },
    });
    await db.prisma.menteeProfile.create({
      data: {
        memberId: m.id,
        stage: "college",
        school: "UAA",
        region: "anchorage",
        gradYear: 2028,
        interests: "mcat",
        under18: true,
      },
    });
    await db.prisma.guardian.create({ data: { memberId: m.id, name: "Pat", relationship: "Mother" } });
    await db.prisma.agreementAcceptance.create({
      data: { memberId: m.id, version: "v1", textSha256: "x", platform: "slack" },
    });
    await db.close();
    // the next migration redefines "Member" the way Prisma does: copy, drop, rename
    const next = mkdtempSync(join(tmpdir(), "migrations-"));
    const sqliteNames = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d/.test(n));
    for (const n of sqliteNames) cpSync(join(MIGRATIONS_DIR, n), join(next, n), { recursive: true });
    const cols = `"id", "platform", "platformUserId", "kind", "name", "createdAt", "updatedAt", "erasedAt", "forgetRequestedAt"`;
    const redefine = `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Member" (
    "id" TEXT NOT NULL PRIMARY KEY, "platform" TEXT NOT NULL, "platformUserId" TEXT NOT NULL, "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL, "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" DATETIME NOT NULL,
    "erasedAt" DATETIME, "forgetRequestedAt" DATETIME, "pronouns" TEXT
);
INSERT INTO "new_Member" (${cols}) SELECT ${cols} FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_platform_platformUserId_key" ON "Member"("platform", "platformUserId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`;
    mkdirSync(join(next, "29991231000000_redefine_member"));
    writeFileSync(join(next, "29991231000000_redefine_member", "migration.sql"), redefine);
    expect(migrateSqlite(url, next, silentLogger)).toEqual(["29991231000000_redefine_member"]);
    rmSync(next, { recursive: true });
    const after = await openDatabase(url, silentLogger);
    expect(await after.prisma.member.count()).toBe(1);
    expect(await after.prisma.menteeProfile.count()).toBe(1);
    expect(await after.prisma.guardian.count()).toBe(1);
    expect(await after.prisma.agreementAcceptance.count()).toBe(1);
    await after.close();
  });

  it("a student's second open pairing is refused by the database itself", async () => {
    const db = await openDatabase(tempDbUrl(), silentLogger);
    const [mentor, mentee] = await Promise.all(
      ["mentor", "mentee"].map((kind, i) =>
        db.prisma.member.create({ data: { platform: "slack", platformUserId: `U${i}`, kind, name: kind } }),
      ),
    );
    const pairing = {
      platform: "slack",
      mentorId: mentor!.id,
      menteeId: mentee!.id,
      status: "active",
      startedOn: "2026-11-01",
      createdBy: "t",
    };
    await db.prisma.pairing.create({ data: pairing });
    await expect(db.prisma.pairing.create({ data: { ...pairing, status: "opening" } })).rejects.toThrow(
      /Unique constraint/i,
    );
    await db.prisma.pairing.create({ data: { ...pairing, status: "ended" } });
    await db.close();
  });
});
