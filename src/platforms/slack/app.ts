// The Slack adapter: Bolt over HTTP (signed requests at POST /slack/events) or Socket Mode.
// It only translates between Slack payloads and the core.
import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, LogLevel, type RespondFn } from "@slack/bolt";
import { z } from "zod";
import type { Core } from "../../app/core.ts";
import { WorkQueue } from "../../app/work-queue.ts";
import type { Config } from "../../config.ts";
import type { Message } from "../../domain/message.ts";
import type { Logger } from "../../log.ts";
import type { PlatformPort } from "../port.ts";
import { slackClientOptions } from "./client-options.ts";
import { ACTION_PREFIX, messageBlocks, toMrkdwn } from "./format.ts";
import { FrontReceiver } from "./front-receiver.ts";
import { coordinatorHome, memberHome } from "./home.ts";
import { slackPort } from "./port.ts";
import { errorsForBlocks, flowModal, inputBlocks, readState } from "./views.ts";

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

const metadataSchema = z.object({ flow: z.string(), token: z.string().max(60) });

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

  /** An ephemeral answer; files cannot ride on one, so they go to the person's direct messages. */
  async function replyPrivately(respond: RespondFn, userId: string, m: Message) {
    const { attachments, ...rest } = m;
    const note = attachments?.length
      ? `\n\n_${attachments.map((a) => a.filename).join(", ")}: sent to you in a direct message._`
      : "";
    const blocks = messageBlocks({ ...rest, text: rest.text + note });
    await respond({ response_type: "ephemeral", replace_original: false, ...blocks });
    if (attachments?.length)
      await port.sendDirect(userId, {
        text: `Files for you: ${attachments.map((a) => a.filename).join(", ")}`,
        attachments,
      });
  }

  for (const def of bot.commands) {
    app.command(`/${def.name}`, async ({ command, ack, respond, client }) => {
      // Acknowledge at once: the trigger_id for a modal and the 3-second window start now.
      await ack();
      const userId = command.user_id;
      void work
        .run(async () => {
          const outcome = await bot.command(userId, def.name, command.text ?? "");
          if (!outcome) return;
          try {
            if (outcome.kind === "flow")
              await client.views.open({
                trigger_id: command.trigger_id,
                view: flowModal(outcome.flow),
              });
            else await replyPrivately(respond, userId, outcome.message);
          } catch (err) {
            const m = bot.failed(err, { command: def.name, user: userId, step: "reply" });
            await respond({ response_type: "ephemeral", text: toMrkdwn(m.text) }).catch(() => {});
          }
        }, def.opensForm)
        .catch((err) => slog.warn("command not run", { command: def.name, err }));
    });
  }

  app.view({ type: "view_submission", callback_id: /^flow:/ }, async ({ ack, view, body }) => {
    const meta = metadataSchema.safeParse(safeJson(view.private_metadata));
    const outcome = meta.success
      ? await bot.submitForm(body.user.id, meta.data.flow, readState(view.state), meta.data.token, view.id)
      : ({ kind: "expired" } as const);
    if (outcome.kind === "saved") {
      await ack();
      await outcome.confirm();
      return;
    }
    const errors =
      outcome.kind === "invalid"
        ? outcome.errors
        : {
            form:
              outcome.kind === "failed"
                ? outcome.message.text
                : "This form has expired. Please close it and run the command again.",
          };
    await ack({ response_action: "errors", errors: errorsForBlocks(errors, view) });
  });

  app.view({ type: "view_closed", callback_id: /^flow:/ }, async ({ ack, view, body }) => {
    await ack();
    const meta = metadataSchema.safeParse(safeJson(view.private_metadata));
    if (meta.success) await bot.formClosed(body.user.id, meta.data.flow, meta.data.token);
  });

  // A field that shows or hides others (under 18 -> guardian fields) redraws the modal, keeping what was typed.
  app.action({ action_id: "value" }, async ({ ack, body, client }) => {
    await ack();
    if (body.type !== "block_actions" || !body.view) return;
    const view = body.view;
    const meta = metadataSchema.safeParse(safeJson(view.private_metadata));
    const fields = meta.success ? bot.formFields(body.user.id, meta.data.flow, meta.data.token) : null;
    if (!fields) return;
    const values = readState(view.state);
    const kept = view.blocks.filter((b) => b.type !== "input");
    try {
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: {
          type: "modal",
          callback_id: view.callback_id,
          private_metadata: view.private_metadata,
          notify_on_close: true,
          title: view.title,
          ...(view.submit ? { submit: view.submit } : {}),
          ...(view.close ? { close: view.close } : {}),
          blocks: [...kept, ...inputBlocks(fields, values)],
        },
      });
    } catch (err) {
      // hash_conflict: the person changed something else meanwhile; their next change redraws it.
      slog.warn("modal redraw failed", { user: body.user.id, err });
    }
  });

  app.action(/^a:/, async ({ ack, body, action, respond }) => {
    await ack();
    if (body.type !== "block_actions" || !("action_id" in action)) return;
    const userId = body.user.id;
    const result = await bot.action(userId, action.action_id.slice(ACTION_PREFIX.length));
    await replyPrivately(respond, userId, result).catch((err) =>
      slog.warn("action reply failed", { user: userId, err }),
    );
  });

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    try {
      const home = await bot.home(event.user);
      const view = home.kind === "coordinator" ? coordinatorHome(home.report) : memberHome(bot.help());
      await client.views.publish({ user_id: event.user, view });
    } catch (err) {
      slog.error("App Home failed", { user: event.user, err });
    }
  });

  app.message(async ({ message, say }) => {
    if (
      message.channel_type !== "im" ||
      message.subtype !== undefined ||
      !("user" in message) ||
      !message.user
    )
      return;
    const userId = message.user;
    const text = "text" in message ? (message.text ?? "") : "";
    void work
      .run(async () => {
        await say(messageBlocks(await bot.directMessage(userId, text)));
      })
      .catch((err) => slog.warn("direct message not answered", { user: userId, err }));
  });

  app.error(async (err) => {
    slog.error("unhandled Slack error", { err });
  });

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

function safeJson(s: string | undefined): unknown {
  try {
    return JSON.parse(s ?? "");
  } catch {
    return null;
  }
}
