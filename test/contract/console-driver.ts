import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
// Drives console mode in-process: writes lines to its input, reads what it prints.
import { PassThrough } from "node:stream";
import { type RunningBot, startBot } from "../../src/bot.ts";
import { PlatformError } from "../../src/domain/errors.ts";
import type { FieldSpec, FormValues } from "../../src/domain/forms.ts";
import { agreeField, menteeFields, mentorFields } from "../../src/domain/signup/fields.ts";
import { silentLogger } from "../../src/log.ts";
import { FixedClock, testConfig } from "../helpers/harness.ts";
import type { Driver, DriverFactory, Outcome, SpaceOp, Submitted } from "./driver.ts";
import { runJobAt, runRetentionAt } from "./run-job.ts";

const ALL_FIELDS: FieldSpec[] = [...mentorFields, ...menteeFields(13, "This program")];

class ConsoleDriver implements Driver {
  readonly platform = "console" as const;
  private output = "";
  private waiting: { kind: "command" | "question"; seq: number } = { kind: "command", seq: 0 };
  private seq = 0;
  private waiters: (() => void)[] = [];
  private actor = "";
  input = new PassThrough();
  bot!: RunningBot;
  contentDir = "";
  clock = new FixedClock();

  get prisma() {
    return this.bot.db.prisma;
  }

  async init(coordinators: string[], env: Record<string, string> = {}) {
    const out = new PassThrough();
    out.on("data", (d) => {
      this.output += String(d);
    });
    const config = testConfig({ COORDINATOR_IDS: coordinators.join(","), ...env });
    this.contentDir = config.CONTENT_DIR;
    this.bot = await startBot(config, {
      log: silentLogger,
      clock: this.clock,
      schedule: false,
      io: {
        input: this.input,
        output: out,
        onWaiting: (kind) => {
          this.waiting = { kind, seq: ++this.seq };
          for (const w of this.waiters.splice(0)) w();
        },
      },
    });
    await this.settle(0);
  }

  private async settle(after: number): Promise<"command" | "question"> {
    while (this.waiting.seq <= after) await new Promise<void>((r) => this.waiters.push(r));
    return this.waiting.kind;
  }

  /** Writes one line and returns what was printed until the console waited again. */
  async send(line: string): Promise<{ printed: string; next: "command" | "question" }> {
    const before = this.seq;
    const start = this.output.length;
    this.input.write(`${line}\n`);
    const next = await this.settle(before);
    return { printed: this.output.slice(start), next };
  }

  idOf(person: string) {
    return person;
  }

  private async as(person: string) {
    if (this.actor !== person) {
      await this.send(`/as ${person}`);
      this.actor = person;
    }
  }

  private lastQuestion = "";

  async home(person: string): Promise<string> {
    const out = await this.run(person, "home");
    if (out.kind !== "reply") throw new Error("expected the home");
    return out.text;
  }

  async run(person: string, command: string, text = ""): Promise<Outcome> {
    await this.as(person);
    // a terminal sends one line per Enter: a message typed over two lines elsewhere is one line here
    const line = text.replace(/\s*[\r\n]+\s*/g, " ");
    const r = await this.send(`/${command}${line ? ` ${line}` : ""}`);
    if (r.next === "command") return { kind: "reply", text: r.printed };
    this.lastQuestion = r.printed;
    return { kind: "form", form: { agreementShown: /Do you agree to the/.test(r.printed), text: r.printed } };
  }

  /** the field a printed question asks for ("agree" for the agreement), or null */
  private fieldOf(question: string): { id: string; label: string } | null {
    const lastBlock = question.trimEnd().split("\n== ").pop() ?? question;
    if (/Do you agree to the .*Type yes or no\.\s*$/.test(lastBlock))
      return { id: "agree", label: "Do you agree" };
    const lines = lastBlock.split("\n");
    const agree = agreeField({ title: "Professionalism Agreement", version: "v1" } as never);
    return (
      [...ALL_FIELDS, agree]
        .filter((f) => lines.some((l) => l.startsWith(f.label)))
        .sort((a, b) => b.label.length - a.label.length)[0] ?? null
    );
  }

  private answerFor(question: string, values: FormValues): string {
    const lastBlock = question.trimEnd().split("\n== ").pop() ?? question;
    if (/Do you agree to the .*Type yes or no\.\s*$/.test(lastBlock))
      return values.agree === "yes" ? "yes" : "no";
    const lines = lastBlock.split("\n");
    const agree = agreeField({ title: "Professionalism Agreement", version: "v1" } as never);
    const field = [...ALL_FIELDS, agree]
      .filter((f) => lines.some((l) => l.startsWith(f.label)))
      .sort((a, b) => b.label.length - a.label.length)[0];
    if (!field) throw new Error(`console asked something unexpected: ${lastBlock}`);
    const v = values[field.id];
    switch (field.type) {
      case "text":
        return typeof v === "string" ? v : "";
      case "checkbox":
        return v === "yes" ? "yes" : "no";
      case "select":
        return v === undefined ? "" : String(field.options.findIndex((o) => o.value === v) + 1);
      case "multiselect": {
        const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
        return list.map((x) => String(field.options.findIndex((o) => o.value === x) + 1)).join(",");
      }
    }
  }

