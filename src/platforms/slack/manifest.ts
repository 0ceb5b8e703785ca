// The Slack app manifest, built from the command registry so it can never list a command the code
// lacks. Two forms: Socket Mode (no public address: what a volunteer program usually wants, and
// pasted without any editing) and HTTP (Slack calls https://HOST/slack/events).
import { commands } from "../../../commands/index.ts";

export type ManifestMode = "socket" | "http";

/** what the bot asks Slack for, and why (each reason is written into the manifest's comments) */
export const BOT_SCOPES: [scope: string, why: string][] = [
  ["commands", "slash commands"],
  [
    "chat:write",
    "confirmations, reminders and answers; deleting its own DMs that carried a guardian's contact",
  ],
  ["files:write", "the report's chart and CSV, sent privately to the coordinator who asked"],
  ["im:history", "direct messages to the bot (the FAQ assistant answers them)"],
  ["im:write", "opening a direct message with a member"],
  ["groups:write", "a private channel per pair: create, invite, rename, archive"],
  ["groups:read", "finding a pair's channel again after an interrupted /pairings create"],
  ["groups:history", "after a crash mid-send, checking whether a message already arrived (no double sends)"],
];

export function slackManifest(mode: ManifestMode, host = "YOUR-HOST"): Record<string, unknown> {
  const events = `https://${host}/slack/events`;
  const http = mode === "http";
  return {
    _metadata: { major_version: 2, minor_version: 1 },
    display_information: {
      name: "Pre-Med Mentors",
      description:
        "Signups, pairings, meeting hours and reminders for a volunteer pre-med mentoring program.",
      background_color: "#1d4e89",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: "Mentoring Bot", always_online: true },
      slash_commands: commands.map((c) => {
        const hint = c.usage.split(" ").slice(1).join(" ");
        return {
          command: `/${c.name}`,
          ...(http ? { url: events } : {}),
          description: c.description,
          ...(hint ? { usage_hint: hint } : {}),
          // mentions arrive as <@U123|name>, which the argument parser expects
          should_escape: true,
        };
      }),
    },
    oauth_config: { scopes: { bot: BOT_SCOPES.map(([s]) => s) } },
    settings: {
      event_subscriptions: {
        ...(http ? { request_url: events } : {}),
        bot_events: ["app_home_opened", "message.im"],
      },
      interactivity: { is_enabled: true, ...(http ? { request_url: events } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !http,
      token_rotation_enabled: false,
    },
  };
}
