// Starts the bot from a Config: database, services, each enabled platform, then the schedule.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { buildServices } from "./app/build.ts";
import { createCore } from "./app/core.ts";
import type { Services } from "./app/services.ts";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { type Clock, systemClock } from "./domain/flow.ts";
import type { PlatformName } from "./domain/members.ts";
import type { Check } from "./health/checks.ts";
import { noMetrics, prometheusMetrics } from "./health/metrics.ts";
import { healthAnswer, startHealthServer } from "./health/server.ts";
import { type Scheduler, startScheduler } from "./jobs/scheduler.ts";
import { createLogger, type Logger } from "./log.ts";
import { ConsoleBot, type ConsoleIO } from "./platforms/console/console.ts";
import type { DiscordBot } from "./platforms/discord/bot.ts";
import type { PlatformPort } from "./platforms/port.ts";

export interface BotOptions {
  clock?: Clock;
  log?: Logger;
  /** console mode's terminal; defaults to the process's stdin and stdout */
  io?: ConsoleIO;
  /** run scheduled jobs on their cron schedule and catch up missed ones (default true) */
  schedule?: boolean;
}

export interface RunningBot {
  services: Services;
  db: Database;
  /** the bound HTTP port when Slack runs over HTTP */
  httpPort?: number;
  /** the port of /healthz, /readyz and /metrics when HEALTH_PORT is set */
  healthPort?: number;
  /** the dashboard's own port, when DASHBOARD_PORT is set */
  dashboardPort?: number;
  /** Slack's HTTP front, when Slack runs over HTTP */
  slackFront?: import("./platforms/slack/front-receiver.ts").FrontReceiver;
  discord?: DiscordBot;
  /** each running platform's port, for tests and scheduled jobs */
  ports: Partial<Record<PlatformName, PlatformPort>>;
  scheduler?: Scheduler;
  /** resolves when the console session ends (end of input or /quit) */
  consoleDone?: Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(config: Config, opts: BotOptions = {}): Promise<RunningBot> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const clock = opts.clock ?? systemClock;
  const db = await openDatabase(config.DATABASE_URL, log);
  // Metrics are kept only where they can be read: HEALTH_PORT, or Slack's own HTTP port.
  const healthOn = config.HEALTH_PORT !== undefined || config.slack?.kind === "http";
  const metrics = healthOn ? await prometheusMetrics() : noMetrics;
  const services = buildServices(config, db, clock, log, metrics);
  const core = createCore(services);
  const checks: Check[] = [
    {
      name: "database",
      run: async () => {
        await db.prisma.$queryRawUnsafe("SELECT 1");
        return null;
      },
    },
  ];

  const stops: (() => Promise<void>)[] = [];
  // Run first and at once: nothing new is taken while a scheduled job or a command finishes.
  const closers: (() => Promise<void>)[] = [];
  const running: RunningBot = {
    services,
    db,
    ports: {},
    async stop() {
      await Promise.all(closers.map((c) => c().catch((err) => log.warn("close failed", { err }))));
      for (const s of stops.reverse()) await s().catch((err) => log.warn("stop failed", { err }));
      services.close();
      await db.close();
    },
  };

