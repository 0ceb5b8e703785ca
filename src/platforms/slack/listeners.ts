// The Slack app's listeners, registered once: commands, the signup modal, buttons, the App Home
// and direct messages. Each parses Slack's payload, asks the core, and renders the answer.
import type { App, RespondFn, webApi } from "@slack/bolt";
import { z } from "zod";
import type { PlatformCore } from "../../app/core.ts";
import type { WorkQueue } from "../../app/work-queue.ts";
import type { Message } from "../../domain/message.ts";
import type { Logger } from "../../log.ts";
import type { PlatformPort } from "../port.ts";
import { ACTION_PREFIX, messageBlocks, toMrkdwn } from "./format.ts";
import { homeView } from "./home.ts";
import { errorsForBlocks, flowModal, inputBlocks, readState } from "./views.ts";

export interface ListenerContext {
  bot: PlatformCore;
  port: PlatformPort;
  /** the work taken from Slack, drained at shutdown */
  work: WorkQueue;
  log: Logger;
}

const metadataSchema = z.object({ flow: z.string(), token: z.string().max(60) });

function safeJson(s: string | undefined): unknown {
  try {
    return JSON.parse(s ?? "");
  } catch {
    return null;
  }
}

/** Every listener, registered once when the app is made. */
export function registerListeners(app: App, ctx: ListenerContext): void {
  listenForCommands(app, ctx);
  listenForForms(app, ctx);
  listenForButtons(app, ctx);
  listenForHome(app, ctx);
  listenForDirectMessages(app, ctx);
  app.error(async (err) => {
    ctx.log.error("unhandled Slack error", { err });
  });
}

/** An ephemeral answer; files cannot ride on one, so they go to the person's direct messages. */
async function replyPrivately(port: PlatformPort, respond: RespondFn, userId: string, m: Message) {
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

/** Each slash command: acknowledged at once, then answered privately or with the form. */
function listenForCommands(app: App, { bot, port, work, log }: ListenerContext): void {
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
            else await replyPrivately(port, respond, userId, outcome.message);
          } catch (err) {
            const m = bot.failed(err, { command: def.name, user: userId, step: "reply" });
            await respond({ response_type: "ephemeral", text: toMrkdwn(m.text) }).catch(() => {});
          }
        }, def.opensForm)
        .catch((err) => log.warn("command not run", { command: def.name, err }));
    });
  }
}

/** The signup modal: submitted, closed, and redrawn when an answer shows or hides fields. */
function listenForForms(app: App, { bot, log }: ListenerContext): void {
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
      log.warn("modal redraw failed", { user: body.user.id, err });
    }
  });
}

/**
 * The core's buttons, answered privately to whoever pressed. A press in the App Home has nowhere to
 * reply in place: the answer comes by DM, and the home is drawn again to show what changed.
 */
function listenForButtons(app: App, { bot, port, log }: ListenerContext): void {
  app.action(/^a:/, async ({ ack, body, action, respond, client }) => {
    await ack();
    if (body.type !== "block_actions" || !("action_id" in action)) return;
    const userId = body.user.id;
    const result = await bot.action(userId, action.action_id.slice(ACTION_PREFIX.length));
    const fromHome = body.view?.type === "home";
    const answered = fromHome
      ? port.sendDirect(userId, result)
      : replyPrivately(port, respond, userId, result);
    await answered.catch((err) => log.warn("action reply failed", { user: userId, err }));
    if (fromHome) await publishHome(bot, client, userId, log);
  });
}

/** Draws the person's home in the App Home tab. */
async function publishHome(bot: PlatformCore, client: webApi.WebClient, userId: string, log: Logger) {
  try {
    await client.views.publish({ user_id: userId, view: homeView(await bot.home(userId)) });
  } catch (err) {
    log.error("App Home failed", { user: userId, err });
  }
}

/** The App Home: the coordinator's view of the program, or the member's own pairs. */
function listenForHome(app: App, { bot, log }: ListenerContext): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await publishHome(bot, client, event.user, log);
  });
}

/** A direct message to the bot: the FAQ assistant, behind the same safety check. */
function listenForDirectMessages(app: App, { bot, work, log }: ListenerContext): void {
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
      .catch((err) => log.warn("direct message not answered", { user: userId, err }));
  });
}
