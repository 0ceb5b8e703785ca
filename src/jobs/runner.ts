// Runs one scheduled job once, exactly once per recipient and period:
// 1. take the job's lock, so one runner at a time (across processes and instances) does the job;
// 2. decide every send from data loaded in a constant number of queries;
// 3. for each send: skip it if the ledger says sent; if an earlier run left it "sending" (it died)
//    or "failed" (perhaps a timeout after it arrived), ask the platform whether it arrived;
//    otherwise claim it, send it (paced), and mark it sent or failed.
// A failed send does not stop the batch; the next run retries it.
import { createHash, randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { coordinatorsOf } from "../app/coordinators.ts";
import type { Services } from "../app/services.ts";
import type { JobStore } from "../db/job-store.ts";
import type { PlatformName } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import { type Day, dayOf, firstDay, lastDay, type Month, monthInSeason } from "../domain/time.ts";
import { platformOfId } from "../platforms/facts.ts";
import type { PlatformPort } from "../platforms/port.ts";
import type { JobDefinition, PlanData, PlannedSend } from "./types.ts";

export interface RunContext {
  services: Services;
  ports: Partial<Record<PlatformName, PlatformPort>>;
  store: JobStore;
  /** minimum time between two sends on a platform */
  pacingMs?: Partial<Record<PlatformName, number>>;
  /** how long to wait for another runner of the same job to finish */
  lockWaitMs?: number;
}

export interface RunResult {
  job: string;
  period: Month;
  outsideSeason: boolean;
  planned: number;
  sent: number;
  alreadySent: number;
  recovered: number;
  failed: number;
  noPlatform: number;
  /** the coordinator role's members could not be listed, so only COORDINATOR_IDS were told */
  coordinatorRoleUnlisted?: boolean;
}

/** Slack allows about one message per second per channel and DMs are separate channels; Discord 50 requests/s overall (a DM is two). */
export const DEFAULT_PACING_MS: Record<PlatformName, number> = { slack: 50, discord: 60, console: 0 };
const LOCK_TTL_MS = 30_000;
const HEARTBEAT_MS = 10_000;

export function fingerprint(m: Message): string {
  return createHash("sha256")
    .update(JSON.stringify([m.text, (m.buttons ?? []).map((b) => b.id)]))
    .digest("hex");
}

export function newHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

async function deliver(port: PlatformPort, send: PlannedSend): Promise<void> {
  if (send.target.kind === "dm") await port.sendDirect(send.target.id, send.message);
  else await port.postToSpace(send.target.id, send.message);
}

export async function loadPlanData(
  ctx: RunContext,
  def: JobDefinition,
  period: Month,
  now: Date,
): Promise<PlanData & { coordinatorsComplete: boolean }> {
  const config = ctx.services.settings;
  const zone = config.PROGRAM_TIMEZONE;
  const today: Day = dayOf(now, zone);
  const months = def.months(period).sort();
  const from = firstDay(months[0] as Month);
  const to = lastDay(months.at(-1) as Month);
  const { pairings, totals, pauses, goals, feedback } = await ctx.services.snapshots.load(
    from,
    to > today ? to : today,
    today,
  );
  const meetings = def.meetingsAround
    ? await ctx.services.plans.startingBetween(
        new Date(now.getTime() - def.meetingsAround.beforeMs),
        new Date(now.getTime() + def.meetingsAround.afterMs),
      )
    : [];
  const { coordinators, complete } = def.tellsCoordinators
    ? await coordinatorsToTell(ctx)
    : { coordinators: [], complete: true };
  return {
    now,
    today,
    zone,
    goalHours: config.MONTHLY_GOAL_HOURS,
    pairings,
    totals: totals.filter((t) => t.month >= months[0]! && t.month <= months.at(-1)!),
    pauses,
    coordinators,
    coordinatorsComplete: complete,
    meetings,
    goals,
    feedback,
  };
}

/** Each running platform's coordinators, and those in COORDINATOR_IDS on platforms this process does not run (counted as noPlatform). */
async function coordinatorsToTell(
  ctx: RunContext,
): Promise<{ coordinators: PlanData["coordinators"]; complete: boolean }> {
  const { settings: config, log } = ctx.services;
  const coordinators: PlanData["coordinators"] = [];
  const seen = new Set<string>();
  const add = (platform: PlatformName, id: string) => {
    if (seen.has(`${platform}:${id}`)) return;
    seen.add(`${platform}:${id}`);
    coordinators.push({ platform, id });
  };
  for (const id of config.COORDINATOR_IDS) add(platformOfId(id), id);
  let complete = true;
  for (const port of Object.values(ctx.ports)) {
    if (!port) continue;
    const found = await coordinatorsOf(config.COORDINATOR_IDS, port, log);
    for (const id of found.ids) add(port.name, id);
    complete &&= found.complete;
  }
  return { coordinators, complete };
}

/** Runs a job once (see runOnce) and counts the run and its sends for the metrics. */
export async function runJob(
  def: JobDefinition,
  ctx: RunContext,
  now: Date,
  period?: Month,
): Promise<RunResult> {
  const m = ctx.services.metrics;
  try {
    const r = await runOnce(def, ctx, now, period);
    m.jobRun(def.name, r.outsideSeason ? "outside_season" : r.failed > 0 ? "failed" : "ok");
    m.sends(def.name, "sent", r.sent);
    m.sends(def.name, "already_sent", r.alreadySent);
    m.sends(def.name, "recovered", r.recovered);
    m.sends(def.name, "failed", r.failed);
    return r;
  } catch (err) {
    m.jobRun(def.name, "failed");
    throw err;
  }
}

async function runOnce(def: JobDefinition, ctx: RunContext, now: Date, period?: Month): Promise<RunResult> {
  const { settings: config, log } = ctx.services;
  const p = period ?? def.periodAt(dayOf(now, config.PROGRAM_TIMEZONE));
  const result: RunResult = {
    job: def.name,
    period: p,
    outsideSeason: false,
    planned: 0,
    sent: 0,
    alreadySent: 0,
    recovered: 0,
    failed: 0,
    noPlatform: 0,
  };
  if (!def.yearRound && !monthInSeason(p, config.SEASON_START, config.SEASON_END)) {
    result.outsideSeason = true;
    return result;
  }
  const holder = newHolder();
  const deadline = Date.now() + (ctx.lockWaitMs ?? 120_000);
  while (!(await ctx.store.acquire(def.name, holder, LOCK_TTL_MS))) {
    if (Date.now() > deadline)
      throw new Error(`${def.name} is being run by another process; try again when it has finished`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const heartbeat = setInterval(
    () => void ctx.store.renew(def.name, holder, LOCK_TTL_MS).catch(() => {}),
    HEARTBEAT_MS,
  );
  heartbeat.unref();
  const jlog = log.child({ job: def.name, period: p });
  try {
    const data = await loadPlanData(ctx, def, p, now);
    const planned = def.plan(data, p);
    result.planned = planned.length;
    // Counted as a failure so the run is not recorded as clean: the next start makes it up.
    if (!data.coordinatorsComplete) {
      result.failed++;
      result.coordinatorRoleUnlisted = true;
    }
    const ledger = await ctx.store.sendsByKey(planned.map((s) => s.key));
    const lastSend = new Map<PlatformName, number>();
    for (const send of planned) {
      const state = ledger.get(send.key);
      if (state?.status === "sent") {
        result.alreadySent++;
        continue;
      }
      const port = ctx.ports[send.platform];
      if (!port) {
        result.noPlatform++;
        continue;
      }
      // We hold the lock, so a "sending" entry was left by a run that died mid-send, and a "failed"
      // one may have timed out after it arrived: either way, look before sending it again.
      if (
        (state?.status === "sending" || state?.status === "failed") &&
        (await port.wasDelivered(send.target.kind, send.target.id, send.message).catch(() => false))
      ) {
        await ctx.store.markSent(send.key);
        result.recovered++;
        continue;
      }
      const gap = (ctx.pacingMs ?? DEFAULT_PACING_MS)[send.platform] ?? 0;
      const wait = (lastSend.get(send.platform) ?? 0) + gap - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastSend.set(send.platform, Date.now());
      await ctx.store.claim(send.key, def.name, p, fingerprint(send.message), holder);
      try {
        await deliver(port, send);
        await ctx.store.markSent(send.key);
        result.sent++;
      } catch (err) {
        result.failed++;
        await ctx.store.markFailed(send.key, err instanceof Error ? err.message : String(err));
        jlog.warn("scheduled send failed; the next run retries it", { key: send.key, err });
      }
    }
    await ctx.store.recordRun(
      def.name,
      p,
      result.sent + result.alreadySent + result.recovered,
      result.failed,
    );
    jlog.info("job finished", { ...result });
    return result;
  } finally {
    clearInterval(heartbeat);
    await ctx.store.release(def.name, holder).catch(() => {});
  }
}

export function describeRun(r: RunResult): string {
  if (r.outsideSeason) return `${r.job} for ${r.period}: outside the mentoring season, nothing to do.`;
  const parts = [`${r.sent} sent`, `${r.alreadySent} already sent`];
  if (r.recovered) parts.push(`${r.recovered} found already delivered after an interrupted run`);
  parts.push(`${r.failed} failed`);
  if (r.noPlatform) parts.push(`${r.noPlatform} for a platform this process does not run`);
  if (r.coordinatorRoleUnlisted)
    parts.push("the coordinator role's members could not be listed, so only COORDINATOR_IDS were told");
  return `${r.job} for ${r.period}: ${parts.join(", ")}.`;
}
