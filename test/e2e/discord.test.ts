// Discord specifics: registration, limits, deferral, a dropped gateway, a restart mid-form.
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { parseAgreement } from "../../src/domain/agreement.ts";
import { commandJson } from "../../src/platforms/discord/commands-json.ts";
import { agreementMessages } from "../../src/platforms/discord/format.ts";
import { registerCommands } from "../../src/platforms/discord/register.ts";
import { DiscordDriver, messageText } from "../contract/discord-driver.ts";
import { MENTOR, MINOR } from "../contract/signup.contract.ts";
import { APP_ID, DiscordEmulator, GUILD_ID } from "../helpers/discord-emulator.ts";
import { tempContent, tempDbUrl, waitFor } from "../helpers/harness.ts";

describe("Discord", () => {
  let d: DiscordDriver | undefined;
  afterEach(async () => {
    await d?.stop();
    d = undefined;
  });

  it("npm run discord:register puts every command from the registry on the server", async () => {
    const emu = new DiscordEmulator();
    await emu.start();
    try {
      const n = await registerCommands({
        token: "discord-test-token",
        applicationId: APP_ID,
        guildId: GUILD_ID,
        apiUrl: emu.apiUrl,
      });
      expect(n).toBe(commands.length);
      const put = emu.calls.find((c) => c.method === "PUT");
      expect(put?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
      const names = (put?.body as unknown as { name: string }[] | undefined)?.map((c) => c.name);
      expect(names).toEqual(commands.map((c) => c.name));
    } finally {
      await emu.stop();
    }
  });

  it("command definitions fit Discord's rules", () => {
    for (const c of commandJson(commands)) {
      expect(c.name).toMatch(/^[a-z0-9-]{1,32}$/);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.options.length).toBeLessThanOrEqual(25);
    }
  });

  it("splits a long agreement over embeds and messages within Discord's limits", () => {
    const long = `# Professionalism Agreement\n\n${Array.from({ length: 12 }, (_, i) => `## Part ${i}\n${"Be kind and truthful. ".repeat(120)}`).join("\n\n")}`;
    const batches = agreementMessages(parseAgreement("v9.md", long));
    expect(batches.length).toBeGreaterThan(1);
    for (const embeds of batches) {
      expect(embeds.length).toBeLessThanOrEqual(10);
      expect(
        embeds.reduce((n, e) => n + e.description.length + (e.title?.length ?? 0), 0),
      ).toBeLessThanOrEqual(6000);
      for (const e of embeds) expect(e.description.length).toBeLessThanOrEqual(4096);
    }
  });

  it("a slow start is deferred within 3 seconds and the form still arrives", async () => {
    d = new DiscordDriver();
    await d.init();
    const signup = d.bot.services.signup;
    const original = signup.start.bind(signup);
    signup.start = async (...args) => {
      await new Promise((r) => setTimeout(r, 2300));
      return original(...args);
    };
    const i = d.emulator.command(d.idOf("maria"), "mentor-signup");
    const first = await waitFor(() => d?.emulator.answersTo(i.id)[0], "the first answer", 3000);
    expect(first.type).toBe(5);
    expect(first.data.flags & 64).toBe(64);
    const edited = await waitFor(
      () => d?.emulator.calls.find((c) => c.method === "PATCH" && c.path.includes(i.token)),
      "the form",
    );
    expect(JSON.stringify(edited.body)).toContain("I have read and agree");
  });

  it("a gateway connection dropped mid-signup is resumed and nothing typed so far is lost", async () => {
    d = new DiscordDriver();
    await d.init();
    await d.run("maria", "mentor-signup");
    await d.click("maria", ":agree");
    await d.click("maria", ":s:role", ["attending"]);
    d.emulator.dropConnection();
    // A click made while the bot is disconnected is delivered when it resumes.
    const form = [...d.emulator.messages.values()].at(-1)!;
    const pending = d.emulator.component(
      d.idOf("maria"),
      form.id,
      form.components[1].components[0].custom_id,
      ["ykdelta"],
    );
    await waitFor(() => d?.emulator.resumes === 1, "the resume", 15_000);
    await waitFor(() => d?.emulator.answersTo(pending.id)[0], "the replayed click");
    expect(d.emulator.identifies).toBe(1);
    expect(await d.submit("maria", MENTOR)).toEqual({ ok: true });
    const m = await d.prisma.mentorProfile.findFirstOrThrow();
    expect(m).toMatchObject({ role: "attending", region: "ykdelta", capacity: 2 });
  }, 30_000);

  it("a restart of the bot mid-signup keeps the form: the next click carries on", async () => {
    const databaseUrl = tempDbUrl();
    const contentDir = tempContent();
    d = new DiscordDriver();
    await d.init({ databaseUrl, contentDir });
    await d.run("sam", "mentee-signup");
    await d.click("sam", ":agree");
    await d.click("sam", ":s:stage", ["high_school"]);
    const emulator = d.emulator;
    await d.bot.stop();
    // same database, same Discord: a new process
    const { startBot } = await import("../../src/bot.ts");
    const { testConfig, FixedClock } = await import("../helpers/harness.ts");
    const { silentLogger } = await import("../../src/log.ts");
    d.bot = await startBot(
      testConfig({
        DISCORD_TOKEN: "discord-test-token",
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_URL: emulator.apiUrl,
        DATABASE_URL: databaseUrl,
        CONTENT_DIR: contentDir,
      }),
      { log: silentLogger, clock: new FixedClock() },
    );
    expect(await d.submit("sam", MINOR)).toEqual({ ok: true });
    expect(await d.prisma.guardian.count()).toBe(1);
    expect(await d.prisma.flowDraft.count()).toBe(0);
  }, 30_000);

  it("a button from an expired or unknown form says to start again, and changes nothing", async () => {
    d = new DiscordDriver();
    await d.init();
    await d.run("maria", "mentor-signup");
    await d.prisma.flowDraft.deleteMany();
    const ans = await d.click("maria", ":agree");
    expect(ans.type).toBe(4);
    expect(ans.data.content).toMatch(/expired.*start again with \/mentor-signup/);
    expect(ans.data.flags & 64).toBe(64);
    const other = await d.prisma.member.count();
    expect(other).toBe(0);
  });

  it("someone else's form cannot be used", async () => {
    d = new DiscordDriver();
    await d.init();
    await d.run("maria", "mentor-signup");
    const form = [...d.emulator.messages.values()].at(-1)!;
    const agree = form.components[0].components[0].custom_id;
    const i = d.emulator.component(d.idOf("mallory"), form.id, agree);
    const ans = await waitFor(() => d?.emulator.answersTo(i.id)[0], "an answer");
    expect(ans.data.content).toMatch(/not yours/);
    expect(messageText(d.emulator.messages.get(form.id))).toContain("Professionalism Agreement");
  });

  it("a direct message to the bot gets the list of commands", async () => {
    d = new DiscordDriver();
    await d.init();
    const reply = await d.dmBot("lee", "help");
    expect(reply).toContain("/mentor-signup");
    expect(reply).toContain("/mentee-signup");
  });
});
