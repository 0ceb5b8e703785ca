// Drives the real Bolt app over HTTP with signed requests, against the Slack emulator.
import { type RunningBot, startBot } from "../../src/bot.ts";
import type { FormValues } from "../../src/domain/forms.ts";
import { type Logger, silentLogger } from "../../src/log.ts";
import { FixedClock, testConfig, waitFor } from "../helpers/harness.ts";
import { messageText, SlackEmulator } from "../helpers/slack-emulator.ts";
import {
  blockAction,
  commandBody,
  interactionBody,
  postSigned,
  viewClosed,
  viewSubmission,
} from "../helpers/slack-requests.ts";
import type { Driver, DriverFactory, Outcome, SpaceOp, Submitted } from "./driver.ts";
import { runJobAt, runRetentionAt } from "./run-job.ts";

export const SIGNING_SECRET = "test-signing-secret";
type View = Record<string, unknown> & { id?: string; blocks?: Block[] };
type Block = {
  type: string;
  block_id?: string;
  dispatch_action?: boolean;
  text?: { text?: string };
  label?: { text?: string };
  hint?: { text?: string };
  elements?: { text?: string }[];
  element?: Record<string, unknown> & {
    initial_value?: string;
    initial_option?: { text: { text: string } };
    initial_options?: { text: { text: string } }[];
  };
};

/** Everything a person could read in a modal, including what the inputs already hold. */
export function viewText(view: View): string {
  return (view.blocks ?? [])
    .flatMap((b) => [
      b.text?.text ?? "",
      ...(b.elements ?? []).map((e) => e.text ?? ""),
      b.label?.text ?? "",
      b.hint?.text ?? "",
      b.element?.initial_value ?? "",
      b.element?.initial_option?.text.text ?? "",
      ...(b.element?.initial_options ?? []).map((o) => o.text.text),
    ])
    .filter(Boolean)
    .join("\n");
}

export class SlackDriver implements Driver {
  readonly platform = "slack" as const;
  readonly emulator = new SlackEmulator();
  bot!: RunningBot;
  url = "";
  contentDir = "";
  clock = new FixedClock();
  private open = new Map<string, View>();

  get prisma() {
    return this.bot.db.prisma;
  }

  async init(
    coordinators: string[],
    mode: "http" | "socket" = "http",
    env: Record<string, string> = {},
    log: Logger = silentLogger,
  ) {
    await this.emulator.start();
    const config = testConfig({
      SLACK_BOT_TOKEN: "xoxb-test",
      ...(mode === "http" ? { SLACK_SIGNING_SECRET: SIGNING_SECRET } : { SLACK_APP_TOKEN: "xapp-test" }),
      SLACK_API_URL: this.emulator.apiUrl,
      PORT: "0",
      COORDINATOR_IDS: coordinators.map((c) => this.idOf(c)).join(","),
      ...env,
    });
    this.contentDir = config.CONTENT_DIR;
    this.bot = await startBot(config, { log, clock: this.clock, schedule: false });
    this.url = `http://127.0.0.1:${this.bot.httpPort}/slack/events`;
  }

  idOf(person: string) {
    return `U${person.toUpperCase()}`;
  }

  post(body: string, opts: Parameters<typeof postSigned>[3] = {}) {
    return postSigned(this.url, SIGNING_SECRET, body, opts);
  }

  async run(person: string, command: string, text = ""): Promise<Outcome> {
    const responseUrl = this.emulator.responseUrl();
    const opens = this.emulator.views.size;
    const res = await this.post(
      commandBody({
        command: `/${command}`,
        // Slack escapes mentions in command text as <@U123|name>.
        text: text.replace(/@([\w.-]+)/g, (_m, p: string) => `<@${this.idOf(p)}|${p}>`),
        userId: this.idOf(person),
        responseUrl,
      }),
    );
    if (res.status !== 200) throw new Error(`command answered ${res.status}`);
    const id = responseUrl.split("/").pop();
    const got = await waitFor(
      () =>
        this.emulator.views.size > opens
          ? ("view" as const)
          : this.emulator.responses.some((r) => r.id === id)
            ? ("reply" as const)
            : null,
      "a modal or a reply",
    );
    if (got === "reply") {
      const r = this.emulator.responses.find((x) => x.id === id);
      return { kind: "reply", text: messageText(r?.body ?? {}) };
    }
    const view = this.emulator.views.get([...this.emulator.views.keys()].at(-1) as string) as View;
    this.open.set(person, view);
    return {
      kind: "form",
      form: { agreementShown: (view.blocks ?? []).some((b) => b.block_id === "agree"), text: viewText(view) },
    };
  }

  /** Picks the controlling selects first, as a person would, so the modal shows the fields they reveal. */
  private async reveal(person: string, values: FormValues): Promise<View> {
    let view = this.open.get(person);
    if (!view) throw new Error(`${person} has no open form`);
    for (const b of view.blocks ?? []) {
      if (!b.dispatch_action || !b.block_id || values[b.block_id] === undefined) continue;
      const updates = this.emulator.callsTo("views.update").length;
      await this.post(interactionBody(blockAction(this.idOf(person), view, values, b.block_id)));
      await waitFor(() => this.emulator.callsTo("views.update").length > updates, "the modal to redraw");
      view = this.emulator.views.get(view.id as string) as View;
    }
    this.open.set(person, view);
    return view;
  }

