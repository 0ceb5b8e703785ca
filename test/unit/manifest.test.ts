// manifest.yml is what a program pastes into Slack: it must list exactly the commands the code has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commands } from "../../commands/index.ts";
import { REPO_ROOT } from "../helpers/harness.ts";

interface Manifest {
  features: {
    slash_commands: {
      command: string;
      url: string;
      description: string;
      usage_hint?: string;
      should_escape: boolean;
    }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean }; event_subscriptions: { bot_events: string[] } };
}

const manifest = parse(readFileSync(join(REPO_ROOT, "manifest.yml"), "utf8")) as Manifest;

describe("Slack app manifest", () => {
  it("lists exactly the registered slash commands, with their descriptions", () => {
    const listed = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(listed).toEqual(commands.map((c) => `/${c.name}`).sort());
    for (const c of commands) {
      const m = manifest.features.slash_commands.find((x) => x.command === `/${c.name}`);
      expect(m?.description).toBe(c.description);
      expect(m?.url).toMatch(/\/slack\/events$/);
      // mentions arrive as <@U123|name>, which the argument parser expects
      expect(m?.should_escape).toBe(true);
      const hint = c.usage.split(" ").slice(1).join(" ");
      if (hint) expect(m?.usage_hint).toBe(hint);
    }
  });

  it("asks for the scopes the code uses, and enables interactivity for modals and buttons", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(["commands", "chat:write", "im:history", "groups:write", "groups:read"]),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain("message.im");
  });
});
