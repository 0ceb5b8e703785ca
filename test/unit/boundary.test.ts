// The domain stays platform-free: no Slack, Discord, Prisma, OpenAI or database driver imports,
// and nothing from the adapters or the data layer.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/harness.ts";

const FORBIDDEN = [
  /^@slack\//,
  /^discord\.js$/,
  /^@discordjs\//,
  /^@prisma\//,
  /^prisma/,
  /^openai$/,
  /^better-sqlite3$/,
  /^pg$/,
  /\/db\//,
  /\/platforms\//,
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function importsOf(source: string): string[] {
  return [
    ...source.matchAll(
      /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

describe("architecture boundary", () => {
  const domain = tsFiles(join(REPO_ROOT, "src/domain"));

  it("finds the domain files", () => {
    expect(domain.length).toBeGreaterThan(5);
  });

  it("no domain file imports a platform library, Prisma, openai, or the adapters", () => {
    const offenders = domain.flatMap((f) =>
      importsOf(readFileSync(f, "utf8"))
        .filter((spec) => FORBIDDEN.some((re) => re.test(spec)))
        .map((spec) => `${relative(REPO_ROOT, f)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the check recognises a forbidden import when there is one", () => {
    const sample = `import { App } from "@slack/bolt";\nimport type { X } from '../db/member-repository.ts';\nconst o = await import("openai");`;
    expect(importsOf(sample).filter((s) => FORBIDDEN.some((re) => re.test(s)))).toEqual([
      "@slack/bolt",
      "../db/member-repository.ts",
      "openai",
    ]);
  });

  it("only src/db imports Prisma", () => {
    const all = [...tsFiles(join(REPO_ROOT, "src")), ...tsFiles(join(REPO_ROOT, "commands"))];
    const offenders = all
      .filter((f) => !f.includes(`${join("src", "db")}`))
      .filter((f) => importsOf(readFileSync(f, "utf8")).some((s) => /^@prisma\//.test(s)))
      .map((f) => relative(REPO_ROOT, f));
    expect(offenders).toEqual([]);
  });
});