  let startConsole: (() => void) | undefined;
  const dashboard =
    config.DASHBOARD_PORT !== undefined || config.HEALTH_PORT !== undefined || config.slack?.kind === "http"
      ? await loadDashboard(config, services, log)
      : null;
  try {
    if (config.slack) {
      // Each platform's library is loaded only when it is used: memory is what a small host lacks.
      const { createSlackBot } = await import("./platforms/slack/app.ts");
      const slack = createSlackBot(config, core, log);
      const started = await slack.start();
      if (started.port !== undefined) running.httpPort = started.port;
      const front = slack.front;
      if (front) {
        running.slackFront = front;
        // Slack over HTTP: the dashboard is on the same port, unless it has one of its own.
        if (dashboard && config.DASHBOARD_PORT === undefined && started.port !== undefined) {
          front.serveWeb(dashboard.fetch);
          services.dashboard.publish(config.DASHBOARD_URL ?? `http://localhost:${started.port}`);
        }
        front.health = (path) => healthAnswer(path, checks, metrics);
        front.onAck = (s) => metrics.ack(s);
        front.onRestart = () => metrics.frontRestart();
        checks.push({
          name: "slack",
          run: async () => (front.alive() ? null : "the HTTP front is not serving"),
        });
      } else checks.push({ name: "slack", run: async () => (slack.connected() ? null : "not connected") });
      running.ports.slack = slack.port;
      closers.push(() => slack.close());
      stops.push(() => slack.stop());
    }
    if (config.discord) {
      const { createDiscordBot } = await import("./platforms/discord/bot.ts");
      const discord = createDiscordBot(config, core, log);
      await discord.start();
      running.discord = discord;
      running.ports.discord = discord.port;
      checks.push({
        name: "discord",
        run: async () => (discord.client.isReady() ? null : "not connected to the gateway"),
      });
      stops.push(() => discord.stop());
    }
    if (config.consoleMode) {
      const bot = new ConsoleBot(
        core,
        { actAs: config.CONSOLE_AS, exportDir: exportDirOf(config.DATABASE_URL) },
        opts.io ?? { input: process.stdin, output: process.stdout },
      );
      running.ports.console = bot.port;
      // Read from once everything else listens: a link asked for at once must already work.
      startConsole = () => {
        running.consoleDone = bot.run();
      };
    }
    if (opts.schedule !== false) {
      const scheduler = startScheduler(services, running.ports);
      running.scheduler = scheduler;
      checks.push({
        name: "scheduler",
        run: async () => {
          const failing = scheduler.failing();
          return failing.length ? `last run failed: ${failing.join(", ")}` : null;
        },
      });
      // Stopped first (stops run in reverse): a job in progress finishes before the database closes.
      stops.push(() => scheduler.stop());
    }
  } catch (err) {
    await running.stop();
    throw err;
  }
  // Discord's coordinator role counts on the dashboard as it does in the chat.
  for (const port of Object.values(running.ports)) {
    const roleMembers = port.roleCoordinators?.bind(port);
    if (roleMembers) services.dashboard.useRole(port.name, roleMembers);
  }
  try {
    if (config.DASHBOARD_PORT !== undefined && dashboard) {
      // Without a public address it is for this machine only: minors' data is not served to the
      // local network over plain HTTP. With DASHBOARD_URL (a proxy, a container) it listens on all.
      const host = config.DASHBOARD_URL ? "0.0.0.0" : "127.0.0.1";
      const web = await listen(config.DASHBOARD_PORT, host, dashboard);
      running.dashboardPort = web.port;
      services.dashboard.publish(config.DASHBOARD_URL ?? `http://127.0.0.1:${web.port}`);
      closers.push(() => web.close());
    }
    if (config.HEALTH_PORT !== undefined) {
      // Without a port of its own (or Slack's), the dashboard is served beside /healthz.
      const beside = dashboard && !services.dashboard.enabled ? dashboard : undefined;
      const health = await startHealthServer(config.HEALTH_PORT, checks, metrics, log, beside);
      running.healthPort = health.port;
      if (beside) services.dashboard.publish(config.DASHBOARD_URL ?? `http://localhost:${health.port}`);
      closers.push(() => health.close());
    }
  } catch (err) {
    await running.stop();
    throw err;
  }
  if (services.dashboard.enabled)
    log.info("dashboard listening", {
      // numbers, not a URL: the log masks digit runs in text as if they were phone numbers
      port: Number(new URL(services.dashboard.address ?? "http://localhost").port) || null,
      path: "/dashboard",
      signIn: "/pairings dashboard",
    });
  startConsole?.();
  const platforms = Object.keys(running.ports);
  log.info("ready", { platforms, ...(running.httpPort !== undefined ? { port: running.httpPort } : {}) });
  return running;
}

/** The dashboard's web stack is loaded only when a port serves it. */
async function loadDashboard(config: Config, services: Services, log: Logger) {
  const { dashboardFetch, dashboardHandler, isDashboardPath } = await import("./web/server.ts");
  const setup = {
    access: services.dashboard,
    reports: services.reports,
    log: log.child({ part: "dashboard" }),
    zone: config.PROGRAM_TIMEZONE,
    publicUrl: config.DASHBOARD_URL,
  };
  return { claims: isDashboardPath, handle: dashboardHandler(setup), fetch: dashboardFetch(setup) };
}

async function listen(
  port: number,
  host: string,
  app: { handle: (req: IncomingMessage, res: ServerResponse) => void },
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer(app.handle);
  server.on("clientError", (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Console exports (a report's chart or CSV) are saved beside the database file. */
function exportDirOf(databaseUrl: string): string {
  return join(databaseUrl.startsWith("file:") ? dirname(databaseUrl.slice(5)) : "data", "exports");
}
