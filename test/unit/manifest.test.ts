// The Slack manifests are what a program pastes into Slack: they must list exactly the commands the
// code has, be accepted by Slack, and the Socket Mode one must need no editing at all.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commands } from "../../commands/index.ts";
import { manifestText } from "../../scripts/slack-manifest.ts";
import { REPO_ROOT } from "../helpers/harness.ts";
import { slackManifestSchema } from "./slack-manifest-schema.ts";

const read = (mode: string) => readFileSync(join(REPO_ROOT, "slack", `manifest.${mode}.yml`), "utf8");

describe("Slack app manifests", () => {
  for (const mode of ["socket", "http"] as const) {
    const manifest = slackManifestSchema.parse(parse(read(mode)));

    it(`${mode}: is what npm run slack:manifest writes from the command registry`, () => {
      expect(read(mode)).toBe(manifestText(mode));
    });

    it(`${mode}: follows Slack's manifest rules (limits, required fields, no unknown keys)`, () => {
      expect(manifest.settings.socket_mode_enabled).toBe(mode === "socket");
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
      expect(manifest.settings.event_subscriptions?.bot_events).toContain("message.im");
      expect(manifest.oauth_config.scopes.bot).toEqual(
        expect.arrayContaining(["commands", "chat:write", "im:history", "groups:write", "groups:read"]),
      );
    });

    it(`${mode}: lists exactly the registered slash commands, with their descriptions`, () => {
      const listed = manifest.features.slash_commands.map((c) => c.command).sort();
      expect(listed).toEqual(commands.map((c) => `/${c.name}`).sort());
      for (const c of commands) {
        const m = manifest.features.slash_commands.find((x) => x.command === `/${c.name}`);
        expect(m?.description).toBe(c.description);
        // mentions arrive as <@U123|name>, which the argument parser expects
        expect(m?.should_escape).toBe(true);
        const hint = c.usage.split(" ").slice(1).join(" ");
        if (hint) expect(m?.usage_hint).toBe(hint);
      }
    });
  }

  it("the Socket Mode manifest names no address: nothing to replace before pasting", () => {
    expect(read("socket")).not.toMatch(/YOUR-HOST|request_url|url:/);
  });

  it("the HTTP manifest for a host sends everything to that host's /slack/events", () => {
    const out = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/slack-manifest.ts", "--host", "mentors.example.org"],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    expect(out.status).toBe(0);
    const m = slackManifestSchema.parse(parse(out.stdout));
    const urls = [
      ...m.features.slash_commands.map((c) => c.url),
      m.settings.event_subscriptions?.request_url,
      m.settings.interactivity.request_url,
    ];
    expect(new Set(urls)).toEqual(new Set(["https://mentors.example.org/slack/events"]));
    const bad = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/slack-manifest.ts", "--host", "<x>"],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
      },
    );
    expect(bad.status).toBe(64);
    expect(bad.stderr).toMatch(/give the bot's public host name/);
  });

  it("the schema refuses what Slack refuses", () => {
    const good = parse(read("http"));
    const broken = (change: (m: typeof good) => void) => {
      const m = structuredClone(good);
      change(m);
      return slackManifestSchema.safeParse(m).success;
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((m) => (m.display_information.name = "x".repeat(36)))).toBe(false);
    expect(broken((m) => (m.features.slash_commands[0].command = "mentor-signup"))).toBe(false);
    expect(broken((m) => (m.features.slash_commands[0].command = `/${"x".repeat(32)}`))).toBe(false);
    expect(broken((m) => delete m.features.slash_commands[0].url)).toBe(false);
    expect(broken((m) => delete m.settings.event_subscriptions.request_url)).toBe(false);
    expect(broken((m) => (m.oauth_config.scopes.bot[0] = "chat:wrte"))).toBe(false);
    expect(broken((m) => (m.settings.socket_mod_enabled = true))).toBe(false);
  });
});
