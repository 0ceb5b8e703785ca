// Discord's port for sending only (a scheduled job run from `npm run job`): REST calls, no gateway,
// with the coordinator role found the way the bot finds it.
import type { Config } from "../../config.ts";
import type { PlatformPort } from "../port.ts";
import { coordinatorRoleOverRest, discordPort } from "./port.ts";
import { discordRestOptions } from "./rest.ts";

export async function discordSendingPort(
  config: Config,
  discord: NonNullable<Config["discord"]>,
): Promise<{ port: PlatformPort; close(): Promise<void> }> {
  const { Client } = await import("discord.js");
  const client = new Client({ intents: [], rest: discordRestOptions(config, discord.apiUrl) });
  client.rest.setToken(discord.token);
  const role = await coordinatorRoleOverRest(
    client,
    discord.guildId,
    config.COORDINATOR_ROLE_ID,
    config.COORDINATOR_ROLE,
  );
  return { port: discordPort(client, discord.guildId, role), close: () => client.destroy() };
}
