// Drives the real discord.js client through the Discord emulator, clicking and typing as a person would.
import { findCommand } from "../../commands/index.ts";
import { parseCommandText } from "../../src/app/args.ts";
import { type RunningBot, startBot } from "../../src/bot.ts";
import type { FormValues } from "../../src/domain/forms.ts";
import { createLogger, silentLogger } from "../../src/log.ts";
import {
  APP_ID,
  BOT_ID,
  COORDINATOR_ROLE_ID,
  DiscordEmulator,
  GUILD_ID,
  snowflake,
} from "../helpers/discord-emulator.ts";
import { FixedClock, testConfig, waitFor } from "../helpers/harness.ts";
import type { Driver, DriverFactory, Outcome, SpaceOp, Submitted } from "./driver.ts";
import { runJobAt, runRetentionAt } from "./run-job.ts";

type Json = Record<string, any>;
const OPTION_TYPES = { string: 3, number: 10, user: 6 } as const;

export function messageText(m: Json | undefined): string {
  if (!m) return "";
  const embeds = (m.embeds ?? []).map((e: Json) => `${e.title ?? ""}\n${e.description ?? ""}`);
  return [m.content ?? "", ...embeds].join("\n");
}

function components(m: Json): Json[] {
  return (m.components ?? []).flatMap((row: Json) => row.components ?? []);
}

export class DiscordDriver implements Driver {
  readonly platform = "discord" as const;
  readonly emulator = new DiscordEmulator();
  bot!: RunningBot;
  contentDir = "";
  clock = new FixedClock();
  private readonly ids = new Map<string, string>();
  private readonly current = new Map<string, string>();

  get prisma() {
    return this.bot.db.prisma;
  }

  async init(
    opts: {
      coordinators?: string[];
      coordinatorRole?: string[];
      databaseUrl?: string;
      contentDir?: string;
      env?: Record<string, string>;
    } = {},
  ) {
    await this.emulator.start();
    for (const p of opts.coordinatorRole ?? [])
      this.emulator.memberRoles.set(this.idOf(p), [COORDINATOR_ROLE_ID]);
    const config = testConfig({
      DISCORD_TOKEN: "discord-test-token",
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: this.emulator.apiUrl,
      COORDINATOR_IDS: (opts.coordinators ?? []).map((c) => this.idOf(c)).join(","),
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
      ...(opts.contentDir ? { CONTENT_DIR: opts.contentDir } : {}),
      ...opts.env,
    });
    this.contentDir = config.CONTENT_DIR;
    const log = process.env.TEST_LOG ? createLogger("warn") : silentLogger;
    this.bot = await startBot(config, { log, clock: this.clock, schedule: false });
  }

  idOf(person: string): string {
    let id = this.ids.get(person);
    if (!id) {
      id = snowflake();
      this.ids.set(person, id);
      this.emulator.addUser(id, person, this.emulator.memberRoles.get(id) ?? []);
    }
    return id;
  }

  private async answer(interaction: Json): Promise<Json> {
    const ans = await waitFor(
      () => this.emulator.answersTo(interaction.id)[0],
      `an answer to interaction ${interaction.type}`,
    );
    if (ans.type === 5)
      await waitFor(
        () => this.emulator.calls.some((c) => c.method === "PATCH" && c.path.includes(interaction.token)),
        "the deferred reply",
        20_000,
      );
    return ans;
  }

  async home(person: string): Promise<string> {
    const out = await this.run(person, "home");
    if (out.kind !== "reply") throw new Error("expected the home");
    return out.text;
  }

