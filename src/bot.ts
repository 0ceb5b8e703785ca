// Builds and starts the bot from a Config: database, services, then each enabled platform.
import { join } from "node:path";
import type { Services } from "./app/services.ts";
import type { Config } from "./config.ts";
import { AgreementFiles } from "./content/agreements.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { FlowDraftRepository } from "./db/flow-drafts.ts";
import { MemberRepository } from "./db/member-repository.ts";
import { PairingRepository } from "./db/pairing-repository.ts";
import { type Clock, systemClock } from "./domain/flow.ts";
import type { PlatformName } from "./domain/members.ts";
import { PairingService } from "./domain/pairing/service.ts";
import { SignupService } from "./domain/signup/service.ts";
import { createLogger, type Logger } from "./log.ts";
import { createMailer } from "./notify/email.ts";
import { ConsoleBot, type ConsoleIO } from "./platforms/console/console.ts";
import { createDiscordBot, type DiscordBot } from "./platforms/discord/bot.ts";
import { PLATFORM_FACTS } from "./platforms/facts.ts";
import type { PlatformPort } from "./platforms/port.ts";
import { createSlackBot } from "./platforms/slack/app.ts";

export interface BotOptions {
  clock?: Clock;
  log?: Logger;
  /** console mode's terminal; defaults to the process's stdin and stdout */
  io?: ConsoleIO;
}

export interface RunningBot {
  services: Services;
  db: Database;
  /** the bound HTTP port when Slack runs over HTTP */
  httpPort?: number;
  discord?: DiscordBot;
  /** each running platform's port, for tests and scheduled jobs */
  ports: Partial<Record<PlatformName, PlatformPort>>;
  /** resolves when the console session ends (end of input or /quit) */
  consoleDone?: Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(config: Config, opts: BotOptions = {}): Promise<RunningBot> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const clock = opts.clock ?? systemClock;
  const db = await openDatabase(config.DATABASE_URL, log);
  const members = new MemberRepository(db.prisma);
  const agreements = new AgreementFiles(join(config.CONTENT_DIR, "agreement"));
  const signup = new SignupService({
    members,
    agreements,
    clock,
    timeZone: config.PROGRAM_TIMEZONE,
    platform: (p) => PLATFORM_FACTS[p],
  });
  const mailer = config.SMTP_URL ? createMailer(config.SMTP_URL, config.SMTP_FROM) : null;
  const pairing = new PairingService({
    members,
    pairings: new PairingRepository(db.prisma),
    agreements,
    clock,
    timeZone: config.PROGRAM_TIMEZONE,
    goalHours: config.MONTHLY_GOAL_HOURS,
    mailer,
    onUnexpected: (err, context) => log.error("unexpected error", { ...context, err }),
  });
  const services: Services = { config, log, clock, members, signup, pairing };

  const stops: (() => Promise<void>)[] = [];
  const running: RunningBot = {
    services,
    db,
    ports: {},
    async stop() {
      for (const s of stops.reverse()) await s().catch((err) => log.warn("stop failed", { err }));
      mailer?.close();
      await db.close();
    },
  };

  try {
    if (config.slack) {
      const slack = createSlackBot(config, services, log);
      const started = await slack.start();
      if (started.port !== undefined) running.httpPort = started.port;
      running.ports.slack = slack.port;
      stops.push(() => slack.stop());
    }
    if (config.discord) {
      const discord = createDiscordBot(
        config,
        services,
        log,
        new FlowDraftRepository(db.prisma, () => clock.now()),
      );
      await discord.start();
      running.discord = discord;
      running.ports.discord = discord.port;
      stops.push(() => discord.stop());
    }
    if (config.consoleMode) {
      const bot = new ConsoleBot(services, opts.io ?? { input: process.stdin, output: process.stdout });
      running.ports.console = bot.port;
      running.consoleDone = bot.run();
    }
  } catch (err) {
    await running.stop();
    throw err;
  }
  const platforms = [
    config.slack ? `slack-${config.slack.kind}` : null,
    config.consoleMode ? "console" : null,
  ].filter(Boolean);
  log.info("ready", { platforms, ...(running.httpPort !== undefined ? { port: running.httpPort } : {}) });
  return running;
}
