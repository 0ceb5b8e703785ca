// The Slack adapter: Bolt over HTTP (signed requests at POST /slack/events) or Socket Mode.
// It only translates between Slack payloads and the core.
import type { AddressInfo } from "node:net";
import { App, type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { z } from "zod";
import { commands } from "../../../commands/index.ts";
import { runAction } from "../../app/actions.ts";
import { parseCommandText } from "../../app/args.ts";
import type { CommandOutcome } from "../../app/command.ts";
import { hasCoordinatorRights } from "../../app/coordinators.ts";
import { answerDirectMessage } from "../../app/direct-message.ts";
import { runCommand } from "../../app/dispatch.ts";
import { messageForError } from "../../app/errors.ts";
import { isFlowId, sendConfirmation } from "../../app/flows.ts";
import type { Services } from "../../app/services.ts";
import { WorkQueue } from "../../app/work-queue.ts";
import type { Config } from "../../config.ts";
import type { PlatformUser } from "../../domain/members.ts";
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

export function createSlackBot(config: Config, services: Services, log: Logger): SlackBot {
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
  let socketConnected = false;
  const work = new WorkQueue();
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= app.stop().then(() => undefined);
    return closing;
  };

  const isCoordinator = (userId: string) =>
    hasCoordinatorRights(config.COORDINATOR_IDS, { platform: "slack", userId });
  const userOf = (id: string): PlatformUser => ({ platform: "slack", userId: id });

  /** An ephemeral answer; files cannot ride on one, so they go to the person's direct messages. */
  async function replyPrivately(respond: (m: never) => Promise<unknown>, userId: string, m: Message) {
    const { attachments, ...rest } = m;
    const note = attachments?.length
      ? `\n\n_${attachments.map((a) => a.filename).join(", ")}: sent to you in a direct message._`
      : "";
    const blocks = messageBlocks({ ...rest, text: rest.text + note });
    await respond({ response_type: "ephemeral", replace_original: false, ...blocks } as never);
    if (attachments?.length)
      await port.sendDirect(userId, {
        text: `Files for you: ${attachments.map((a) => a.filename).join(", ")}`,
        attachments,
      });
  }

  for (const def of commands) {
    app.command(`/${def.name}`, async ({ command, ack, respond, client }) => {
      // Acknowledge at once: the trigger_id for a modal and the 3-second window start now.
      await ack();
      const user = userOf(command.user_id);
      const ctx = { user, isCoordinator: isCoordinator(user.userId), services, platform: port };
      void work
        .run(async () => {
          const outcome: CommandOutcome = await runCommand(
            def,
            ctx,
            parseCommandText(def, command.text ?? ""),
            slog,
          );
          try {
            if (outcome.kind === "flow")
              await client.views.open({
                trigger_id: command.trigger_id,
                view: flowModal(outcome.flow) as never,
              });
            else await replyPrivately(respond, user.userId, outcome.message);
          } catch (err) {
            const m = messageForError(err, slog, { command: def.name, user: user.userId, step: "reply" });
            await respond({ response_type: "ephemeral", text: toMrkdwn(m.text) }).catch(() => {});
          }
        }, def.opensForm === true)
        .catch((err) => slog.warn("command not run", { command: def.name, err }));
    });
  }

  app.view({ type: "view_submission", callback_id: /^flow:/ }, async ({ ack, view, body }) => {
    const user = userOf(body.user.id);
    const meta = metadataSchema.safeParse(safeJson(view.private_metadata));
    if (!meta.success || !isFlowId(meta.data.flow)) {
      await ack({
        response_action: "errors",
        errors: errorsForBlocks(
          { form: "This form has expired. Please close it and run the command again." },
          view,
        ),
      });
      return;
    }
    const flow = meta.data.flow;
    try {
      const result = await services.signup.submit(
        user,
        flow,
        readState(view.state as never),
        meta.data.token,
        view.id,
      );
      if (!result.ok) {
        await ack({ response_action: "errors", errors: errorsForBlocks(result.errors, view) });
        return;
      }
      await ack();
      await sendConfirmation(services, port, user, result);
    } catch (err) {
      const m = messageForError(err, slog, { flow, user: user.userId });
      await ack({ response_action: "errors", errors: errorsForBlocks({ form: m.text }, view) });
    }
  });

  app.view({ type: "view_closed", callback_id: /^flow:/ }, async ({ ack, view, body }) => {
    await ack();
    const meta = metadataSchema.safeParse(safeJson(view.private_metadata));
    // Closing a form that showed the agreement is declining it: say plainly that nothing was kept.
    if (meta.success && isFlowId(meta.data.flow) && meta.data.token !== "-")
      await port
        .sendDirect(body.user.id, services.signup.declined(meta.data.flow))
        .catch((err) => slog.warn("decline DM failed", { user: body.user.id, err }));
  });

  // A field that shows or hides others (under 18 -> guardian fields) redraws the modal, keeping what was typed.
  app.action({ action_id: "value" }, async ({ ack, body, client }) => {
    await ack();
    if (body.type !== "block_actions" || !body.view) return;
    const view = body.view;
    const meta = metadataSchema.safeParse(safeJson(view.private_metadata));
    if (!meta.success || !isFlowId(meta.data.flow)) return;
    const user = userOf(body.user.id);
    const fields = services.signup.fieldsForToken(user, meta.data.flow, meta.data.token);
    const values = readState(view.state as never);
    const kept = (view.blocks as { type: string }[]).filter((b) => b.type !== "input");
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
        } as never,
      });
    } catch (err) {
      // hash_conflict: the person changed something else meanwhile; their next change redraws it.
      slog.warn("modal redraw failed", { user: user.userId, err });
    }
  });

  app.action(/^a:/, async ({ ack, body, action, respond }) => {
    await ack();
    if (body.type !== "block_actions" || !("action_id" in action)) return;
    const user = userOf(body.user.id);
    const ctx = { user, isCoordinator: isCoordinator(user.userId), services, platform: port };
    const result = await runAction(ctx, action.action_id.slice(ACTION_PREFIX.length), slog);
    await replyPrivately(respond, user.userId, result).catch((err) =>
      slog.warn("action reply failed", { user: user.userId, err }),
    );
  });

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    try {
      const view = isCoordinator(event.user)
        ? coordinatorHome(await services.reports.build(services.reports.parseMonth(undefined)))
        : memberHome();
      await client.views.publish({ user_id: event.user, view: view as never });
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
    const user = userOf(message.user);
    const text = "text" in message ? (message.text ?? "") : "";
    void work
      .run(async () => {
        await say(messageBlocks(await answerDirectMessage(services, port, user, text)));
      })
      .catch((err) => slog.warn("direct message not answered", { user: user.userId, err }));
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
