// The Discord side of the platform port: DMs, and a private thread per pair.
//
// Why threads and not channels: a server holds at most 500 channels and a category 50, so 600
// pairs cannot each have a channel. Private threads in one #mentoring-pairs channel have no such
// cap (idle ones archive themselves and reopen when someone writes), are visible only to the
// people added and to members with Manage Threads (the coordinator role), and keep their history.
import {
  ChannelType,
  type Client,
  DiscordAPIError,
  type Guild,
  HTTPError,
  PermissionFlagsBits,
  Routes,
  type TextChannel,
  ThreadAutoArchiveDuration,
  type ThreadChannel,
} from "discord.js";
import { PlatformError } from "../../domain/errors.ts";
import type { Message } from "../../domain/message.ts";
import type { SentRef } from "../../domain/pairing/types.ts";
import { PLATFORM_FACTS } from "../facts.ts";
import type { PlatformPort } from "../port.ts";
import { toDiscordMessages } from "./format.ts";

export const PAIRS_CHANNEL = "mentoring-pairs";
/** Discord's largest page of GET /guilds/{id}/members */
const MEMBERS_PAGE = 1000;

export function discordFailure(err: unknown, operation: string): PlatformError {
  if (err instanceof DiscordAPIError)
    return new PlatformError("discord", operation, `${err.status} ${err.message}`, err.status >= 500);
  if (err instanceof HTTPError)
    return new PlatformError("discord", operation, `HTTP ${err.status}`, err.status >= 500);
  if (err instanceof PlatformError) return err;
  const e = err as { name?: string; message?: string };
  return new PlatformError(
    "discord",
    operation,
    e.name === "AbortError" || e.name === "WriteTimedOut" ? "timed out" : (e.message ?? "no answer"),
    true,
  );
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw discordFailure(err, operation);
  }
}

/**
 * The coordinator role, by id. A role's name proves nothing (anyone who may create roles can call
 * one "Coordinator"): the name is used only once, at start, to find the id when exactly one role
 * has it. `id` is null when no role is a coordinators' role.
 */
export interface CoordinatorRole {
  id: string | null;
}

/** The coordinator role's id: COORDINATOR_ROLE_ID, else the one role named COORDINATOR_ROLE, else none. */
export function resolveCoordinatorRole(
  roles: { id: string; name: string }[],
  configuredId: string | undefined,
  name: string,
): { id: string | null; how: string } {
  if (configuredId) return { id: configuredId, how: "COORDINATOR_ROLE_ID" };
  const named = roles.filter((r) => r.name === name);
  if (named.length === 1)
    return { id: (named[0] as { id: string }).id, how: `the one role named ${JSON.stringify(name)}` };
  return {
    id: null,
    how:
      named.length === 0
        ? `no role is named ${JSON.stringify(name)}`
        : `${named.length} roles are named ${JSON.stringify(name)}`,
  };
}

/** For `npm run job`, which has no gateway: the same rule, with the roles read over REST. */
export async function coordinatorRoleOverRest(
  client: Client,
  guildId: string,
  configuredId: string | undefined,
  name: string,
): Promise<CoordinatorRole> {
  if (configuredId) return { id: configuredId };
  const roles = (await client.rest.get(Routes.guildRoles(guildId)).catch(() => [])) as {
    id: string;
    name: string;
  }[];
  return { id: resolveCoordinatorRole(roles, undefined, name).id };
}

