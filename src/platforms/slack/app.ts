// The Slack adapter: Bolt over HTTP (signed requests at POST /slack/events) or Socket Mode.
// It only translates between Slack payloads and the core.
import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Core } from "../../app/core.ts";
import { WorkQueue } from "../../app/work-queue.ts";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";
import type { PlatformPort } from "../port.ts";
import { slackClientOptions } from "./client-options.ts";
import { FrontReceiver } from "./front-receiver.ts";
import { registerListeners } from "./listeners.ts";
import { slackPort } from "./port.ts";

export const SLACK_BODY_LIMIT = 256 * 1024;

export interface SlackBot {
  port: PlatformPort;
  /** the HTTP front (HTTP mode only): whether it serves, and how often it was restarted */
  front?: FrontReceiver;
  /** Socket Mode: whether the socket is connected */
  connected(): boolean;
  start(): Promise<{ port?: number }>;
  /** Stops taking requests (HTTP answers 503, Socket Mode disconnects); work already taken goes on. */
  close(): Promise<void>;
  /** Closes, then waits for the work already taken. */
  stop(): Promise<void>;
}

function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug: () => {},
    info: () => {},
    warn: (...m: unknown[]) => log.warn("bolt", { detail: m.map(String).join(" ").slice(0, 500) }),
    error: (...m: unknown[]) => log.error("bolt", { detail: m.map(String).join(" ").slice(0, 500) }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export function createSlackBot(config: Config, core: Core, log: Logger): SlackBot {
  const slack = config.slack;
  if (!slack) throw new Error("Slack is not configured");
  const slog = log.child({ platform: "slack" });
  // HTTP on its own thread, so Slack is answered at once even in a burst of commands. Slack's
  // largest payloads (a modal with the whole agreement) are well under 256 kB; anything bigger is
  // refused with 413 before parsing.
  const front =
    slack.kind === "http"
      ? new FrontReceiver({
          signingSecret: slack.signingSecret,
          path: "/slack/events",
          bodyLimit: SLACK_BODY_LIMIT,
          log: slog,
        })
      : undefined;
  const app = new App({
    token: slack.botToken,
    ...(slack.kind === "http"
      ? { receiver: front as FrontReceiver }
      : { socketMode: true, appToken: slack.appToken }),
    clientOptions: slackClientOptions(config, slack.apiUrl),
    logger: boltLogger(slog),
  });

  const port: PlatformPort = slackPort(app.client);
  const bot = core.forPlatform(port);
  let socketConnected = false;
  const work = new WorkQueue();
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= app.stop().then(() => undefined);
    return closing;
  };
  registerListeners(app, { bot, port, work, log: slog });

  return {
    port,
    async start() {
      if (slack.kind === "socket") {
        // Bolt keeps its Socket Mode receiver private; its client's events say whether the socket is up.
        const client = (app as unknown as { receiver?: { client?: { on(e: string, f: () => void): void } } })
          .receiver?.client;
        client?.on("connected", () => {
          socketConnected = true;
        });
        client?.on("disconnected", () => {
          socketConnected = false;
        });
        client?.on("reconnecting", () => {
          socketConnected = false;
        });
        await app.start();
        socketConnected = true;
        slog.info("slack connected over Socket Mode");
        return {};
      }
      const server = (await app.start(config.PORT)) as { address(): AddressInfo | string | null };
      const addr = server.address();
      const bound = typeof addr === "object" && addr ? addr.port : config.PORT;
      slog.info("slack listening", { port: bound, path: "/slack/events" });
      return { port: bound };
    },
    close,
    connected: () => socketConnected,
    ...(front ? { front } : {}),
    async stop() {
      await close();
      await work.drain();
    },
  };
}
