import { findJob } from "../../scheduled/index.ts";
import { runRetention } from "../../scheduled/privacy-purge.ts";
import type { RunningBot } from "../../src/bot.ts";
import { type RunResult, runJob } from "../../src/jobs/runner.ts";
import type { FixedClock } from "../helpers/harness.ts";

/** What `npm run job -- NAME --at ISO` does, in the test's process, with no pacing. */
export async function runJobAt(
  bot: RunningBot,
  clock: FixedClock,
  name: string,
  iso: string,
): Promise<RunResult> {
  const def = findJob(name);
  if (!def) throw new Error(`no job ${name}`);
  clock.set(iso);
  return runJob(
    def,
    { services: bot.services, ports: bot.ports, store: bot.services.jobs, pacingMs: {} },
    clock.now(),
  );
}

/** The daily privacy run (retention of guardians' contacts) as if the clock read `iso`. */
export async function runRetentionAt(bot: RunningBot, clock: FixedClock, iso: string): Promise<void> {
  clock.set(iso);
  await runRetention(bot.services, bot.ports);
}