export function discordPort(client: Client, guildId: string, coordinatorRole: CoordinatorRole): PlatformPort {
  const guild = async (): Promise<Guild> =>
    client.guilds.cache.get(guildId) ?? (await client.guilds.fetch(guildId));

  /** The channel that holds the pairs' threads, made on first use. */
  async function pairsChannel(): Promise<TextChannel> {
    const g = await guild();
    const found = g.channels.cache.find((c) => c.type === ChannelType.GuildText && c.name === PAIRS_CHANNEL);
    if (found) return found as TextChannel;
    const role = coordinatorRole.id ? g.roles.cache.get(coordinatorRole.id) : undefined;
    return call("create #mentoring-pairs", () =>
      g.channels.create({
        name: PAIRS_CHANNEL,
        type: ChannelType.GuildText,
        topic:
          "Each mentoring pair has a private thread here. Only the pair and the coordinators can see it.",
        permissionOverwrites: [
          {
            id: g.roles.everyone.id,
            deny: [PermissionFlagsBits.SendMessages, PermissionFlagsBits.CreatePublicThreads],
          },
          ...(role
            ? [{ id: role.id, allow: [PermissionFlagsBits.ManageThreads, PermissionFlagsBits.ViewChannel] }]
            : []),
        ],
      }),
    );
  }

  async function thread(id: string): Promise<ThreadChannel> {
    const t = await call("fetch thread", () => client.channels.fetch(id));
    if (!t?.isThread()) throw new PlatformError("discord", "fetch thread", "not a thread");
    return t;
  }

  /** Sends through REST, so scheduled jobs can post without a gateway connection. */
  async function post(channelId: string, m: Message): Promise<SentRef> {
    const ids: string[] = [];
    for (const part of toDiscordMessages(m)) {
      const { files, ...body } = part;
      const sent = (await client.rest.post(Routes.channelMessages(channelId), {
        body: { ...body, allowed_mentions: { parse: [], users: m.notify ?? [] } },
        ...(files ? { files: files.map((f) => ({ name: f.name, data: f.attachment })) } : {}),
      })) as { id: string };
      ids.push(sent.id);
    }
    return { channel: channelId, ids };
  }

  const dmChannels = new Map<string, string>();
  async function dmChannel(userId: string): Promise<string> {
    let id = dmChannels.get(userId);
    if (!id) {
      const ch = (await client.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
        id: string;
      };
      id = ch.id;
      dmChannels.set(userId, id);
    }
    return id;
  }

  return {
    name: "discord",
    facts: PLATFORM_FACTS.discord,
    mention: (id) => `<@${id}>`,
    spaceRef: (id) => `<#${id}>`,
    async sendDirect(userId: string, m: Message) {
      return call("direct message", async () => post(await dmChannel(userId), m));
    },
    async deleteSent(ref) {
      for (const id of ref.ids)
        try {
          await client.rest.delete(Routes.channelMessage(ref.channel, id));
        } catch (err) {
          // 404: the message (or the whole conversation) is already gone
          if (!(err instanceof DiscordAPIError && err.status === 404))
            throw discordFailure(err, "delete message");
        }
    },
    async retireSpace(threadId, name) {
      // A thread has no purpose to change; an archived one must be reopened to be renamed.
      const t = await thread(threadId);
      if (t.archived) await call("reopen thread", () => t.edit({ archived: false }));
      await call("rename thread", () => t.edit({ name }));
      await call("archive thread", () => t.edit({ archived: true, locked: true }));
      return { renamed: true };
    },
    async wasDelivered(kind, id, m) {
      const channel = kind === "dm" ? await call("open DM", () => dmChannel(id)) : id;
      const recent = (await call("read messages", () =>
        client.rest.get(Routes.channelMessages(channel), { query: new URLSearchParams({ limit: "50" }) }),
      )) as {
        id: string;
        author: { bot?: boolean };
        content: string;
      }[];
      const first = toDiscordMessages(m)[0]?.content;
      const hit = recent.find((x) => x.author.bot === true && x.content === first);
      return hit ? { channel, ids: [hit.id] } : null;
    },
    async openPrivateSpace(name: string, topic: string) {
      const parent = await pairsChannel();
      // A thread made by an earlier attempt that did not get to record it is found by its name.
      const active = await call("list threads", async () => (await guild()).channels.fetchActiveThreads());
      // Only a thread this bot made counts: another's thread of the same name is never adopted.
      const own = active.threads.find(
        (t) =>
          t.parentId === parent.id &&
          t.name === name &&
          t.type === ChannelType.PrivateThread &&
          t.ownerId === client.user?.id,
      );
      if (own) return { id: own.id, name };
      const t = await call("create thread", () =>
        parent.threads.create({
          name,
          type: ChannelType.PrivateThread,
          invitable: false,
          autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
          reason: topic,
        }),
      );
      return { id: t.id, name: t.name };
    },
    async addToSpace(threadId: string, userId: string) {
      const t = await thread(threadId);
      await call("add to thread", () => t.members.add(userId));
    },
    async postToSpace(threadId: string, m: Message) {
      await call("post in thread", () => post(threadId, m));
    },
    coordinatorRoleId: () => coordinatorRole.id,
    async roleCoordinators() {
      // Listing a server's members needs the Server Members intent switched on for the bot
      // (Developer Portal, Bot page); without it Discord answers 403 and the caller falls back
      // to COORDINATOR_IDS. Read over REST, so it works in `npm run job` with no gateway.
      const role = coordinatorRole;
      if (!role.id) return [];
      const ids: string[] = [];
      for (let after = "0"; ; ) {
        const page = (await call("list members", () =>
          client.rest.get(Routes.guildMembers(guildId), {
            query: new URLSearchParams({ limit: String(MEMBERS_PAGE), after }),
          }),
        )) as { user: { id: string; bot?: boolean }; roles: string[] }[];
        for (const m of page) if (!m.user.bot && m.roles.includes(role.id)) ids.push(m.user.id);
        if (page.length < MEMBERS_PAGE) return ids;
        after = page[page.length - 1]!.user.id;
      }
    },
    async archiveSpace(threadId: string) {
      const t = await thread(threadId);
      // Discord refuses any change to an archived thread: archived already is done.
      if (t.archived) return;
      await call("archive thread", () => t.edit({ archived: true, locked: true }));
    },
  };
}
