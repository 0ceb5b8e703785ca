// npm run discord:register: registers the slash commands for DISCORD_GUILD_ID (guild commands
// appear at once, unlike global ones). Run it again whenever commands change.
import { REST, Routes } from "discord.js";
import { commands } from "../../../commands/index.ts";
import { ConfigError, loadConfig } from "../../config.ts";
import { commandJson } from "./commands-json.ts";
import { restRequest } from "./rest.ts";

export async function registerCommands(discord: {
  token: string;
  applicationId: string;
  guildId: string;
  apiUrl: string;
}) {
  const rest = new REST({ api: discord.apiUrl, makeRequest: restRequest as never }).setToken(discord.token);
  const body = commandJson(commands);
  const result = (await rest.put(Routes.applicationGuildCommands(discord.applicationId, discord.guildId), {
    body,
  })) as unknown[];
  return result.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const config = loadConfig();
    if (!config.discord)
      throw new ConfigError(
        "DISCORD_TOKEN: expected the bot token (with DISCORD_APPLICATION_ID and DISCORD_GUILD_ID)",
      );
    const n = await registerCommands(config.discord);
    process.stdout.write(`Registered ${n} slash commands on server ${config.discord.guildId}.\n`);
  } catch (err) {
    process.stderr.write(`Registration failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
