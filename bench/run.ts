// npm run bench: the performance targets, measured side by side in one run on this machine.
// Prints a Markdown table and writes bench/results/latest.json.
//   1. Slack HTTP acknowledgement latency of /log-hours and /mentor-signup at 50 concurrent signed
//      requests, against a bare Bolt app that only acknowledges (target: p99 <= 1.5x bare, < 100 ms)
//   2. a reminder run over 5,000 pairs: database time and query count (constant; < 2 s), send pacing
//   3. the coordinator report over 5,000 pairs and 100,000 logs (< 1 s, constant queries)
//   4. resident memory of the idle bot, beside the bare Bolt app (Slack HTTP <= 1.5x bare; console
//      < 100 MB)
//   5. answer latency of /log-hours: from the request to the reply reaching Slack's response_url,
//      against the bare Bolt app answering with a fixed respond() (p99 <= 1.5x bare, < 300 ms)
//   6. the dashboard's pages over 600 pairs, request to last byte (< 300 ms each)
// The bot runs as `npm start` runs it: plain Node on the compiled dist/.
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { findJob } from "../scheduled/index.ts";
import { build, isCurrent } from "../scripts/build.mjs";
import { buildServices } from "../src/app/build.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { JobStore } from "../src/db/job-store.ts";
import { parseAgreement } from "../src/domain/agreement.ts";
import { DEFAULT_PACING_MS, loadPlanData } from "../src/jobs/runner.ts";
import { silentLogger } from "../src/log.ts";
import { startProcess } from "../test/helpers/child.ts";
import { tempDbUrl } from "../test/helpers/harness.ts";
import { commandBody, postSigned } from "../test/helpers/slack-requests.ts";
import { DASHBOARD_PAIRS, dashboardPageTimes } from "./dashboard.ts";
import { seedProgram } from "./seed.ts";

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5000);
const LOGS = Number(process.env.BENCH_LOGS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = 50;
/** The Node flags of `npm start` (package.json). */
const START_FLAGS = (JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string)
  .split(" ")
  .filter((a) => a.startsWith("--"));
const SECRET = "bench-secret";
const BOT = "scripts/start.mjs";
const BARE = "bench/bare-bolt.mjs";

/** Slack's response_url, in this process: the arrival time of each reply, by its id. */
async function responseReceiver() {
  const arrived = new Map<string, number>();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      arrived.set(String(req.url).slice("/respond/".length), performance.now());
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/respond/`;
  let n = 0;
  return {
    next: () => {
      const id = `r${++n}`;
      return { id, url: `${base}${id}` };
    },
    /** resolves with the reply's arrival time */
    async arrival(id: string): Promise<number> {
      for (let i = 0; i < 2000; i++) {
        const t = arrived.get(id);
        if (t !== undefined) return t;
        await new Promise((r) => setTimeout(r, 2));
      }
      throw new Error(`no reply to ${id} within 4 s`);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

interface Row {
  measure: string;
  database: string;
  value: string;
  target: string;
  ok: boolean;
}

const rows: Row[] = [];
const json: Record<string, unknown> = {};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const median = (xs: number[]) => pct(xs, 50);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

async function reportAndReminder(databaseUrl: string, label: string) {
  let queries = 0;
  const db = await openDatabase(databaseUrl, silentLogger, { onQuery: () => queries++ });
  const agreement = parseAgreement("v1.md", readFileSync("content/agreement/v1.md", "utf8"));
  const [, seedMs] = await timed(() => seedProgram(db.prisma, PAIRS, LOGS, agreement.sha256));
  const clock = { now: () => new Date("2026-11-28T20:00:00Z") };
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
  const services = buildServices(config, db, clock, silentLogger);

  // the report
  await services.reports.build("2026-11"); // warm-up
  const times: number[] = [];
  let reportQueries = 0;
  for (let i = 0; i < 5; i++) {
    queries = 0;
    const [report, t] = await timed(() => services.reports.build("2026-11"));
    times.push(t);
    reportQueries = queries;
    if (report.rows.length !== PAIRS) throw new Error(`report has ${report.rows.length} rows`);
  }
  rows.push({
    measure: `report, ${PAIRS} pairs, ${LOGS} logs (median of 5)`,
    database: label,
    value: `${ms(median(times))}, ${reportQueries} queries`,
    target: "< 1000 ms, constant queries",
    ok: median(times) < 1000,
  });
  json[`report_${label}`] = { medianMs: median(times), runsMs: times, queries: reportQueries, seedMs };

  // a scheduled run (the monthly check-in: a DM to every mentor and student): everything the job
  // decides from, then the ledger's writes per send
  const def = findJob("monthly-checkin");
  if (!def) throw new Error("no job");
  const store = new JobStore(db.prisma);
  queries = 0;
  const [planned, planMs] = await timed(async () => {
    const data = await loadPlanData(
      { services, ports: {}, store },
      def,
      "2026-11",
      new Date("2026-12-01T19:00:00Z"),
    );
    const sends = def.plan(data, "2026-11");
    const ledger = await store.sendsByKey(sends.map((s) => s.key));
    void ledger;
    return sends;
  });
  const planQueries = queries;
  queries = 0;
  const [, ledgerMs] = await timed(async () => {
    for (const s of planned) {
      await store.claim(s.key, def.name, "2026-11", "h", "bench");
      await store.markSent(s.key);
    }
  });
  const ledgerQueries = queries;
  rows.push({
    measure: `monthly check-in over ${PAIRS} pairs: loading and deciding ${planned.length} sends`,
    database: label,
    value: `${ms(planMs)}, ${planQueries} queries`,
    target: "< 2000 ms, constant queries",
    ok: planMs < 2000,
  });
  rows.push({
    measure: `monthly check-in: ledger writes (claim + sent) for ${planned.length} sends`,
    database: label,
    value: `${ms(ledgerMs)} (${(ledgerMs / planned.length).toFixed(2)} ms a send, ${ledgerQueries} queries)`,
    target: "well under the pacing interval",
    ok: ledgerMs / planned.length < DEFAULT_PACING_MS.slack,
  });
  const pacing = Object.entries(DEFAULT_PACING_MS)
    .filter(([, v]) => v > 0)
    .map(
      ([k, v]) =>
        `${k}: one send every ${v} ms (${Math.round(1000 / v)}/s; ${planned.length} sends in ${Math.round((planned.length * v) / 60000)} min)`,
    )
    .join("; ");
  rows.push({
    measure: "send pacing",
    database: label,
    value: pacing,
    target: "Slack about 1/s per channel (each DM its own); Discord 50 requests/s (a DM is 2)",
    ok: true,
  });
  json[`reminder_${label}`] = { planMs, planQueries, sends: planned.length, ledgerMs, ledgerQueries };
  services.close();
  await db.close();
}

async function ackLatency(dbUrl: string, label: string) {
  const emu = startProcess({}, "bench/slack-emulator-process.mts");
  const { apiUrl, base } = JSON.parse(await emu.waitForOutput(/\{.*\}/)) as { apiUrl: string; base: string };
  const slack = { apiUrl, responseUrl: () => `${base}/respond/${Math.random().toString(36).slice(2)}` };
  // one mentor and one student so /log-hours exercises a real member lookup
  const db = await openDatabase(dbUrl, silentLogger);
  const agreement = parseAgreement("v1.md", readFileSync("content/agreement/v1.md", "utf8"));
  await seedProgram(db.prisma, 1, 0, agreement.sha256);
  await db.close();
  const env = {
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    DATABASE_URL: dbUrl,
    LOG_LEVEL: "info",
    // one bench user sends all 1,100 commands: measure the work, not the per-member limit
    COMMANDS_PER_MINUTE: "10000",
  };
  const results: Record<string, { p50: number; p99: number }> = {};
  const replies = await responseReceiver();
  for (const [name, script] of [
    ["bare Bolt app", BARE],
    ["the bot", BOT],
  ] as const) {
    // the bot as `npm start` runs it (a larger young generation: fewer garbage-collection pauses)
    const p = startProcess(
      env,
      script,
      [],
      script === BOT ? [...START_FLAGS, ...(process.env.BENCH_BOT_FLAGS?.split(" ") ?? [])] : [],
    );
    const port = await waitForPort(p);
    const url = `http://127.0.0.1:${port}/slack/events`;
    for (const command of ["/log-hours", "/mentor-signup"]) {
      const latencies: number[] = [];
      const answers: number[] = [];
      let next = 0;
      const send = async () => {
        const reply = replies.next();
        const body = commandBody({
          command,
          text: command === "/log-hours" ? "1.5 yesterday" : "",
          userId: "UM0",
          responseUrl: command === "/log-hours" ? reply.url : slack.responseUrl(),
        });
        const t = performance.now();
        const r = await postSigned(url, SECRET, body);
        latencies.push(performance.now() - t);
        if (r.status !== 200) throw new Error(`${name} answered ${r.status}`);
        if (command === "/log-hours") answers.push((await replies.arrival(reply.id)) - t);
      };
      for (let i = 0; i < 100; i++) await send(); // warm-up
      latencies.length = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next++ < REQUESTS) await send();
        }),
      );
      results[`${name} ${command}`] = { p50: pct(latencies, 50), p99: pct(latencies, 99) };
      if (answers.length)
        results[`${name} ${command} answer`] = { p50: pct(answers, 50), p99: pct(answers, 99) };
    }
    p.proc.kill("SIGTERM");
    await p.exited;
  }
  for (const command of ["/log-hours", "/mentor-signup"]) {
    const bare = results[`bare Bolt app ${command}`] as { p50: number; p99: number };
    const bot = results[`the bot ${command}`] as { p50: number; p99: number };
    const ratio = bot.p99 / bare.p99;
    rows.push({
      measure: `Slack ack of ${command}, ${CONCURRENCY} concurrent, ${REQUESTS} requests: p50 / p99 (bare Bolt p50 / p99)`,
      database: label,
      value: `${ms(bot.p50)} / ${ms(bot.p99)} (${ms(bare.p50)} / ${ms(bare.p99)}), p99 ratio ${ratio.toFixed(2)}`,
      target: "p99 <= 1.5x bare and < 100 ms",
      ok: ratio <= 1.5 && bot.p99 < 100,
    });
  }
  const bareAnswer = results["bare Bolt app /log-hours answer"] as { p50: number; p99: number };
  const botAnswer = results["the bot /log-hours answer"] as { p50: number; p99: number };
  const answerRatio = botAnswer.p99 / bareAnswer.p99;
  rows.push({
    measure: `Slack answer of /log-hours (request to the reply at response_url), ${CONCURRENCY} concurrent: p50 / p99 (bare Bolt p50 / p99)`,
    database: label,
    value: `${ms(botAnswer.p50)} / ${ms(botAnswer.p99)} (${ms(bareAnswer.p50)} / ${ms(bareAnswer.p99)}), p99 ratio ${answerRatio.toFixed(2)}`,
    target: "p99 <= 1.5x bare and < 300 ms",
    ok: answerRatio <= 1.5 && botAnswer.p99 < 300,
  });
  await replies.close();
  json[`ack_${label}`] = results;
  emu.proc.kill("SIGTERM");
  await emu.exited;
}

