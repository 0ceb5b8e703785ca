// npm run job -- NAME [--at ISO-DATETIME]: runs one scheduled job once, as if the clock read --at.
// It sends through the platforms the environment enables without listening for anything (no
// HTTP port, no gateway), so it can run beside the bot.
import { findJob, jobs } from "../scheduled/index.ts";
import { buildServices } from "./app/build.ts";
import { loadConfigOrExplain } from "./config.ts";
import { openDatabase } from "./db/database.ts";
import { loadEnvFile } from "./env-file.ts";
import { describeRun, runJob } from "./jobs/runner.ts";
import { createLogger } from "./log.ts";
import { sendingPorts } from "./platforms/sending.ts";

function usage(): never {
  process.stderr.write(
    `Usage: npm run job -- NAME [--at ISO-DATETIME]\nNAME is one of: ${jobs.map((j) => j.name).join(", ")}\n`,
  );
  process.exit(64);
}

async function main(argv: string[]): Promise<number> {
  process.umask(0o077); // what it writes (the database's WAL) is its owner's only
  const [name, ...rest] = argv;
  const def = name ? findJob(name) : undefined;
  if (!def) usage();
  let at = new Date();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const value = arg.startsWith("--at=") ? arg.slice(5) : arg === "--at" ? rest[++i] : undefined;
    if (value === undefined) usage();
    at = new Date(value);
    if (Number.isNaN(at.getTime())) {
      process.stderr.write(
        `--at: expected an ISO date-time such as 2026-11-01T10:00:00-09:00, got "${value}"\n`,
      );
      return 64;
    }
  }
  loadEnvFile(); // the same settings file as npm start
  const config = loadConfigOrExplain();
  if (!config) return 1;
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config.DATABASE_URL, log);
  const services = buildServices(config, db, { now: () => at }, log);
  const sending = await sendingPorts(config, (text) => process.stdout.write(`${text}\n`));
  try {
    const result = await runJob(def, { services, ports: sending.ports, store: services.jobs }, at);
    process.stdout.write(`${describeRun(result)}\n`);
    return result.failed > 0 ? 2 : 0;
  } finally {
    services.close();
    await sending.close();
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`The job failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
