// `npm start` as production runs it: plain Node on the compiled dist/, built only when the sources
// changed, with Slack, Discord, the chart, the model and e-mail loaded only when used.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { build, isCurrent } from "../../scripts/build.mjs";
import { startProcess } from "../helpers/child.ts";
import { PG_TEST_SCHEMA_PREFIX, PG_TEST_URL, REPO_ROOT, tempDbUrl, waitFor } from "../helpers/harness.ts";
import { SlackEmulator } from "../helpers/slack-emulator.ts";
import { commandBody, postSigned } from "../helpers/slack-requests.ts";

const DIST = join(REPO_ROOT, "dist");

/** The packages dist/main.js loads at start: its static imports and theirs, not `import()`. */
function loadedAtStart(): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), "utf8");
    for (const [, spec] of code.matchAll(/^\s*import\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["'];?/gm)) {
      if ((spec as string).startsWith("./")) visit((spec as string).slice(2));
      else packages.add(spec as string);
    }
  };
  visit("main.js");
  return packages;
}

describe("npm start (production)", () => {
  beforeAll(async () => {
    if (!isCurrent()) await build({ quiet: true });
  });

  it("runs the compiled bot with plain Node, and builds only when the sources changed", async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.start).toMatch(/^node .*scripts\/start\.mjs$/);
    expect(pkg.scripts.start).not.toMatch(/tsx/);
    const DATABASE_URL = tempDbUrl();
    const first = startProcess({ DATABASE_URL }, "scripts/start.mjs");
    await first.waitForOutput(/ready/);
    first.write("/help");
    await first.waitForOutput(/\/log-hours/);
    first.proc.stdin.end();
    expect(await first.exited).toBe(0);

    const second = startProcess({ DATABASE_URL }, "scripts/start.mjs");
    await second.waitForOutput(/ready/);
    second.proc.stdin.end();
    expect(await second.exited).toBe(0);
    expect(second.stderr()).not.toMatch(/built dist/);
  });

  it("the compiled bot runs on PostgreSQL too", async () => {
    const schema = `${PG_TEST_SCHEMA_PREFIX}${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    onTestFinished(async () => {
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    });
    const DATABASE_URL = `${PG_TEST_URL}?schema=${schema}`;
    const p = startProcess({ DATABASE_URL }, "scripts/start.mjs");
    await p.waitForOutput(/ready/);
    p.write("/help");
    await p.waitForOutput(/\/log-hours/);
    p.proc.stdin.end();
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(/"msg":"database migrated"/);
  });

  it("on Slack over HTTP, the compiled front thread checks and acknowledges requests", async () => {
    const emulator = new SlackEmulator();
    await emulator.start();
    onTestFinished(() => emulator.stop());
    const secret = "compiled-front-secret";
    const p = startProcess(
      {
        DATABASE_URL: tempDbUrl(),
        SLACK_BOT_TOKEN: "xoxb-compiled",
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: emulator.apiUrl,
        PORT: "0",
      },
      "scripts/start.mjs",
    );
    onTestFinished(async () => {
      p.proc.kill("SIGTERM");
      await p.exited;
    });
    const port = Number(
      await waitFor(() => /"msg":"ready".*"port":(\d+)/.exec(p.stderr())?.[1], "the bot ready", 20_000),
    );
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const body = commandBody({
      command: "/log-hours",
      text: "help",
      userId: "U1",
      responseUrl: emulator.responseUrl(),
    });
    expect((await postSigned(`${base}/slack/events`, "wrong-secret", body)).status).toBe(401);
    expect((await postSigned(`${base}/slack/events`, secret, body)).status).toBe(200);
    // the main thread ran the command the front handed over, and answered at response_url
    await waitFor(() => emulator.responses.length > 0, "the answer at response_url");
    expect(JSON.stringify(emulator.responses[0])).toMatch(/log-hours/);
    expect(p.stderr()).not.toMatch(/slack front failed/);
  });

  it("loads the platform, chart, model and e-mail libraries only when they are configured or used", () => {
    const atStart = loadedAtStart();
    expect(atStart).toContain("@prisma/client");
    for (const lib of [
      "@slack/bolt",
      "discord.js",
      "chart.js",
      "@napi-rs/canvas",
      "openai",
      "nodemailer",
      "pg",
      "tsx",
      "esbuild",
    ])
      expect(
        [...atStart].some((p) => p === lib || p.startsWith(`${lib}/`)),
        lib,
      ).toBe(false);
  });
});
