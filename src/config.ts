// The only module that reads process.env. Everything else receives a parsed Config.
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const idList = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "a month-day such as 10-01");

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "an IANA time zone such as America/Anchorage");

const url = (what: string) =>
  z
    .string()
    .url(`a URL (${what})`)
    .transform((u) => (u.endsWith("/") ? u : `${u}/`));

// Settings arrive as text; without its own message zod would say "expected number, received NaN".
const number = () => z.coerce.number({ error: "a number" });

export const configSchema = z.object({
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: url("the Slack Web API base").default("https://slack.com/api/"),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: z.string().url("a URL (the Discord REST API base)").default("https://discord.com/api"),
  PORT: number().int("a whole number").min(0).max(65535).default(3000),
  HEALTH_PORT: number().int("a whole number").min(0).max(65535).optional(),
  DASHBOARD_PORT: number().int("a whole number").min(0).max(65535).optional(),
  /** the dashboard's address as coordinators reach it (https://… behind a proxy); links in DMs use it */
  DASHBOARD_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^https?:\/\/[^/\s]+/,
        "a URL such as https://mentoring.example.org (the dashboard's public address)",
      )
      .optional(),
  ),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "file:PATH for SQLite or postgresql://... for PostgreSQL")
    .default("file:./data/mentors.db"),
  COORDINATOR_IDS: idList,
  COORDINATOR_ROLE_ID: optionalText.pipe(
    z
      .string()
      .regex(
        /^\d{17,20}$/,
        "a Discord role id (17 to 20 digits: Server Settings, Roles, right-click, Copy Role ID)",
      )
      .optional(),
  ),
  COORDINATOR_ROLE: z.string().trim().min(1).default("Coordinator"),
  PROGRAM_TIMEZONE: timeZone.default("America/Anchorage"),
  SEASON_START: monthDay.default("10-01"),
  SEASON_END: monthDay.default("05-31"),
  MONTHLY_GOAL_HOURS: number().positive("a positive number of hours").max(100).default(2),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.string().url("a URL").optional()),
  OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  OPENAI_EMBEDDING_MODEL: z.string().trim().min(1).default("text-embedding-3-small"),
  ASK_RATE_PER_HOUR: number().int("a whole number").min(1).max(1000).default(20),
  ASK_PERSON_DAILY_CAP: number().int("a whole number").min(1).max(10_000).default(60),
  ASK_DAILY_CAP: number().int("a whole number").min(1).default(5000),
  ASK_CRISIS_ALERT: z
    .enum(["true", "false"], { error: "true or false" })
    .default("true")
    .transform((v) => v === "true"),
  ASK_TIMEOUT_MS: number().int().min(500).max(60_000).default(8000),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, "an smtp:// or smtps:// URL")
      .optional(),
  ),
  SMTP_FROM: z.string().trim().min(3).default("Pre-med mentoring program <no-reply@localhost>"),
  PLATFORM_API_TIMEOUT_MS: number().int().min(100).max(120_000).default(15_000),
  PLATFORM_API_RETRIES: number().int().min(0).max(10).default(3),
  GUARDIAN_RETENTION_DAYS: number().int("a whole number of days").min(0).max(3650).default(30),
  COMMANDS_PER_MINUTE: number().int("a whole number").min(1).max(10_000).default(30),
  CONTENT_DIR: z.string().default("content"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  CONSOLE_AS: z.string().trim().min(1).default("alex"),
});

type Raw = z.infer<typeof configSchema>;

export type SlackMode =
  | { kind: "http"; botToken: string; signingSecret: string }
  | { kind: "socket"; botToken: string; appToken: string };

export interface Config extends Raw {
  slack: (SlackMode & { apiUrl: string }) | null;
  discord: { token: string; applicationId: string; guildId: string; apiUrl: string } | null;
  /** console mode: no platform token at all */
  consoleMode: boolean;
}

export class ConfigError extends Error {}

/** For the command-line entry points: the config, or undefined after saying on stderr what is wrong. */
export function loadConfigOrExplain(env: NodeJS.ProcessEnv = process.env): Config | undefined {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration problem: ${err.message}\n`);
    return undefined;
  }
}

/** Parses the environment; throws ConfigError whose message is one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: expected ${i.message}`);
    throw new ConfigError(lines.join("\n"));
  }
  const raw = parsed.data;
  const problems: string[] = [];

  let slack: Config["slack"] = null;
  if (raw.SLACK_BOT_TOKEN) {
    if (raw.SLACK_APP_TOKEN) {
      slack = {
        kind: "socket",
        botToken: raw.SLACK_BOT_TOKEN,
        appToken: raw.SLACK_APP_TOKEN,
        apiUrl: raw.SLACK_API_URL,
      };
    } else if (raw.SLACK_SIGNING_SECRET) {
      slack = {
        kind: "http",
        botToken: raw.SLACK_BOT_TOKEN,
        signingSecret: raw.SLACK_SIGNING_SECRET,
        apiUrl: raw.SLACK_API_URL,
      };
    } else {
      problems.push(
        "SLACK_SIGNING_SECRET: expected the app's signing secret (or set SLACK_APP_TOKEN for Socket Mode)",
      );
    }
  } else if (raw.SLACK_APP_TOKEN || raw.SLACK_SIGNING_SECRET) {
    problems.push("SLACK_BOT_TOKEN: expected the bot token (xoxb-...) alongside the other Slack settings");
  }

  let discord: Config["discord"] = null;
  if (raw.DISCORD_TOKEN) {
    if (!raw.DISCORD_APPLICATION_ID) problems.push("DISCORD_APPLICATION_ID: expected the application's id");
    if (!raw.DISCORD_GUILD_ID) problems.push("DISCORD_GUILD_ID: expected the server's id");
    if (raw.DISCORD_APPLICATION_ID && raw.DISCORD_GUILD_ID) {
      discord = {
        token: raw.DISCORD_TOKEN,
        applicationId: raw.DISCORD_APPLICATION_ID,
        guildId: raw.DISCORD_GUILD_ID,
        apiUrl: raw.DISCORD_API_URL.replace(/\/+$/, ""),
      };
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));

  return { ...raw, slack, discord, consoleMode: !slack && !discord };
}
