// The Slack side of the platform port: DMs, and a private channel per pair.
import type { webApi } from "@slack/bolt";
import { PlatformError } from "../../domain/errors.ts";
import type { Attachment, Message } from "../../domain/message.ts";
import { PLATFORM_FACTS } from "../facts.ts";
import type { PlatformPort } from "../port.ts";
import { messageBlocks } from "./format.ts";

/** Slack's own error word (name_taken, not_in_channel...) or the HTTP status. */
export function slackFailure(err: unknown, operation: string): PlatformError {
  const e = err as { data?: { error?: string }; statusCode?: number; code?: string };
  const code = e.data?.error ?? (e.statusCode ? `HTTP ${e.statusCode}` : (e.code ?? "no answer"));
  return new PlatformError("slack", operation, code, e.statusCode !== undefined && e.statusCode >= 500);
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw slackFailure(err, operation);
  }
}

const SAFE = new Set(["already_in_channel", "already_archived"]);
/** chat.delete's answers for a message that is no longer there: nothing left to delete */
const GONE = new Set(["message_not_found", "channel_not_found"]);

export function slackPort(client: webApi.WebClient): PlatformPort {
  let botUser: Promise<string> | null = null;
  const botUserId = () => {
    botUser ??= call("auth.test", () => client.auth.test()).then((r) => String(r.user_id ?? ""));
    return botUser;
  };

  /**
   * The private channel this bot made earlier under exactly this name (an attempt that did not get
   * to record it), if it exists: made by this bot, not merely one it was invited to.
   */
  async function findOwn(name: string): Promise<{ id: string; name: string } | null> {
    const me = await botUserId();
    let cursor: string | undefined;
    do {
      const page = await call("conversations.list", () =>
        client.conversations.list({
          types: "private_channel",
          exclude_archived: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        }),
      );
      const hit = page.channels?.find((c) => c.name === name && c.is_member && c.creator === me);
      if (hit?.id) return { id: hit.id, name };
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return null;
  }

  /** The bot's direct-message channel with a user (Slack's D... id). */
  async function dmChannel(userId: string): Promise<string> {
    const r = await call("conversations.open", () => client.conversations.open({ users: userId }));
    return r.channel?.id as string;
  }

  async function archive(channel: string): Promise<void> {
    try {
      await client.conversations.archive({ channel });
    } catch (err) {
      const failure = slackFailure(err, "conversations.archive");
      if (!SAFE.has(failure.code)) throw failure;
    }
  }

  /** Files go up after the message they belong to (a meeting's invitation, a report's chart). */
  async function upload(channel: string, attachments: Attachment[]) {
    await call("files.uploadV2", () =>
      client.filesUploadV2({
        channel_id: channel,
        file_uploads: attachments.map((a) => ({
          file: a.data,
          filename: a.filename,
          title: a.title ?? a.filename,
        })),
      }),
    );
  }

  return {
    name: "slack",
    facts: PLATFORM_FACTS.slack,
    async sendDirect(userId: string, m: Message) {
      // Posting to a user id delivers to the bot's direct-message conversation with them.
      const sent = await call("chat.postMessage", () =>
        client.chat.postMessage({ channel: userId, ...messageBlocks(m) }),
      );
      if (m.attachments?.length) await upload(await dmChannel(userId), m.attachments);
      return sent.channel && sent.ts ? { channel: sent.channel, ids: [sent.ts] } : null;
    },
    async deleteSent(ref) {
      for (const ts of ref.ids)
        try {
          await client.chat.delete({ channel: ref.channel, ts });
        } catch (err) {
          const failure = slackFailure(err, "chat.delete");
          if (!GONE.has(failure.code)) throw failure;
        }
    },
    async retireSpace(channel, name, purpose) {
      // Slack lets a bot rename or re-purpose a channel only while it is open, and a bot cannot
      // reopen an archived one: an archived space keeps its name, and the coordinator is told.
      try {
        await client.conversations.rename({ channel, name });
        await client.conversations.setPurpose({ channel, purpose });
      } catch (err) {
        const failure = slackFailure(err, "conversations.rename");
        if (failure.code !== "is_archived") throw failure;
        return { renamed: false, why: "Slack does not let a bot rename an archived channel" };
      }
      await archive(channel);
      return { renamed: true };
    },
    mention: (id) => `<@${id}>`,
    spaceRef: (id) => `<#${id}>`,
    async openPrivateSpace(name: string, topic: string) {
      for (let n = 1; n <= 5; n++) {
        const candidate = n === 1 ? name : `${name}-${n}`.slice(0, 80);
        try {
          const r = await client.conversations.create({ name: candidate, is_private: true });
          const id = r.channel?.id as string;
          await client.conversations.setPurpose({ channel: id, purpose: topic }).catch(() => {});
          return { id, name: r.channel?.name ?? candidate };
        } catch (err) {
          const failure = slackFailure(err, "conversations.create");
          if (failure.code !== "name_taken") throw failure;
          const own = await findOwn(candidate);
          if (own) return own; // made by an earlier attempt that did not get to record it
        }
      }
      throw new PlatformError("slack", "conversations.create", "name_taken");
    },
    async addToSpace(channel: string, user: string) {
      try {
        await client.conversations.invite({ channel, users: user });
      } catch (err) {
        const failure = slackFailure(err, "conversations.invite");
        if (!SAFE.has(failure.code)) throw failure;
      }
    },
    async postToSpace(channel: string, m: Message) {
      await call("chat.postMessage", () => client.chat.postMessage({ channel, ...messageBlocks(m) }));
      if (m.attachments?.length) await upload(channel, m.attachments);
    },
    async wasDelivered(kind, id, m) {
      const channel = kind === "dm" ? await dmChannel(id) : id;
      const history = await call("conversations.history", () =>
        client.conversations.history({ channel, limit: 50 }),
      );
      const text = messageBlocks(m).text;
      const hit = (history.messages ?? []).find((x) => x.bot_id !== undefined && x.text === text);
      return hit?.ts ? { channel, ids: [hit.ts] } : null;
    },
    archiveSpace: archive,
  };
}
