// The ports of every platform the configuration enables, for sending only: what `npm run job`
// runs a scheduled job through beside (or without) the running bot. Each platform's library is
// loaded only when that platform is configured.
import type { Config } from "../config.ts";
import type { PlatformName } from "../domain/members.ts";
import type { PlatformPort } from "./port.ts";

export interface SendingPorts {
  ports: Partial<Record<PlatformName, PlatformPort>>;
  close(): Promise<void>;
}

export async function sendingPorts(config: Config, print: (text: string) => void): Promise<SendingPorts> {
  const ports: Partial<Record<PlatformName, PlatformPort>> = {};
  const closers: (() => Promise<void>)[] = [];
  if (config.slack) {
    const { slackSendingPort } = await import("./slack/sending.ts");
    const slack = await slackSendingPort(config, config.slack);
    ports.slack = slack.port;
    closers.push(slack.close);
  }
  if (config.discord) {
    const { discordSendingPort } = await import("./discord/sending.ts");
    const discord = await discordSendingPort(config, config.discord);
    ports.discord = discord.port;
    closers.push(discord.close);
  }
  if (config.consoleMode) {
    const { consolePort } = await import("./console/port.ts");
    ports.console = consolePort(print);
  }
  return { ports, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}