  async run(person: string, command: string, text = ""): Promise<Outcome> {
    const def = findCommand(command);
    const args = def ? parseCommandText(def, text) : { values: {} };
    const specs = def?.subcommands
      ? (def.subcommands.find((s) => s.name === args.sub)?.options ?? [])
      : (def?.options ?? []);
    const opts = specs
      .filter((o) => args.values[o.name] !== undefined)
      .map((o) => {
        const raw = args.values[o.name] as string;
        const value =
          o.type === "user" ? this.idOf(raw.replace(/^@/, "")) : o.type === "number" ? Number(raw) : raw;
        return { name: o.name, type: OPTION_TYPES[o.type], value };
      });
    const options = args.sub ? [{ type: 1, name: args.sub, options: opts }] : opts;
    const i = this.emulator.command(this.idOf(person), command, options);
    await this.answer(i);
    await new Promise((r) => setTimeout(r, 30)); // follow-ups of a long agreement
    const mine = [...this.emulator.messages.values()].filter(
      (m) => m.interaction_token === i.token || m.webhook_id,
    );
    const original = this.emulator.originalOf(i.token);
    const all = original ? [original, ...mine.filter((m) => m.id !== original.id && m.webhook_id)] : mine;
    const shown = all.map(messageText).join("\n");
    // A form carries the flow's own components (f:...); a reply may carry the core's buttons (a:...).
    const withComponents = [...all]
      .reverse()
      .find((m) => components(m).some((c) => String(c.custom_id).startsWith("f:")));
    if (!withComponents)
      return {
        kind: "reply",
        text: [shown, ...all.flatMap((m) => components(m).map((c) => c.label ?? ""))].join("\n"),
      };
    this.current.set(person, withComponents.id);
    const agreementShown = components(withComponents).some((c) => String(c.custom_id).endsWith(":agree"));
    return { kind: "form", form: { agreementShown, text: shown } };
  }

  private message(person: string): Json {
    const id = this.current.get(person);
    const m = id ? this.emulator.messages.get(id) : undefined;
    if (!m) throw new Error(`${person} has no open form`);
    return m;
  }

  /** Clicks a component whose custom id ends with `suffix`; returns the bot's answer. */
  async click(person: string, suffix: string, values?: string[]): Promise<Json> {
    const m = this.message(person);
    const c = components(m).find((x) => String(x.custom_id).endsWith(suffix));
    if (!c)
      throw new Error(
        `no ${suffix} on the message: ${JSON.stringify(components(m).map((x) => x.custom_id))}`,
      );
    return this.answer(this.emulator.component(this.idOf(person), m.id, c.custom_id, values));
  }

  async submit(person: string, values: FormValues): Promise<Submitted> {
    const dmsBefore = this.emulator.dmsTo(this.idOf(person)).length;
    let m = this.message(person);
    if (components(m).some((c) => String(c.custom_id).endsWith(":agree"))) {
      if (values.agree !== "yes") {
        await this.click(person, ":decline");
        return { ok: false, messages: [this.message(person).content] };
      }
      await this.click(person, ":agree");
    }
    // Choose in each select and tick each box as asked; choices can reveal more of them.
    for (let guard = 0; guard < 20; guard++) {
      m = this.message(person);
      const todo = components(m).find((c) => {
        const field = /:(s|c):(\w+)$/.exec(String(c.custom_id));
        if (!field) return false;
        const want = values[field[2] as string];
        if (field[1] === "c") return (want === "yes") !== (c.style === 3);
        if (want === undefined) return false;
        const chosen = (c.options ?? []).filter((o: Json) => o.default).map((o: Json) => o.value);
        const wanted = Array.isArray(want) ? want : [want];
        return JSON.stringify([...chosen].sort()) !== JSON.stringify([...wanted].sort());
      });
      if (!todo) break;
      const [, kind, field] = /:(s|c):(\w+)$/.exec(String(todo.custom_id)) as unknown as [
        string,
        string,
        string,
      ];
      const want = values[field];
      await this.click(
        person,
        `:${kind}:${field}`,
        kind === "s" ? (Array.isArray(want) ? want : [want as string]) : undefined,
      );
    }
    for (let page = 0; page < 5; page++) {
      const ans = await this.click(person, ":next");
      if (ans.type === 9) {
        const modal = ans.data as Json;
        const inputs = (modal.components as Json[]).flatMap((r) => r.components as Json[]);
        const filled = Object.fromEntries(
          inputs.map((t) => [
            t.custom_id,
            typeof values[t.custom_id] === "string" ? values[t.custom_id] : "",
          ]),
        );
        await this.answer(
          this.emulator.modalSubmit(
            this.idOf(person),
            modal.custom_id,
            filled as Record<string, string>,
            this.current.get(person),
          ),
        );
      }
      const content = String(this.message(person).content ?? "");
      if (content.startsWith("**Saved.**")) {
        await waitFor(() => this.emulator.dmsTo(this.idOf(person)).length > dmsBefore, "the confirmation DM");
        return { ok: true };
      }
      if (content.includes("Please fix these")) {
        const messages = content
          .split("Please fix these")[1]!
          .split("\n")
          .filter((l) => l.startsWith("- "))
          .map((l) => l.slice(2));
        return { ok: false, messages };
      }
      if (components(this.message(person)).length === 0) return { ok: false, messages: [content] };
    }
    throw new Error("the Discord form did not finish");
  }

