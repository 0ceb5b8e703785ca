// Migrations on the database this run uses: from empty, and an upgrade from the previous release.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
