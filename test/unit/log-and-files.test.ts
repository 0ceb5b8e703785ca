// What the logs and the files on disk may hold: the program serves minors.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupSqlite } from "../../scripts/backup.ts";
import { openDatabase } from "../../src/db/database.ts";
import { createLogger, silentLogger } from "../../src/log.ts";
import { logUnhandledRejections } from "../../src/process-guards.ts";

const capture = () => {
  const lines: string[] = [];
  return { log: createLogger("debug", {}, (l) => lines.push(l)), lines };
};

describe("log lines", () => {
  it("redact secrets and contacts at any depth, not only at the top", () => {
    const { log, lines } = capture();
    log.warn("nested", {
      pairing: { guardian: { email: "pat@example.org", phone: "907-555-0100" } },
      list: [{ contact: "maria@example.org" }, { note: "coffee" }],
      deep: { a: { b: { c: { token: "xoxb-1" } } } },
    });
    const line = lines.join("\n");
    for (const secret of ["pat@example.org", "907-555-0100", "maria@example.org", "xoxb-1", "coffee"])
      expect(line).not.toContain(secret);
    expect(line).toMatch(/\[redacted\]/);
  });

  it("mask contacts inside an error's message, as a model server's error text can quote what was asked", () => {
    const { log, lines } = capture();
    const err = Object.assign(
      new Error("400 Bad Request: input 'call my mom at 907-555-0100 or mom@example.org' rejected"),
      {
        status: 400,
      },
    );
    log.error("model failed", { err, detail: { err } });
    expect(lines.join("\n")).not.toMatch(/907-555-0100|mom@example\.org/);
  });

  it("a cycle or a very deep object does not stop the log", () => {
    const { log, lines } = capture();
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(() => log.info("cycle", { a })).not.toThrow();
    expect(lines).toHaveLength(1);
  });
});

describe("the process", () => {
  it("logs a rejected promise nobody awaited (masked) and keeps running", async () => {
    const { log, lines } = capture();
    const off = logUnhandledRejections(log);
    try {
      process.emit("unhandledRejection", new Error("lost: write to pat@example.org"), Promise.resolve());
      expect(lines.join("\n")).toMatch(/unhandled rejection/);
      expect(lines.join("\n")).not.toMatch(/pat@example\.org/);
    } finally {
      off();
    }
  });
});

describe("files on disk", () => {
  it("the SQLite database, its WAL, its folder and a backup are readable by their owner only", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "modes-")), "data");
    const url = `file:${join(dir, "mentors.db")}`;
    const db = await openDatabase(url, silentLogger);
    await db.prisma.counter.create({ data: { key: "k", count: 1, expiresAt: new Date() } });
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "mentors.db"))).toBe(0o600);
    expect(mode(join(dir, "mentors.db-wal"))).toBe(0o600);
    const backup = join(dir, "backups", "b.db");
    await backupSqlite(url, backup);
    expect(mode(backup)).toBe(0o600);
    expect(mode(join(dir, "backups"))).toBe(0o700);
    await db.close();
  });
});
