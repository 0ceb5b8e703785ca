// Runs the jobs in scheduled/ on their cron schedules (node-cron, in the program's time zone),
// and at start-up makes up any run missed while the bot was down whose period is still open.
import cron from "node-cron";
import { jobs } from "../../scheduled/index.ts";
import { PRIVACY_PURGE, runRetention } from "../../scheduled/privacy-purge.ts";
import type { Services } from "../app/services.ts";
import type { PlatformName } from "../domain/members.ts";
import { addDays, atLocal, dayOf } from "../domain/time.ts";
import type { PlatformPort } from "../platforms/port.ts";
import { type RunContext, runJob } from "./runner.ts";
import type { JobDefinition } from "./types.ts";

export interface Scheduler {
  /** resolves when the start-up catch-up has finished */
  caughtUp: Promise<void>;
  /** the jobs whose last run in this process failed (for /readyz) */
  failing(): string[];
  stop(): Promise<void>;
}

/** The periods of runs missed before `now` that are still worth making up, oldest first. */
export function missedRuns(def: JobDefinition, now: Date, zone: string): { period: string; day: string }[] {
  const today = dayOf(now, zone);
  const out: { period: string; day: string }[] = [];
  for (let back = 40; back >= 0; back--) {
    const day = addDays(today, -back);
    if (!def.isRunDay(day) || atLocal(day, def.hour, zone) > now) continue;
    const period = def.periodAt(day);
    if (today <= def.lastCatchUpDay(period) && !out.some((o) => o.period === period))
      out.push({ period, day });
  }
  return out;
}

export function startScheduler(
  services: Services,
  ports: Partial<Record<PlatformName, PlatformPort>>,
): Scheduler {
  const { settings: config, log, clock } = services;
  const ctx: RunContext = { services, ports, store: services.jobs };
  const zone = config.PROGRAM_TIMEZONE;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  // One job at a time in this process; the database lock keeps other instances in step.
  const enqueue = (fn: () => Promise<unknown>) => {
    running = running
      .then(() => (stopped ? undefined : fn()))
      .catch((err) => log.error("scheduled job failed", { err }));
    return running;
  };

  const failed = new Set<string>();
  const run = (def: JobDefinition, now: Date, period?: string) =>
    runJob(def, ctx, now, period).then(
      (r) => {
        if (r.failed > 0) failed.add(def.name);
        else failed.delete(def.name);
        return r;
      },
      (err: unknown) => {
        failed.add(def.name);
        throw err;
      },
    );

  const tasks = jobs.map((def) =>
    cron.schedule(
      def.cron,
      () => {
        const now = clock.now();
        if (def.isRunDay(dayOf(now, zone))) void enqueue(() => run(def, now));
      },
      { timezone: zone, name: def.name },
    ),
  );

  // Privacy housekeeping, daily and at start: guardians' contacts past their retention (in the
  // database and in the DMs that carried them), expired counters and forms.
  const purge = () => runRetention(services, ports);
  tasks.push(
    cron.schedule(PRIVACY_PURGE.cron, () => void enqueue(purge), {
      timezone: zone,
      name: PRIVACY_PURGE.name,
    }),
  );

  const caughtUp = (async () => {
    if (PRIVACY_PURGE.atStart) await enqueue(purge);
    // a job that wakes every few minutes has nothing to make up: its next wake-up is minutes away
    for (const def of jobs.filter((j) => !j.everyMinutes))
      for (const { period } of missedRuns(def, clock.now(), zone))
        if (!(await ctx.store.hasRun(def.name, period).catch(() => true))) {
          log.info("making up a missed scheduled run", { job: def.name, period });
          await enqueue(() => run(def, clock.now(), period));
        }
  })();

  return {
    caughtUp,
    failing: () => [...failed],
    async stop() {
      stopped = true;
      for (const t of tasks) await t.stop();
      await caughtUp.catch(() => {});
      await running;
    },
  };
}
