// The platform port's promises, checked on each port itself (Slack's and Discord's against their
// local emulators, the console's on a buffer): opening a pair's space twice finds the same space,
// adding a member twice is fine, a posted message can be found again after an interrupted send,
// and a direct message can be deleted twice. The pairing service relies on each of these to
// resume after a failure without doing anything twice.
import { webApi } from "@slack/bolt";
import { Client, Events, GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SpacePort } from "../../src/domain/pairing/types.ts";
import { consolePort } from "../../src/platforms/console/port.ts";
import { discordPort } from "../../src/platforms/discord/port.ts";
import { slackPort } from "../../src/platforms/slack/port.ts";
import { DiscordEmulator, GUILD_ID } from "../helpers/discord-emulator.ts";
import { SlackEmulator } from "../helpers/slack-emulator.ts";

interface PortUnderTest {
  port: SpacePort;
  /** two members who can be added to a space */
  members: [string, string];
  /** whether the platform keeps history a resumed send can be checked against */
  remembers: boolean;
}

function portContract(name: string, make: () => PortUnderTest) {
  describe(`the ${name} port`, () => {
    it("opening a pair's space twice gives the same space, not a second one", async () => {
      const { port } = make();
      const a = await port.openPrivateSpace("pair-dana-sam-1a2b", "Mentoring: Dana and Sam");
      const b = await port.openPrivateSpace("pair-dana-sam-1a2b", "Mentoring: Dana and Sam");
      expect(b.id).toBe(a.id);
      expect(a.name).toMatch(/pair-dana-sam-1a2b/);
    });

    it("adding the same member twice is fine", async () => {
      const { port, members } = make();
      const space = await port.openPrivateSpace("pair-lee-kim-3c4d", "Mentoring: Lee and Kim");
      await port.addToSpace(space.id, members[0]);
      await expect(port.addToSpace(space.id, members[0])).resolves.toBeUndefined();
      await expect(port.addToSpace(space.id, members[1])).resolves.toBeUndefined();
    });

    it("a message posted in a space is found again after an interrupted send (where the platform keeps history)", async () => {
      const { port, remembers } = make();
      const space = await port.openPrivateSpace("pair-ana-bo-5e6f", "Mentoring: Ana and Bo");
      const welcome = { text: "**Welcome, Ana and Bo!** Your first meeting: get to know each other." };
      await port.postToSpace(space.id, welcome);
      const found = await port.wasDelivered("space", space.id, welcome);
      if (remembers) expect(found).not.toBeNull();
      else expect(found).toBeNull();
      expect(await port.wasDelivered("space", space.id, { text: "something never sent" })).toBeNull();
    });

    it("a direct message can be deleted, and deleting it again is fine", async () => {
      const { port, members } = make();
      const ref = await port.sendDirect(members[0], { text: "Sam's guardian: Pat Student, pat@example.org" });
      expect(ref?.ids.length ?? 0).toBeGreaterThan(0);
      if (!ref) return;
      await expect(port.deleteSent(ref)).resolves.toBeUndefined();
      await expect(port.deleteSent(ref)).resolves.toBeUndefined();
    });

    it("mentions use the platform's own form", () => {
      const { port, members } = make();
      expect(port.mention(members[0])).toContain(members[0]);
    });
  });
}

const slack = new SlackEmulator();
const discord = new DiscordEmulator();
// Logged in over the gateway, as the bot is: the port knows which threads are its own by its user.
let discordClient: Client;
beforeAll(async () => {
  await Promise.all([slack.start(), discord.start()]);
  discordClient = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: discord.apiUrl, retries: 0 },
  });
  const ready = new Promise<void>((r) => discordClient.once(Events.ClientReady, () => r()));
  await discordClient.login("discord-test-token");
  await ready;
});
afterAll(async () => {
  await discordClient.destroy();
  await Promise.all([slack.stop(), discord.stop()]);
});

portContract("Slack", () => ({
  port: slackPort(
    new webApi.WebClient("xoxb-test", { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
  ),
  members: ["U0DANA", "U0SAM"],
  remembers: true,
}));

portContract("Discord", () => ({
  port: discordPort(discordClient, GUILD_ID, { id: null }),
  members: ["900000000000000101", "900000000000000102"],
  remembers: true,
}));

portContract("console", () => ({
  port: consolePort(() => {}),
  members: ["dana", "sam"],
  remembers: false,
}));
