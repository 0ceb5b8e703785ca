import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, configSchema, loadConfig } from "../../src/config.ts";
import { REPO_ROOT } from "../helpers/harness.ts";

describe("configuration", () => {
  it("has working defaults: console mode on the embedded SQLite file", () => {
    const c = loadConfig({});
    expect(c.consoleMode).toBe(true);
    expect(c.DATABASE_URL).toBe("file:./data/mentors.db");
    expect(c.PROGRAM_TIMEZONE).toBe("America/Anchorage");
    expect([c.SEASON_START, c.SEASON_END, c.MONTHLY_GOAL_HOURS, c.PORT]).toEqual(["10-01", "05-31", 2, 3000]);
    expect(c.SLACK_API_URL).toBe("https://slack.com/api/");
  });

  it("chooses Slack over HTTP with a signing secret and Socket Mode with an app token", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb", SLACK_SIGNING_SECRET: "s" }).slack?.kind).toBe("http");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb", SLACK_APP_TOKEN: "xapp" }).slack?.kind).toBe("socket");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb", SLACK_APP_TOKEN: "xapp" }).consoleMode).toBe(false);
  });

  it("parses coordinator ids as a list", () => {
    expect(loadConfig({ COORDINATOR_IDS: " U1, U2 ,," }).COORDINATOR_IDS).toEqual(["U1", "U2"]);
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: "eighty" }, /^PORT: expected a number$/],
    [{ COMMANDS_PER_MINUTE: "lots" }, /^COMMANDS_PER_MINUTE: expected a number$/],
    [{ PROGRAM_TIMEZONE: "Mars/Olympus" }, /^PROGRAM_TIMEZONE: expected an IANA time zone/],
    [{ SEASON_START: "October" }, /^SEASON_START: expected a month-day/],
    [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL: expected file:PATH/],
    [{ MONTHLY_GOAL_HOURS: "-1" }, /^MONTHLY_GOAL_HOURS: expected/],
    [{ SLACK_BOT_TOKEN: "xoxb" }, /^SLACK_SIGNING_SECRET: expected/],
    [{ SLACK_SIGNING_SECRET: "s" }, /^SLACK_BOT_TOKEN: expected/],
    [{ DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "1" }, /^DISCORD_GUILD_ID: expected/],
  ];
  for (const [env, message] of bad)
    it(`stops with one line naming ${Object.keys(env).join(", ")}`, () => {
      let err: unknown;
      try {
        loadConfig(env);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message.split("\n")).toHaveLength(1);
      expect((err as Error).message).toMatch(message);
    });

  it(".env.example names every setting, and copied as it is, starts console mode", () => {
    const text = readFileSync(join(REPO_ROOT, ".env.example"), "utf8");
    const named = new Set([...text.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    for (const key of Object.keys(configSchema.shape)) expect(named, key).toContain(key);
    const c = loadConfig(parseEnv(text));
    expect(c.consoleMode).toBe(true);
    expect(c.COORDINATOR_ROLE_ID).toBeUndefined();
    // each commented default is the real default
    const defaults = loadConfig({}) as unknown as Record<string, unknown>;
    for (const [, key, value] of text.matchAll(/^# ([A-Z][A-Z0-9_]+)=(.*)$/gm)) {
      const commented = loadConfig({ [key as string]: value }) as unknown as Record<string, unknown>;
      if (
        [
          "SMTP_URL",
          "SMTP_FROM",
          "HEALTH_PORT",
          "DASHBOARD_PORT",
          "DASHBOARD_URL",
          "OPENAI_BASE_URL",
        ].includes(key as string)
      )
        continue;
      expect(commented[key as string], key).toEqual(defaults[key as string]);
    }
  });
});
