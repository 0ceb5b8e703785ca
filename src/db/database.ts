// Opens the database named by DATABASE_URL, applying pending migrations first.
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import type { Logger } from "../log.ts";
import { migrateSqlite } from "./migrate.ts";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export interface Database {
  prisma: PrismaClient;
  provider: "sqlite" | "postgresql";
  close(): Promise<void>;
}

export interface OpenOptions {
  /** called for every SQL statement (the benchmark counts queries with it) */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(url: string, log: Logger, opts: OpenOptions = {}): Promise<Database> {
  if (!url.startsWith("file:")) throw new Error("only file: (SQLite) URLs are supported in this build");
  migrateSqlite(url, MIGRATIONS_DIR, log);
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }),
    ...(opts.onQuery ? { log: [{ level: "query" as const, emit: "event" as const }] } : {}),
  });
  if (opts.onQuery) {
    const onQuery = opts.onQuery;
    (prisma as unknown as { $on(e: "query", f: (ev: { query: string }) => void): void }).$on("query", (ev) =>
      onQuery(ev.query),
    );
  }
  await prisma.$connect();
  // One connection per process: WAL lets readers run beside a writer; foreign keys are off by default in SQLite.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return { prisma, provider: "sqlite", close: () => prisma.$disconnect() };
}

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
