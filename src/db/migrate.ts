// Applies prisma/migrations at start-up. Recorded in Prisma's own _prisma_migrations table (same
// checksum), so `prisma migrate status` agrees, but without spawning the Prisma CLI: start-up and
// every test database stay fast.
import { createHash, randomUUID } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "../log.ts";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The database folder 0700 and its files 0600, whatever made them (an older version made them 0644). */
export function restrictModes(path: string): void {
  const dir = dirname(resolve(path));
  try {
    if (dirname(dir) !== dir) chmodSync(dir, 0o700);
  } catch {
    // a folder that is not ours (such as /tmp) keeps its mode
  }
  for (const f of [path, `${path}-wal`, `${path}-shm`])
    if (existsSync(f)) {
      try {
        chmodSync(f, 0o600);
      } catch {
        // not ours to change
      }
    }
}

/** Applies pending migrations to a SQLite file, creating it (and its folder) if needed. */
export function migrateSqlite(url: string, migrationsDir: string, log: Logger): string[] {
  const path = sqlitePath(url);
  if (path !== ":memory:") {
    mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
    restrictModes(path);
  }
  const db = new Database(path, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(SQLITE_TABLE);
    const applied: string[] = [];
    // Foreign keys are off while migrations run, and checked before each one commits. Inside a
    // transaction SQLite ignores "PRAGMA foreign_keys=OFF", so the "redefine table" migrations that
    // prisma migrate diff writes (copy, DROP TABLE, rename) would cascade-delete every child row of
    // the table they redefine; better-sqlite3 turns foreign keys on for every connection.
    db.pragma("foreign_keys = OFF");
    for (const m of readMigrations(migrationsDir)) {
      // IMMEDIATE takes the write lock first, so two processes starting together apply each migration once.
      const apply = db.transaction(() => {
        const row = db
          .prepare(
            `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL`,
          )
          .get(m.name) as { checksum: string } | undefined;
        if (row) {
          if (row.checksum !== m.checksum)
            log.warn("migration changed after it was applied", { migration: m.name });
          return false;
        }
        db.exec(m.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0)
          throw new Error(
            `migration ${m.name} leaves ${broken.length} rows whose foreign keys point nowhere`,
          );
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, ?, ?, 1)`,
        ).run(randomUUID(), m.checksum, new Date().toISOString(), m.name);
        return true;
      });
      if (apply.immediate()) applied.push(m.name);
    }
    db.pragma("foreign_keys = ON");
    if (applied.length > 0) log.info("database migrated", { applied });
    return applied;
  } finally {
    db.close();
  }
}
