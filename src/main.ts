// npm start: parse the environment, start the bot, stop cleanly on SIGTERM/SIGINT.
import { type RunningBot, startBot } from "./bot.ts";
import { loadConfigOrExplain } from "./config.ts";
import { loadEnvFile } from "./env-file.ts";
import { createLogger } from "./log.ts";
import { logUnhandledRejections } from "./process-guards.ts";

const SHUTDOWN_DEADLINE_MS = 9_000;

async function main(): Promise<void> {
  // Files the bot makes (the SQLite database and its WAL, backups, exports) are readable by its
  // own user only: they hold minors' contact details.
  process.umask(0o077);
  const envFile = readSettingsFile();
  const config = loadConfigOrExplain();
  if (!config) process.exit(1);
  const log = createLogger(config.LOG_LEVEL);
  if (envFile) log.info("settings read", { file: envFile });
  let bot: RunningBot | undefined;
  let stopping = false;
  // Installed before start-up, so a signal that arrives while starting still stops cleanly.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    const timer = setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    timer.unref();
    while (!bot) await new Promise((r) => setTimeout(r, 20));
    await bot.stop();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  logUnhandledRejections(log);
  bot = await startBot(config, { log });
  if (bot.consoleDone) {
    await bot.consoleDone;
    await shutdown("end of input");
  }
}

main().catch((err) => {
  process.stderr.write(`Start-up failed: ${startupProblem(err)}\n`);
  process.exit(1);
});

/** A port already taken is said plainly (which port, what to do); anything else with its stack. */
function startupProblem(err: unknown): string {
  const e = err as { code?: string; port?: number };
  if (e?.code === "EADDRINUSE")
    return `port ${e.port ?? ""} is already in use by another program (PORT, HEALTH_PORT or DASHBOARD_PORT): stop it, or set another port.`;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

function readSettingsFile(): string | null {
  try {
    return loadEnvFile();
  } catch (err) {
    process.stderr.write(`Configuration problem: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
