// Applies prisma/postgresql/migrations with pg itself, recorded in Prisma's _prisma_migrations
// table. Why not `prisma migrate deploy` through @prisma/adapter-pg: its schema engine cannot read
// PostgreSQL's internal `name` type when it describes the database (prisma/orm issue #27403), and
// its shadow database wants the connection as separate fields. Applying plain SQL avoids both.
// An advisory lock makes two instances starting together apply each migration once.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Logger } from "../log.ts";
import { readMigrations } from "./migrate.ts";

const LOCK_KEY = 727_001; // any constant shared by every instance of this bot

export interface PgTarget {
  connectionString: string;
  /** a schema other than public (tests give each test its own) */
  schema?: string;
}

export function parsePgUrl(url: string): PgTarget {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), ...(schema ? { schema } : {}) };
}

export async function migratePostgres(
  target: PgTarget,
  migrationsDir: string,
  log: Logger,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: target.connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    if (target.schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema.replace(/"/g, "")}"`);
      await client.query(`SET search_path TO "${target.schema.replace(/"/g, "")}"`);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    const byName = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of readMigrations(migrationsDir)) {
      const known = byName.get(m.name);
      if (known) {
        if (known !== m.checksum) log.warn("migration changed after it was applied", { migration: m.name });
        continue;
      }
      // PostgreSQL's DDL is transactional: a migration applies whole or not at all.
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
        applied.push(m.name);
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    }
    if (applied.length > 0) log.info("database migrated", { applied });
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
