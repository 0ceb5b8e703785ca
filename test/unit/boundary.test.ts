// The domain stays platform-free: no Slack, Discord, Prisma, OpenAI or database driver imports,
// and nothing from the adapters or the data layer. The adapters reach the app only through the
// core (src/app/core.ts), never each other; nothing but the composition roots reaches an adapter.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
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

  const ADAPTERS = ["slack", "discord", "console"].map((p) => join(REPO_ROOT, "src/platforms", p));
  const adapterOf = (path: string) => ADAPTERS.find((a) => path.startsWith(`${a}/`));
  /** what a file imports from this repository, as paths from the repository's root */
  const localImports = (file: string) =>
    importsOf(readFileSync(file, "utf8"))
      .filter((s) => s.startsWith("."))
      .map((s) => resolve(dirname(file), s));
  // The registration files describe every command to the platform (Discord's registration, Slack's manifest).
  const REGISTRATION = ["src/platforms/discord/register.ts", "src/platforms/slack/manifest.ts"];
  // Types and a queue, no rules: what the core's answers are made of.
  const APP_FOR_ADAPTERS = ["src/app/core.ts", "src/app/command.ts", "src/app/work-queue.ts"];

  it("an adapter reaches the app only through the core: no service, repository or command handler", () => {
    const offenders = ADAPTERS.flatMap(tsFiles).flatMap((f) =>
      localImports(f)
        .map((target) => relative(REPO_ROOT, target))
        .filter(
          (target) =>
            target.startsWith("src/db/") ||
            (target.startsWith("src/app/") && !APP_FOR_ADAPTERS.includes(target)) ||
            (target.startsWith("commands/") && !REGISTRATION.includes(relative(REPO_ROOT, f))) ||
            target.startsWith("src/jobs/") ||
            target.startsWith("scheduled/"),
        )
        .map((target) => `${relative(REPO_ROOT, f)} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it("no adapter imports another adapter", () => {
    const offenders = ADAPTERS.flatMap(tsFiles).flatMap((f) =>
      localImports(f)
        .filter((target) => adapterOf(target) && adapterOf(target) !== adapterOf(f))
        .map((target) => `${relative(REPO_ROOT, f)} imports ${relative(REPO_ROOT, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it("only the composition roots reach an adapter: commands, jobs and the app see the port", () => {
    // src/platforms/sending.ts is the roots' one choice of sending ports (npm run job uses it)
    const roots = ["src/bot.ts", "src/job.ts", "src/platforms/sending.ts", "scripts/slack-manifest.ts"];
    const files = [
      ...tsFiles(join(REPO_ROOT, "src")),
      ...tsFiles(join(REPO_ROOT, "commands")),
      ...tsFiles(join(REPO_ROOT, "scheduled")),
      ...tsFiles(join(REPO_ROOT, "scripts")),
    ].filter((f) => !adapterOf(f) && !roots.includes(relative(REPO_ROOT, f)));
    const offenders = files.flatMap((f) =>
      localImports(f)
        .filter((target) => adapterOf(target))
        .map((target) => `${relative(REPO_ROOT, f)} imports ${relative(REPO_ROOT, target)}`),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it("the dashboard (src/web) reads through the app's services: no repository, Prisma, chat adapter or command", () => {
    const web = tsFiles(join(REPO_ROOT, "src/web"));
    expect(web.length).toBeGreaterThanOrEqual(4);
    const offenders = web.flatMap((f) => [
      ...importsOf(readFileSync(f, "utf8"))
        .filter((spec) => FORBIDDEN.some((re) => re.test(spec)))
        .map((spec) => `${relative(REPO_ROOT, f)} imports ${spec}`),
      ...localImports(f)
        .map((target) => relative(REPO_ROOT, target))
        .filter(
          (target) =>
            target.startsWith("commands/") ||
            target.startsWith("src/jobs/") ||
            (target.startsWith("src/app/") &&
              !["src/app/dashboard.ts", "src/app/report.ts"].includes(target)),
        )
        .map((target) => `${relative(REPO_ROOT, f)} imports ${target}`),
    ]);
    expect(offenders).toEqual([]);
  });

  it("the adapter checks see an import that breaks them", () => {
    const file = join(REPO_ROOT, "src/platforms/slack/app.ts");
    const target = resolve(dirname(file), "../../db/flow-drafts.ts");
    expect(relative(REPO_ROOT, target)).toBe("src/db/flow-drafts.ts");
    expect(adapterOf(resolve(dirname(file), "../discord/format.ts"))).toBe(ADAPTERS[1]);
    expect(adapterOf(resolve(dirname(file), "../port.ts"))).toBeUndefined();
  });
});
