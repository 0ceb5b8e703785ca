// Opens the database named by DATABASE_URL, applying pending migrations first:
// file:PATH -> embedded SQLite (better-sqlite3); postgresql://... -> PostgreSQL (pg).
// The models are the same (prisma/postgresql/schema.prisma is generated from prisma/schema.prisma).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import type { Logger } from "../log.ts";
import { projectPath } from "../paths.ts";
import { migrateSqlite, restrictModes, sqlitePath } from "./migrate.ts";

export const MIGRATIONS_DIR = projectPath("prisma", "migrations");
export const PG_MIGRATIONS_DIR = projectPath("prisma", "postgresql", "migrations");

export interface Database {
  prisma: PrismaClient;
  provider: "sqlite" | "postgresql";
  close(): Promise<void>;
}

export interface OpenOptions {
  /** called for every SQL statement (the benchmark counts queries with it) */
  onQuery?: (sql: string) => void;
  /** PostgreSQL connections in the pool (default 10) */
  poolSize?: number;
}

function listen(prisma: unknown, onQuery: ((sql: string) => void) | undefined) {
  if (onQuery)
    (prisma as { $on(e: "query", f: (ev: { query: string }) => void): void }).$on("query", (ev) =>
      onQuery(ev.query),
    );
}

const queryLog = (opts: OpenOptions): object =>
  opts.onQuery ? { log: [{ level: "query", emit: "event" }] } : {};

export async function openDatabase(url: string, log: Logger, opts: OpenOptions = {}): Promise<Database> {
  if (url.startsWith("postgres")) return openPostgres(url, log, opts);
  migrateSqlite(url, MIGRATIONS_DIR, log);
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }),
    ...queryLog(opts),
  } as never);
  listen(prisma, opts.onQuery);
  await prisma.$connect();
  // One connection per process: WAL lets readers run beside a writer; foreign keys are off by default in SQLite.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  // the WAL and shared-memory files exist now: theirs too (the process umask covers new ones)
  if (!url.includes(":memory:")) restrictModes(sqlitePath(url));
  return { prisma, provider: "sqlite", close: () => prisma.$disconnect() };
}

async function openPostgres(url: string, log: Logger, opts: OpenOptions): Promise<Database> {
  // Loaded only for PostgreSQL: the embedded default never pays for them.
  const [{ default: pg }, { PrismaPg }, { migratePostgres, parsePgUrl }, generated] = await Promise.all([
    import("pg"),
    import("@prisma/adapter-pg"),
    import("./migrate-postgres.ts"),
    import("../../node_modules/.prisma/client-postgresql/index.js"),
  ]);
  const target = parsePgUrl(url);
  await migratePostgres(target, PG_MIGRATIONS_DIR, log);
  const schema = target.schema?.replace(/"/g, "");
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: opts.poolSize ?? 10,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  const PgClient = (generated as unknown as { PrismaClient: typeof PrismaClient }).PrismaClient;
  // Both generated clients have the same models and methods; the repositories are typed once.
  const prisma = new PgClient({
    adapter: new PrismaPg(pool, schema ? { schema } : undefined),
    ...queryLog(opts),
  } as never);
  listen(prisma, opts.onQuery);
  await prisma.$connect();
  return {
    prisma,
    provider: "postgresql",
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