  async submit(person: string, values: FormValues): Promise<Submitted> {
    await this.as(person);
    let question = this.lastQuestion;
    // The console checks an answer as it is given: a refused one is said at once and the same
    // question asked again. The driver keeps what was said, leaves that field empty, and goes on,
    // so every problem is still reported (the empty field is then named at the end).
    const refused = new Set<string>();
    const saidAtOnce: string[] = [];
    for (let i = 0; i < 40; i++) {
      const asked = this.fieldOf(question);
      const r = await this.send(asked && refused.has(asked.id) ? "" : this.answerFor(question, values));
      if (r.printed.includes("Please fix these")) {
        const messages = r.printed
          .split("Please fix these")[1]!
          .split("\n")
          .filter((l) => l.startsWith("- "))
          .map((l) => l.slice(2));
        if (r.next === "question") await this.send("/cancel");
        return { ok: false, messages: [...saidAtOnce, ...messages] };
      }
      if (r.next === "command") {
        if (r.printed.includes("nothing was saved") || r.printed.includes("Sorry"))
          return { ok: false, messages: [...saidAtOnce, r.printed] };
        return { ok: true };
      }
      const again = this.fieldOf(r.printed);
      if (asked && again?.id === asked.id && !refused.has(asked.id)) {
        refused.add(asked.id);
        saidAtOnce.push(r.printed.split(again.label)[0]?.trim() ?? "");
      }
      question = r.printed;
    }
    throw new Error("console form did not finish");
  }

  async decline(person: string): Promise<string> {
    await this.as(person);
    const r = await this.send(/Do you agree/.test(this.lastQuestion) ? "no" : "/cancel");
    return r.printed;
  }

  async press(person: string, buttonId: string): Promise<string> {
    await this.as(person);
    return (await this.send(`/press ${buttonId}`)).printed;
  }

  async files(person: string) {
    // files are saved as the acting person asks for them; this driver acts as one person at a time
    void person;
    return [...this.output.matchAll(/\(saved (.+), \d+ bytes\)/g)].map((m) => ({
      filename: basename(m[1] as string),
      data: readFileSync(m[1] as string),
    }));
  }

  async spaceFiles() {
    return [...this.output.matchAll(/--- in #[\w-]+ ---\n([\s\S]*?)\n---/g)].flatMap((block) =>
      [...(block[1] as string).matchAll(/\(saved (.+), \d+ bytes\)/g)].map((m) => ({
        filename: basename(m[1] as string),
        data: readFileSync(m[1] as string),
      })),
    );
  }

  async dmBot(person: string, text: string): Promise<string> {
    await this.as(person);
    return (await this.send(text)).printed;
  }

  async dms(person: string): Promise<string[]> {
    // The console numbers its direct messages 1, 2, ... in the order printed, and prints deletions.
    const all = [...this.output.matchAll(/--- direct message to ([\w.-]+) ---\n([\s\S]*?)\n---\n/g)];
    const deleted = new Set(
      [...this.output.matchAll(/\(deleted direct message ([\d, ]+) to /g)].flatMap((m) =>
        (m[1] ?? "").split(", "),
      ),
    );
    return all.flatMap((m, i) => (m[1] === person && !deleted.has(String(i + 1)) ? [m[2] ?? ""] : []));
  }

  async spaces() {
    const out = this.output;
    const names = [...out.matchAll(/\(made the private space #([\w-]+)\)/g)].map((m) => m[1] as string);
    const renamed = new Map(
      [...out.matchAll(/\(renamed #([\w-]+) to #([\w-]+)\)/g)].map((m) => [m[1] as string, m[2] as string]),
    );
    const printedAs = (first: string, now: string, re: (name: string) => RegExp) =>
      [...new Set([first, now])].flatMap((n) => [...out.matchAll(re(n))].map((m) => m[1] as string));
    return names.map((first) => {
      const name = renamed.get(first) ?? first;
      return {
        id: `space-${createHash("sha256").update(first).digest("hex").slice(0, 12)}`,
        name,
        members: printedAs(first, name, (n) => new RegExp(`\\(added ([\\w.-]+) to #${n}\\)`, "g")),
        archived: out.includes(`(archived #${name})`),
        messages: printedAs(first, name, (n) => new RegExp(`--- in #${n} ---\\n([\\s\\S]*?)\\n---\\n`, "g")),
      };
    });
  }

  failNext(op: SpaceOp) {
    const port = this.bot.ports.console as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const original = port[op] as (...a: unknown[]) => Promise<unknown>;
    port[op] = async () => {
      port[op] = original;
      throw new PlatformError("console", op, "simulated failure");
    };
  }

  runRetention(iso: string) {
    return runRetentionAt(this.bot, this.clock, iso);
  }

  runJob(name: string, iso: string) {
    return runJobAt(this.bot, this.clock, name, iso);
  }

  async stop() {
    this.input.end();
    await this.bot.consoleDone;
    await this.bot.stop();
  }
}

export const consoleDriver: DriverFactory = async ({ coordinators = [], env = {} }) => {
  const d = new ConsoleDriver();
  await d.init(coordinators, env);
  return d;
};
