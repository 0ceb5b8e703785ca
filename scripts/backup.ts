// npm run backup -- [DEST]: an online backup of the SQLite database while the bot keeps running
// (SQLite's backup API, through better-sqlite3). For PostgreSQL, use pg_dump (see docs/operations.md).
import { chmodSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ConfigError, loadConfig } from "../src/config.ts";
import { sqlitePath } from "../src/db/migrate.ts";

export async function backupSqlite(url: string, dest: string): Promise<number> {
  const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    mkdirSync(dirname(resolve(dest)), { recursive: true, mode: 0o700 });
    const r = await db.backup(dest);
    chmodSync(dest, 0o600); // a copy of minors' contact details: its owner only
    return r.totalPages;
  } finally {
    db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const config = loadConfig();
    if (!config.DATABASE_URL.startsWith("file:")) {
      process.stderr.write(
        'DATABASE_URL is PostgreSQL: back it up with pg_dump, for example:\n  pg_dump --format=custom --file=mentors.dump "$DATABASE_URL"\n',
      );
      process.exit(2);
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const dest = process.argv[2] ?? `data/backups/mentors-${stamp}.db`;
    const pages = await backupSqlite(config.DATABASE_URL, dest);
    process.stdout.write(`Backed up ${pages} pages to ${dest}\n`);
  } catch (err) {
    process.stderr.write(
      `Backup failed: ${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
}
