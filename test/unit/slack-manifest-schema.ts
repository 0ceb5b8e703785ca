// Slack's rules for an app manifest (https://docs.slack.dev/reference/app-manifest), for the parts
// this bot's manifests use, written from that reference: Slack's published JSON schema is not on
// the npm registry, and this machine has no other way to fetch it. Strict: an unknown or misspelt
// key is refused, as Slack refuses it.
import { z } from "zod";

/** the bot scopes Slack defines that a bot like this one could ask for */
const KNOWN_BOT_SCOPES = new Set([
  "app_mentions:read",
  "channels:history",
  "channels:join",
  "channels:manage",
  "channels:read",
  "chat:write",
  "chat:write.customize",
  "chat:write.public",
  "commands",
  "files:read",
  "files:write",
  "groups:history",
  "groups:read",
  "groups:write",
  "im:history",
  "im:read",
  "im:write",
  "mpim:history",
  "mpim:read",
  "mpim:write",
  "reactions:read",
  "reactions:write",
  "users:read",
  "users:read.email",
]);

const url = z.string().url().startsWith("https://");

const slashCommand = z
  .object({
    command: z
      .string()
      .regex(/^\/[a-z0-9_-]+$/, "starts with / and is lower case")
      .max(32),
    url: url.optional(),
    description: z.string().min(1).max(2000),
    usage_hint: z.string().max(1000).optional(),
    should_escape: z.boolean().optional(),
  })
  .strict();

export const slackManifestSchema = z
  .object({
    _metadata: z.object({ major_version: z.literal(2), minor_version: z.number().int() }).strict(),
    display_information: z
      .object({
        name: z.string().min(1).max(35),
        description: z.string().max(140).optional(),
        long_description: z.string().min(175).max(4000).optional(),
        background_color: z
          .string()
          .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)
          .optional(),
      })
      .strict(),
    features: z
      .object({
        app_home: z
          .object({
            home_tab_enabled: z.boolean().optional(),
            messages_tab_enabled: z.boolean().optional(),
            messages_tab_read_only_enabled: z.boolean().optional(),
          })
          .strict()
          .optional(),
        bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }).strict(),
        slash_commands: z.array(slashCommand).max(50),
      })
      .strict(),
    oauth_config: z
      .object({
        scopes: z
          .object({
            bot: z.array(z.string().refine((s) => KNOWN_BOT_SCOPES.has(s), "not a Slack bot scope")).max(255),
          })
          .strict(),
      })
      .strict(),
    settings: z
      .object({
        event_subscriptions: z
          .object({ request_url: url.optional(), bot_events: z.array(z.string()).max(100) })
          .strict()
          .optional(),
        interactivity: z.object({ is_enabled: z.boolean(), request_url: url.optional() }).strict(),
        org_deploy_enabled: z.boolean().optional(),
        socket_mode_enabled: z.boolean(),
        token_rotation_enabled: z.boolean().optional(),
      })
      .strict(),
  })
  .strict()
  // Without Socket Mode, Slack needs an address for each command, the events and interactivity.
  .superRefine((m, ctx) => {
    if (m.settings.socket_mode_enabled) return;
    const need = (ok: boolean, what: string) => {
      if (!ok) ctx.addIssue({ code: "custom", message: `${what} needs a URL when Socket Mode is off` });
    };
    for (const c of m.features.slash_commands) need(c.url !== undefined, c.command);
    need(m.settings.event_subscriptions?.request_url !== undefined, "event_subscriptions");
    need(
      !m.settings.interactivity.is_enabled || m.settings.interactivity.request_url !== undefined,
      "interactivity",
    );
  });