async function waitForPort(p: ReturnType<typeof startProcess>): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const m = /"port":(\d+)/.exec(p.stderr()) ?? /listening on (\d+)/.exec(p.stdout());
    if (m) return Number(m[1]);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no port: ${p.stderr()}`);
}

/** Resident memory 3 s after start-up: the median of three starts (one start varies by ±10 MB). */
async function idleRss(script: string, env: Record<string, string>, flags: string[]): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await idleRssOnce(script, env, flags));
  return median(runs);
}

async function idleRssOnce(script: string, env: Record<string, string>, flags: string[]): Promise<number> {
  const p = startProcess({ LOG_LEVEL: "info", ...env }, script, [], flags);
  for (let i = 0; i < 800 && !/"msg":"ready"/.test(p.stderr()); i++)
    await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, 3000));
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.proc.pid}/status`, "utf8"))?.[1]);
  p.proc.kill("SIGTERM");
  await p.exited;
  return kb / 1024;
}

async function idleMemory(dbUrl: string, label: string) {
  const emu = startProcess({}, "bench/slack-emulator-process.mts");
  const { apiUrl } = JSON.parse(await emu.waitForOutput(/\{.*\}/)) as { apiUrl: string };
  const slackEnv = {
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
    PORT: "0",
  };
  const bare = await idleRss(BARE, slackEnv, []);
  const slack = await idleRss(BOT, { DATABASE_URL: dbUrl, ...slackEnv }, START_FLAGS);
  const consoleMb = await idleRss(BOT, { DATABASE_URL: dbUrl }, START_FLAGS);
  rows.push({
    measure: "resident memory of the idle bot on Slack over HTTP, 3 s after start-up (bare Bolt app)",
    database: label,
    value: `${slack.toFixed(0)} MB (${bare.toFixed(0)} MB), ratio ${(slack / bare).toFixed(2)}`,
    target: "<= 1.5x bare",
    ok: slack <= 1.5 * bare,
  });
  rows.push({
    measure: "resident memory of the idle bot in console mode, 3 s after start-up",
    database: label,
    value: `${consoleMb.toFixed(0)} MB`,
    target: "< 100 MB",
    ok: consoleMb < 100,
  });
  json[`idleRssMb_${label}`] = { bare, slack, console: consoleMb };
  emu.proc.kill("SIGTERM");
  await emu.exited;
}

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const pgSchemas: string[] = [];
function pgBenchUrl(): string {
  const schema = `bench_${Math.random().toString(36).slice(2, 10)}`;
  pgSchemas.push(schema);
  return `${PG_URL}?schema=${schema}`;
}

