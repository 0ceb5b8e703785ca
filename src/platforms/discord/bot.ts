// The Discord adapter: discord.js over the gateway. It translates interactions into core calls and
// core messages into Discord messages; the rules live in the core.
import {
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type GuildMember,
  type Interaction,
  MessageFlags,
  Partials,
} from "discord.js";
import type { CommandArgs, Core, RoleIds } from "../../app/core.ts";
import type { Config } from "../../config.ts";
import type { Message } from "../../domain/message.ts";
import type { Logger } from "../../log.ts";
import type { PlatformPort } from "../port.ts";
import { DiscordFlows, FLOW_PREFIX } from "./flow.ts";
import { ACTION_PREFIX, toDiscordMessages, toDiscordText } from "./format.ts";
import { type CoordinatorRole, discordPort, resolveCoordinatorRole } from "./port.ts";
import { discordRestOptions } from "./rest.ts";

export interface DiscordBot {
  port: PlatformPort;
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Slower than this, an interaction is deferred first (Discord allows 3 s; the token then lasts 15 min). */
const DEFER_AFTER_MS = 2000;

function argsOf(i: ChatInputCommandInteraction): CommandArgs {
  const sub = i.options.getSubcommand(false) ?? undefined;
  const opts = sub ? (i.options.data[0]?.options ?? []) : i.options.data;
  const values: Record<string, string> = {};
  for (const o of opts) if (o.value !== undefined && o.value !== null) values[o.name] = String(o.value);
  const text = opts
    .map((o) => (o.value === undefined || o.value === null ? "" : String(o.value)))
    .filter(Boolean)
    .join(" ");
  return sub ? { sub, values, text } : { values, text };
}

export function createDiscordBot(config: Config, core: Core, log: Logger): DiscordBot {
  const discord = config.discord;
  if (!discord) throw new Error("Discord is not configured");
  const dlog = log.child({ platform: "discord" });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: discordRestOptions(config, discord.apiUrl),
    // Names typed by members must never ping anyone; a message that should mention says so.
    allowedMentions: { parse: [] },
  });
  client.token = discord.token;

  const coordinatorRole: CoordinatorRole = { id: config.COORDINATOR_ROLE_ID ?? null };
  const port: PlatformPort = discordPort(client, discord.guildId, coordinatorRole);
  const bot = core.forPlatform(port);
  const flows = new DiscordFlows(bot);
  /** The roles the member holds in the program's own server: a role held elsewhere counts for nothing. */
  const rolesOf = (i: Interaction): RoleIds => {
    const member = i.member as GuildMember | { roles: string[] } | null;
    if (!member || i.guildId !== discord.guildId) return [];
    return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  };

  async function reply(i: ChatInputCommandInteraction, m: Message) {
    const [first, ...rest] = toDiscordMessages(m);
    if (!first) return;
    if (i.deferred) await i.editReply(first);
    else await i.reply({ ...first, flags: MessageFlags.Ephemeral });
    for (const part of rest) await i.followUp({ ...part, flags: MessageFlags.Ephemeral });
  }

  async function onCommand(i: ChatInputCommandInteraction) {
    const work = bot.command(i.user.id, i.commandName, argsOf(i), rolesOf(i));
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<"slow">((r) => {
      timer = setTimeout(() => r("slow"), DEFER_AFTER_MS);
    });
    const first = await Promise.race([work, slow]);
    clearTimeout(timer);
    if (first === "slow") await i.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await work;
    if (!outcome) await reply(i, bot.help());
    else if (outcome.kind === "flow") await flows.start(i, outcome.flow);
    else await reply(i, outcome.message);
  }

  client.on(Events.InteractionCreate, async (i) => {
    try {
      if (i.isChatInputCommand()) await onCommand(i);
      else if ((i.isButton() || i.isStringSelectMenu()) && i.customId.startsWith(FLOW_PREFIX))
        await flows.onComponent(i);
      else if (i.isModalSubmit() && i.customId.startsWith(FLOW_PREFIX)) await flows.onModal(i);
      else if (i.isButton() && i.customId.startsWith(ACTION_PREFIX)) {
        const result = await bot.action(i.user.id, i.customId.slice(ACTION_PREFIX.length), rolesOf(i));
        const [first] = toDiscordMessages(result);
        await i.reply({ ...first, flags: MessageFlags.Ephemeral });
      } else if (i.isRepliable())
        await i.reply({
          flags: MessageFlags.Ephemeral,
          content: "That button is no longer active. Please run the command again.",
        });
    } catch (err) {
      const m = bot.failed(err, { interaction: i.type, user: i.user.id });
      if (i.isRepliable()) {
        const payload = { flags: MessageFlags.Ephemeral, content: toDiscordText(m.text) } as const;
        await (i.replied || i.deferred ? i.followUp(payload) : i.reply(payload)).catch(() => {});
      }
    }
  });

  client.on(Events.MessageCreate, async (message) => {
    if (message.author.bot || message.guildId) return;
    const answer = await bot.directMessage(message.author.id, message.content);
    for (const part of toDiscordMessages(answer))
      await message.channel.send(part).catch((err) => dlog.warn("direct message not answered", { err }));
  });

  client.on(Events.Error, (err) => dlog.error("discord client error", { err }));
  client.on(Events.ShardResume, (shard, replayed) => dlog.info("gateway resumed", { shard, replayed }));
  client.on(Events.ShardDisconnect, (_e, shard) => dlog.warn("gateway disconnected", { shard }));

  return {
    port,
    client,
    async start() {
      const ready = new Promise<void>((r) => client.once(Events.ClientReady, () => r()));
      await client.login(discord.token);
      await ready;
      const guild = client.guilds.cache.get(discord.guildId);
      const found = resolveCoordinatorRole(
        [...(guild?.roles.cache.values() ?? [])].map((r) => ({ id: r.id, name: r.name })),
        config.COORDINATOR_ROLE_ID,
        config.COORDINATOR_ROLE,
      );
      coordinatorRole.id = found.id;
      if (found.id) dlog.info("coordinator role", { roleId: found.id, from: found.how });
      else
        dlog.warn("no coordinator role: only COORDINATOR_IDS are coordinators; set COORDINATOR_ROLE_ID", {
          why: found.how,
        });
      dlog.info("discord connected", { guild: discord.guildId, commands: bot.commands.length });
    },
    async stop() {
      await client.destroy();
    },
  };
}