  async submit(person: string, values: FormValues): Promise<Submitted> {
    const view = await this.reveal(person, values);
    const dmsBefore = (await this.dms(person)).length;
    const res = await this.post(interactionBody(viewSubmission(this.idOf(person), view, values)));
    if (res.status !== 200) throw new Error(`submission answered ${res.status}`);
    if (res.body) {
      const ack = JSON.parse(res.body) as { response_action?: string; errors?: Record<string, string> };
      if (ack.response_action === "errors") return { ok: false, messages: Object.values(ack.errors ?? {}) };
    }
    this.open.delete(person);
    await waitFor(
      () => this.emulator.messagesTo(this.idOf(person)).length > dmsBefore,
      "the confirmation DM",
    );
    return { ok: true };
  }

  /** The same modal submitted twice at the same instant (a double click, or Slack's retry). */
  async submitTwiceAtOnce(person: string, values: FormValues): Promise<number[]> {
    const view = await this.reveal(person, values);
    const body = interactionBody(viewSubmission(this.idOf(person), view, values));
    const answers = await Promise.all([this.post(body), this.post(body)]);
    this.open.delete(person);
    return answers.map((r) => r.status);
  }

  async decline(person: string): Promise<string> {
    const view = this.open.get(person);
    if (!view) throw new Error(`${person} has no open form`);
    const before = this.emulator.messagesTo(this.idOf(person)).length;
    await this.post(interactionBody(viewClosed(this.idOf(person), view)));
    this.open.delete(person);
    await waitFor(() => this.emulator.messagesTo(this.idOf(person)).length > before, "the decline DM");
    return this.emulator.messagesTo(this.idOf(person)).at(-1) ?? "";
  }

  async spaces() {
    return [...this.emulator.channels.values()].map((c) => ({
      id: c.id,
      name: c.name,
      members: [...c.members].filter((m) => m !== "UBOT"),
      archived: c.archived,
      purpose: c.purpose,
      messages: this.emulator.messagesTo(c.id),
    }));
  }

  failNext(op: SpaceOp) {
    const method = {
      openSpace: "conversations.create",
      addToSpace: "conversations.invite",
      archiveSpace: "conversations.archive",
      deleteSent: "chat.delete",
    }[op];
    this.emulator.fail(method, () => ({ ok: false, error: "restricted_action" }));
  }

  /** Slack's App Home tab: opening it publishes the person's view. */
  async home(person: string): Promise<string> {
    const user = this.idOf(person);
    const before = this.emulator.callsTo("views.publish").length;
    const res = await this.post(
      JSON.stringify({
        type: "event_callback",
        team_id: "T0TEST",
        api_app_id: "A0TEST",
        event: { type: "app_home_opened", user, channel: `D${user}`, tab: "home", event_ts: "1.1" },
        event_id: `Ev${Math.random().toString(36).slice(2)}`,
        event_time: 1,
      }),
      { contentType: "application/json" },
    );
    if (res.status !== 200) throw new Error(`the home event answered ${res.status}`);
    const call = await waitFor(
      () =>
        this.emulator
          .callsTo("views.publish")
          .slice(before)
          .find((c) => c.args.user_id === user),
      "the home view",
    );
    return messageText(call.args.view as Record<string, unknown>);
  }

  async press(person: string, buttonId: string): Promise<string> {
    const responseUrl = this.emulator.responseUrl();
    const payload = {
      type: "block_actions",
      team: { id: "T0TEST", domain: "test" },
      user: { id: this.idOf(person), name: person, team_id: "T0TEST" },
      api_app_id: "A0TEST",
      token: "legacy",
      container: { type: "message", channel_id: `D${this.idOf(person)}`, message_ts: "1.1" },
      channel: { id: `D${this.idOf(person)}` },
      trigger_id: "trig-press",
      response_url: responseUrl,
      actions: [
        { type: "button", action_id: `a:${buttonId}`, block_id: "b", value: buttonId, action_ts: "1" },
      ],
    };
    const res = await this.post(interactionBody(payload));
    if (res.status !== 200) throw new Error(`press answered ${res.status}`);
    const id = responseUrl.split("/").pop();
    const r = await waitFor(
      () => this.emulator.responses.find((x) => x.id === id),
      "the answer to the press",
    );
    return messageText(r.body);
  }

  async spaceFiles() {
    return this.emulator.files.filter((f) => !f.channel.startsWith("D"));
  }

  async files(person: string) {
    return this.emulator.files.filter((f) => f.channel === `D${this.idOf(person)}`);
  }

  async dmBot(person: string, text: string): Promise<string> {
    const channel = `D${this.idOf(person)}`;
    const before = this.emulator.messagesTo(channel).length;
    const event = {
      type: "event_callback",
      team_id: "T0TEST",
      api_app_id: "A0TEST",
      event: {
        type: "message",
        channel_type: "im",
        channel,
        user: this.idOf(person),
        text,
        ts: `${Date.now() / 1000}`,
      },
      event_id: `Ev${Math.random().toString(36).slice(2)}`,
      event_time: 1,
    };
    const res = await this.post(JSON.stringify(event), { contentType: "application/json" });
    if (res.status !== 200) throw new Error(`the message event answered ${res.status}`);
    // the first question trains the crisis classifier (1-2 s, longer on a loaded machine)
    await waitFor(() => this.emulator.messagesTo(channel).length > before, "the bot's answer", 15_000);
    return this.emulator.messagesTo(channel).at(-1) as string;
  }

  async dms(person: string): Promise<string[]> {
    return this.emulator.messagesTo(this.idOf(person));
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

export const slackDriver: DriverFactory = async ({ coordinators = [], env = {} }) => {
  const d = new SlackDriver();
  await d.init(coordinators, "http", env);
  return d;
};