async function dropBenchSchemas() {
  if (pgSchemas.length === 0) return;
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of pgSchemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
}

async function dashboardPages(databaseUrl: string, label: string) {
  const pages = await dashboardPageTimes(databaseUrl);
  for (const p of pages)
    rows.push({
      measure: `dashboard ${p.page
        .replace(/[0-9a-f-]{36}/, ":id")
        .replace(/\?month=2026-11&?/, "?")
        .replace(/\?$/, "")}, ${DASHBOARD_PAIRS} pairs (median of 10)`,
      database: label,
      value: ms(p.medianMs),
      target: "< 300 ms",
      ok: p.medianMs < 300,
    });
  json[`dashboard_${label}`] = pages;
}

async function main() {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  const databases: [string, () => string][] = [["SQLite", tempDbUrl]];
  if (!process.env.BENCH_SQLITE_ONLY) databases.push(["PostgreSQL", pgBenchUrl]);
  if (!isCurrent()) await build();
  try {
    // Latency first, while this process (the load generator) still has a small heap: the report
    // measurements leave it large, and its garbage collection would then add to every latency.
    for (const [label, url] of databases) if (want("ack")) await ackLatency(url(), label);
    for (const [label, url] of databases) if (want("memory")) await idleMemory(url(), label);
    for (const [label, url] of databases) if (want("report")) await reportAndReminder(url(), label);
    for (const [label, url] of databases) if (want("dashboard")) await dashboardPages(url(), label);
    const order = databases.map(([label]) => label);
    rows.sort((a, b) => order.indexOf(a.database) - order.indexOf(b.database));
  } finally {
    await dropBenchSchemas();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  let commit = "";
  try {
    commit = execSync("git rev-parse --short HEAD").toString().trim();
  } catch {}
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}${commit ? `, commit ${commit}` : ""}.`,
    "",
    "| measure | database | result | target | met |",
    "|---|---|---|---|---|",
    ...rows.map(
      (r) => `| ${r.measure} | ${r.database} | ${r.value} | ${r.target} | ${r.ok ? "yes" : "**no**"} |`,
    ),
  ].join("\n");
  process.stdout.write(`${table}\n`);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    join("bench/results", "latest.json"),
    `${JSON.stringify({ machine, commit, rows, ...json }, null, 2)}\n`,
  );
  writeFileSync(join("bench/results", "latest.md"), `${table}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(
      `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
