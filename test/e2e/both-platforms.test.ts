// One process serving Slack and Discord at once, as a program on both would run it.
import { afterEach, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/bot.ts";
import { silentLogger } from "../../src/log.ts";
import { APP_ID, DiscordEmulator, GUILD_ID } from "../helpers/discord-emulator.ts";
import { FixedClock, testConfig, waitFor } from "../helpers/harness.ts";
import { SlackEmulator } from "../helpers/slack-emulator.ts";
import { commandBody, postSigned } from "../helpers/slack-requests.ts";

describe("Slack and Discord in one process", () => {
  let bot: RunningBot | undefined;
  const slack = new SlackEmulator();
  const discord = new DiscordEmulator();
  afterEach(async () => {
    await bot?.stop();
    await slack.stop();
    await discord.stop();
  });

  it("answers on both, and Discord can still send files once Slack's libraries are loaded", async () => {
    await slack.start();
    await discord.start();
    const coordinator = "910000000000009999";
    discord.addUser(coordinator, "cora");
    bot = await startBot(
      testConfig({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "secret",
        SLACK_API_URL: slack.apiUrl,
        PORT: "0",
        DISCORD_TOKEN: "discord-test-token",
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_URL: discord.apiUrl,
        COORDINATOR_IDS: `UCORA,${coordinator}`,
      }),
      { log: silentLogger, clock: new FixedClock(), schedule: false },
    );
    expect(Object.keys(bot.ports).sort()).toEqual(["discord", "slack"]);

    const responseUrl = slack.responseUrl();
    const res = await postSigned(
      `http://127.0.0.1:${bot.httpPort}/slack/events`,
      "secret",
      commandBody({ command: "/pairings", text: "list", userId: "UCORA", responseUrl }),
    );
    expect(res.status).toBe(200);
    await waitFor(() => slack.responses.find((r) => r.id === responseUrl.split("/").pop()), "Slack's answer");

    const i = discord.command(coordinator, "pairings", [
      { type: 1, name: "report", options: [{ name: "month", type: 3, value: "csv" }] },
    ]);
    const reply = await waitFor(
      () =>
        [...discord.messages.values()].find(
          (m) => m.interaction_token === i.token && (m.files?.length ?? 0) > 0,
        ),
      "the CSV on Discord",
      8000,
    );
    expect(reply.files[0].filename).toBe("pairs-report-2026-11.csv");
  });
});