  async decline(person: string): Promise<string> {
    const m = this.message(person);
    const has = (s: string) => components(m).some((c) => String(c.custom_id).endsWith(s));
    await this.click(person, has(":decline") ? ":decline" : ":cancel");
    return String(this.message(person).content);
  }

  async spaces() {
    return [...this.emulator.channels.values()]
      .filter((c) => c.thread_metadata)
      .map((t) => ({
        id: t.id,
        name: t.name,
        members: [...(this.emulator.threadMembers.get(t.id) ?? [])].filter((m) => m !== BOT_ID),
        archived: t.thread_metadata.archived,
        messages: this.emulator.messagesIn(t.id).map((m) => String(m.content)),
      }));
  }

  failNext(op: SpaceOp) {
    const pattern = {
      openSpace: /^POST \/channels\/\d+\/threads$/,
      addToSpace: /^PUT \/channels\/\d+\/thread-members/,
      archiveSpace: /^PATCH \/channels\/\d+$/,
      deleteSent: /^DELETE \/channels\/\d+\/messages\/\d+$/,
    }[op];
    let used = false;
    this.emulator.fail(pattern, () => {
      if (used) return null;
      used = true;
      return { status: 403, body: { message: "Missing Access", code: 50001 } };
    });
  }

  async press(person: string, buttonId: string): Promise<string> {
    const customId = `a:${buttonId}`;
    // A button this person could not see is still tried, on another message: the bot must check anyway.
    const all = [...this.emulator.messages.values()];
    const holder = all.find((m) => components(m).some((c) => c.custom_id === customId)) ?? all.at(-1);
    if (!holder) throw new Error("no message to click on");
    const ans = await this.answer(this.emulator.component(this.idOf(person), holder.id, customId));
    return String(ans.data?.content ?? "");
  }

  async spaceFiles() {
    const threads = new Set(
      [...this.emulator.channels.values()].filter((c) => c.thread_metadata).map((c) => c.id as string),
    );
    return [...this.emulator.messages.values()]
      .filter((m) => threads.has(m.channel_id))
      .flatMap((m) =>
        (m.files ?? []).map((f: { filename: string; data: Buffer }) => ({
          filename: f.filename,
          data: f.data,
        })),
      );
  }

  async files(person: string) {
    return [...this.emulator.messages.values()]
      .filter((m) => m.to === this.idOf(person))
      .flatMap((m) =>
        (m.files ?? []).map((f: { filename: string; data: Buffer }) => ({
          filename: f.filename,
          data: f.data,
        })),
      );
  }

  async dmBot(person: string, text: string): Promise<string> {
    const id = this.idOf(person);
    const channel = this.emulator.dmChannelFor(id);
    const before = this.emulator.messagesIn(channel).length;
    this.emulator.dispatch("MESSAGE_CREATE", {
      id: snowflake(),
      channel_id: channel,
      channel_type: 1,
      author: this.emulator.users.get(id),
      content: text,
      timestamp: new Date().toISOString(),
      type: 0,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
    });
    await waitFor(() => this.emulator.messagesIn(channel).length > before, "the bot's answer", 15_000);
    return this.emulator
      .messagesIn(channel)
      .slice(before)
      .map((m) => String(m.content))
      .join("\n");
  }

  async dms(person: string): Promise<string[]> {
    return this.emulator
      .dmsTo(this.idOf(person))
      .map((m) => [String(m.content), ...components(m).map((c) => c.label ?? "")].join("\n"));
  }

  runRetention(iso: string) {
    return runRetentionAt(this.bot, this.clock, iso);
  }

  runJob(name: string, iso: string) {
    return runJobAt(this.bot, this.clock, name, iso);
  }

  async stop() {
    await this.bot.stop();
    await this.emulator.stop();
  }
}

export const discordDriver: DriverFactory = async ({ coordinators = [], env = {} }) => {
  const d = new DiscordDriver();
  await d.init({ coordinators, env });
  return d;
};
