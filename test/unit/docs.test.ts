// The README is for the people who run the program: short, and every link in it and in docs/ leads
// somewhere that exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { REPO_ROOT } from "../helpers/harness.ts";

const pages = [
  "README.md",
  ...readdirSync(join(REPO_ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const read = (p: string) => readFileSync(join(REPO_ROOT, p), "utf8");

describe("the README and docs/", () => {
  it("the README stays short enough to follow from top to bottom", () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(150);
  });

  it("every relative link leads to a file that exists", () => {
    for (const page of pages)
      for (const [, target] of read(page).matchAll(/\]\((?!https?:|mailto:|#)([^)#]+)(#[^)]*)?\)/g))
        expect(existsSync(join(REPO_ROOT, dirname(page), target as string)), `${page} → ${target}`).toBe(
          true,
        );
  });

  it("the README names every command, and the quick start is the two commands CI runs", () => {
    const readme = read("README.md");
    for (const c of commands) expect(readme).toContain(`/${c.name}`);
    expect(readme).toContain("npm ci && npm start");
    expect(read(".ci/run")).toMatch(/npm ci --no-audit --no-fund/);
  });
});
