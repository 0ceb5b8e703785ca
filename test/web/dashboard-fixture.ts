// A running bot (console mode, the dashboard on its own port) with a season of pairs, and a
// headless Chromium from Debian's package to drive the real pages.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { type Browser, chromium, type Page } from "playwright-core";
import { type RunningBot, startBot } from "../../src/bot.ts";
import type { Logger } from "../../src/log.ts";
import { FixedClock, REPO_ROOT, testConfig } from "../helpers/harness.ts";
import { seedPairs } from "../helpers/seed.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(REPO_ROOT, "test-results", "dashboard");

export interface Logged {
  level: string;
  msg: string;
  ctx: Record<string, unknown>;
}

function recordingLogger(into: Logged[], base: Record<string, unknown> = {}): Logger {
  const at =
    (level: string) =>
    (msg: string, ctx: Record<string, unknown> = {}) =>
      void into.push({ level, msg, ctx: { ...base, ...ctx } });
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (ctx) => recordingLogger(into, { ...base, ...ctx }),
  };
}

export const EVIL_NAME = `<img src=x onerror="window.pwned=1"> [prize](https://evil.example) @everyone`;
export const GUARDIAN_EMAIL = "guardian.parent@example.org";

export interface DashboardWorld {
  bot: RunningBot;
  clock: FixedClock;
  base: string;
  logs: Logged[];
  browser: Browser;
  /** a fresh single-use link for a coordinator, as /pairings dashboard makes it */
  link(userId?: string): Promise<string>;
  /** a new browser page signed in as the console's coordinator */
  signedIn(viewport?: { width: number; height: number }, opts?: { bypassCSP?: boolean }): Promise<Page>;
  roleMembers: string[];
  stop(): Promise<void>;
}

/** 24 pairs on the console: some on track, some behind, one with no hours, a minor, an evil name. */
async function seedSeason(bot: RunningBot): Promise<void> {
  const prisma = bot.db.prisma;
  const pairs = await seedPairs(prisma, 24, {
    platform: "console",
    prefix: "c",
    startedOn: "2026-10-01",
    agreementText: "x",
  });
  const logs = pairs.flatMap((p, i) => {
    if (i % 4 === 3) return []; // no hours
    const minutes = i % 4 === 0 ? 150 : i % 4 === 1 ? 45 : 120;
    return [
      { day: "2026-10-12", minutes: 130 },
      { day: "2026-11-05", minutes },
    ].map((l) => ({ pairingId: p.pairingId, memberUserId: p.mentorUserId, ...l }));
  });
  for (const l of logs) {
    const member = await prisma.member.findFirstOrThrow({ where: { platformUserId: l.memberUserId } });
    await prisma.meetingLog.create({
      data: {
        pairingId: l.pairingId,
        memberId: member.id,
        meetingOn: l.day,
        minutes: l.minutes,
        note: "private note",
      },
    });
  }
  const first = pairs[0];
  if (!first) throw new Error("no pairs");
  const mentor = await prisma.member.findFirstOrThrow({ where: { platformUserId: first.mentorUserId } });
  await prisma.member.update({ where: { id: mentor.id }, data: { name: EVIL_NAME } });
  const minor = await prisma.member.findFirstOrThrow({ where: { platformUserId: pairs[1]?.menteeUserId } });
  await prisma.menteeProfile.update({ where: { memberId: minor.id }, data: { under18: true } });
  await prisma.guardian.create({
    data: {
      memberId: minor.id,
      name: "Pat Guardian",
      relationship: "parent",
      email: GUARDIAN_EMAIL,
      phone: "+19075550123",
    },
  });
}

export async function startDashboardWorld(): Promise<DashboardWorld> {
  const clock = new FixedClock(new Date("2026-11-20T20:00:00Z"));
  const logs: Logged[] = [];
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const bot = await startBot(testConfig({ DASHBOARD_PORT: "0", LOG_LEVEL: "info" }), {
    clock,
    log: recordingLogger(logs),
    io: { input, output },
    schedule: false,
  });
  await seedSeason(bot);
  const roleMembers: string[] = [];
  bot.services.dashboard.useRole("console", async () => roleMembers);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const base = `http://127.0.0.1:${bot.dashboardPort}`;
  mkdirSync(SHOTS, { recursive: true });
  const world: DashboardWorld = {
    bot,
    clock,
    base,
    logs,
    browser,
    roleMembers,
    link: (userId = "coordinator") => bot.services.dashboard.link({ platform: "console", userId }),
    async signedIn(viewport, opts = {}) {
      const context = await browser.newContext({
        viewport: viewport ?? { width: 1280, height: 900 },
        acceptDownloads: true,
        bypassCSP: opts.bypassCSP === true,
      });
      const page = await context.newPage();
      await page.goto(await world.link());
      await page.waitForURL(`${base}/dashboard`, { timeout: 10_000 });
      return page;
    },
    async stop() {
      await browser.close();
      input.end();
      await bot.stop();
    },
  };
  return world;
}
