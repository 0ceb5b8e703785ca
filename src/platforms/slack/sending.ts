// Slack's port for sending only (a scheduled job run from `npm run job`): the Web API client the
// bot itself uses, with nothing listening.
import type { Config } from "../../config.ts";
import type { PlatformPort } from "../port.ts";
import { slackClientOptions } from "./client-options.ts";
import { slackPort } from "./port.ts";

export async function slackSendingPort(
  config: Config,
  slack: NonNullable<Config["slack"]>,
): Promise<{ port: PlatformPort; close(): Promise<void> }> {
  const { webApi } = await import("@slack/bolt");
  const client = new webApi.WebClient(slack.botToken, slackClientOptions(config, slack.apiUrl));
  return { port: slackPort(client), close: async () => {} };
}
