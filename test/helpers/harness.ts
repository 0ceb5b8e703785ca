// Shared set-up: a throwaway database and content folder, a config built like production's, a fixed clock.
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, loadConfig } from "../../src/config.ts";
import type { Clock } from "../../src/domain/flow.ts";

export const REPO_ROOT = join(import.meta.dirname, "../..");

const made = new Set<string>();
let cleanupHooked = false;

/** A fresh folder under the system's temp folder, removed when this process exits (a run makes hundreds). */
export function tempDir(prefix = "mentorbot-"): string {
  if (!cleanupHooked) process.once("exit", removeTempDirs);
  cleanupHooked = true;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/** The database tests run on: SQLite by default; TEST_DATABASE=postgresql runs them on the local server. */
export const TEST_DATABASE = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
export const PG_TEST_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
export const PG_TEST_SCHEMA_PREFIX = "t_";

/** A fresh, empty database: a SQLite file in a temp folder, or a new schema on PostgreSQL. */
export function tempDbUrl(): string {
  if (TEST_DATABASE === "postgresql")
    return `${PG_TEST_URL}?schema=${PG_TEST_SCHEMA_PREFIX}${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  return `file:${join(tempDir(), "mentors.db")}`;
}

/** A private copy of content/, so a test can publish a new agreement version without touching the repository. */
export function tempContent(): string {
  const dir = join(tempDir("mentorbot-content-"), "content");
  cpSync(join(REPO_ROOT, "content"), dir, { recursive: true });
  return dir;
}

export function publishAgreement(contentDir: string, version: number, extra: string): void {
  const base = `# Professionalism Agreement\n\n## Goals of the mentoring relationship\nUpdated text.\n\n${extra}\n`;
  writeFileSync(join(contentDir, "agreement", `v${version}.md`), base);
}

export function testConfig(env: Record<string, string | undefined> = {}): Config {
  // Scenarios fire commands faster than a person: the throttle has its own test.
  return loadConfig({
    LOG_LEVEL: "silent",
    DATABASE_URL: tempDbUrl(),
    CONTENT_DIR: tempContent(),
    COMMANDS_PER_MINUTE: "10000",
    ...env,
  });
}

export class FixedClock implements Clock {
  constructor(public current: Date = new Date("2026-11-10T20:00:00Z")) {}
  now(): Date {
    return this.current;
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/** Polls until `fn` gives a truthy value; an async `fn` is awaited (its promise is not the answer). */
export async function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
