// npm run build: compiles the bot's TypeScript into dist/ with esbuild, one bundle per entry point
// and one chunk per lazily loaded part (Slack, Discord, the chart), libraries left in node_modules.
// Plain JavaScript, so it runs before anything is compiled. `npm start` calls it when the sources
// changed since the last build (about a second); otherwise it does nothing.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".sources");
const SOURCES = ["src", "commands", "scheduled"];
/** the bot, and the Slack front's worker thread (started from its own file) */
const ENTRY_POINTS = { main: "src/main.ts", "front-worker": "src/platforms/slack/front-worker.ts" };

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|mts|mjs|json)$/.test(name)) out.push(p);
  }
  return out;
}

/** A hash of every source file and the lockfile: the build is current when the stamp matches. */
function sourcesHash() {
  const h = createHash("sha256");
  for (const f of [...SOURCES.flatMap((d) => filesUnder(join(ROOT, d))), join(ROOT, "package-lock.json")]) {
    h.update(f.slice(ROOT.length));
    h.update(readFileSync(f));
  }
  return h.digest("hex");
}

/**
 * Prisma's generated clients live in node_modules/.prisma and are imported by path, which
 * `packages: "external"` does not cover; bundled, they break (they require() their runtime). They
 * stay outside, imported from dist/ by the path that reaches them from there.
 */
const generatedClientsStayOutside = {
  name: "generated-clients-stay-outside",
  setup(b) {
    b.onResolve({ filter: /node_modules\/\.prisma\// }, (args) => ({
      path: `../node_modules/.prisma/${args.path.split("node_modules/.prisma/")[1]}`,
      external: true,
    }));
  },
};

export function isCurrent() {
  return existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourcesHash();
}

export async function build({ quiet = false } = {}) {
  const { build: esbuild } = await import("esbuild");
  const hash = sourcesHash();
  // Built beside dist/ and swapped in whole, so a bot starting meanwhile never loads half a build.
  const next = `${DIST}.next-${process.pid}`;
  await esbuild({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: next,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    plugins: [generatedClientsStayOutside],
    sourcemap: true,
    logLevel: "warning",
  });
  writeFileSync(join(next, ".sources"), hash);
  const old = `${DIST}.old-${process.pid}`;
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(next, DIST);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) process.stderr.write("built dist/ from the TypeScript sources\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
