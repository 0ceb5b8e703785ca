// Console mode: one person at a terminal plays any member (/as NAME). Every slash command runs
// through the same core as on Slack and Discord; forms become questions asked one at a time.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Core, PlatformCore } from "../../app/core.ts";
import type { Agreement } from "../../domain/agreement.ts";
import { readYesNo } from "../../domain/answers.ts";
import type { FlowSpec } from "../../domain/flow.ts";
import {
  agreed,
  answered,
  answerText,
  answerToKeep,
  type FormSession,
  nextQuestion,
  readTypedAnswer,
} from "../../domain/form-session.ts";
import type { FieldSpec, FormValues } from "../../domain/forms.ts";
import type { Message } from "../../domain/message.ts";
import type { PlatformPort } from "../port.ts";
import { consolePort, renderPlain, saveAttachments } from "./port.ts";

export interface ConsoleSettings {
  /** the simulated member the session starts as (CONSOLE_AS) */
  actAs: string;
  /** where a report's chart or CSV is saved */
  exportDir: string;
}

export interface ConsoleIO {
  input: Readable;
  output: Writable;
  /** called whenever the console waits for a line: a command, or the answer to a question (tests use it) */
  onWaiting?: (kind: "command" | "question") => void;
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;

class LineQueue {
  private lines: string[] = [];
  private waiting: ((l: string | null) => void) | null = null;
  private ended = false;

  push(line: string) {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w(line);
    } else this.lines.push(line);
  }
  end() {
    this.ended = true;
    this.waiting?.(null);
    this.waiting = null;
  }
  next(): Promise<string | null> {
    const l = this.lines.shift();
    if (l !== undefined) return Promise.resolve(l);
    if (this.ended) return Promise.resolve(null);
    return new Promise((r) => {
      this.waiting = r;
    });
  }
}

class Cancelled extends Error {}

export class ConsoleBot {
  readonly port: PlatformPort;
  private readonly bot: PlatformCore;
  private actor: string;
  private readonly queue = new LineQueue();

  constructor(
    core: Core,
    private readonly settings: ConsoleSettings,
    private readonly io: ConsoleIO,
  ) {
    this.actor = settings.actAs.toLowerCase();
    this.port = consolePort((text) => this.print(text), this.settings.exportDir);
    this.bot = core.forPlatform(this.port);
  }

  /** With no COORDINATOR_IDS, the simulated member "coordinator" has the rights, so a trial needs no set-up. */
  private isCoordinator(name: string): boolean {
    return this.bot.isCoordinator(name);
  }

  private coordinatorNames(): string[] {
    return this.bot.configuredCoordinators();
  }

  private print(text: string) {
    this.io.output.write(`${text}\n`);
  }

  /** Reads commands until end of input or /quit. */
  async run(): Promise<void> {
    const rl = createInterface({ input: this.io.input, terminal: false });
    rl.on("line", (l) => this.queue.push(l));
    rl.on("close", () => this.queue.end());
    this.print(
      `Mentoring bot, console mode. You are acting as ${this.actor}${this.isCoordinator(this.actor) ? " (a coordinator)" : ""}.\n` +
        `Switch with /as NAME. Coordinators here: ${this.coordinatorNames().join(", ")}. Type /help for the commands.`,
    );
    this.print("ready");
    for (;;) {
      this.io.onWaiting?.("command");
      const line = await this.queue.next();
      if (line === null) break;
      const text = line.trim();
      if (!text) continue;
      if (text === "/quit" || text === "/exit") break;
      await this.handle(text);
    }
    rl.close();
  }

  private async handle(text: string): Promise<void> {
    if (!text.startsWith("/")) {
      // What would be a direct message to the bot: a question for the FAQ assistant.
      this.printReply(await this.bot.directMessage(this.actor, text));
      return;
    }
    const [head = "", ...rest] = text.split(/\s+/);
    const name = head.slice(1).toLowerCase();
    if (name === "help") return this.print(renderPlain(this.bot.help({ consoleExtras: true })));
    if (name === "as") return this.switchActor(rest);
    if (name === "press") {
      if (rest.length === 0) return this.print("Usage: /press BUTTON, as shown after a message's buttons.");
      return this.printReply(await this.bot.action(this.actor, rest.join(" ")));
    }
    const outcome = await this.bot.command(this.actor, name, rest.join(" "));
    if (!outcome) {
      const like = this.bot.commandLike(name);
      if (like) return this.print(`There is no /${name} command. Did you mean /${like}?`);
      this.print(`There is no /${name} command.`);
      this.print(renderPlain(this.bot.help({ consoleExtras: true })));
    } else if (outcome.kind === "reply") this.printReply(outcome.message);
    else await this.runFlow(outcome.flow);
  }

  /** Files (a report's chart or CSV) are saved beside the database, and their paths printed. */
  private printReply(m: Message) {
    const { rest, saved } = saveAttachments(m, this.settings.exportDir);
    this.print(renderPlain(rest));
    for (const line of saved) this.print(line);
  }

  private switchActor(words: string[]) {
    const n = words[0]?.replace(/^@/, "").toLowerCase();
    if (!n || words.length > 1 || !NAME.test(n)) {
      this.print(
        "Usage: /as NAME, one word of letters, digits, dots or dashes (for example /as sam or /as dr-lee)",
      );
      return;
    }
    this.actor = n;
    this.print(`You are now acting as ${n}${this.isCoordinator(n) ? " (a coordinator)" : ""}.`);
  }

  private async ask(question: string): Promise<string> {
    this.print(question);
    this.io.onWaiting?.("question");
    const line = await this.queue.next();
    if (line === null || line.trim() === "/cancel") throw new Cancelled();
    if (line.trim() === "/quit") {
      this.queue.end();
      throw new Cancelled();
    }
    return line.trim();
  }

  /** A form as questions one at a time; the session, its checks and its draft are the core's. */
  private async runFlow(flow: FlowSpec): Promise<void> {
    this.print(
      `== ${flow.title} ==\n${renderPlain({ text: flow.intro })}\n(Type /cancel at any question to stop; nothing is saved until the end.)`,
    );
    const forms = this.bot.forms;
    const opened = await forms.open(this.actor, flow);
    let session = opened.session;
    try {
      if (flow.agreement) {
        if (!(await this.agrees(flow, flow.agreement))) {
          await forms.discard(opened.id);
          return this.print(renderPlain(this.bot.declined(flow.id)));
        }
        session = agreed(session);
      }
      for (;;) {
        const field = nextQuestion(forms.fields(this.actor, session), session);
        if (field) {
          session = answered(session, field.id, await this.askChecked(session, field));
          continue;
        }
        const outcome = await forms.finish(this.actor, opened.id, session);
        if (outcome.kind === "saved") return outcome.confirm();
        if (outcome.kind !== "refused")
          return this.print(
            renderPlain(outcome.kind === "failed" ? outcome.message : { text: "This form has expired." }),
          );
        session = outcome.session;
        this.print("Please fix these and nothing is saved until then:");
        for (const message of session.errors) this.print(`- ${message}`);
        // nothing the person can change here (for example the agreement changed)
        if (!nextQuestion(forms.fields(this.actor, session), session)) return await forms.discard(opened.id);
      }
    } catch (err) {
      if (!(err instanceof Cancelled)) throw err;
      await forms.discard(opened.id);
      this.print("Stopped: nothing was saved.");
    }
  }

  private async agrees(flow: FlowSpec, a: Agreement): Promise<boolean> {
    if (flow.agreementNote) this.print(flow.agreementNote);
    this.print(`\n${a.title} (${a.version})\n`);
    for (const s of a.sections)
      this.print(renderPlain({ text: `${s.heading ? `${s.heading.toUpperCase()}\n` : ""}${s.body}\n` }));
    let answer = readYesNo(await this.ask(`Do you agree to the ${a.title} (${a.version})? Type yes or no.`));
    while (answer === "unclear")
      answer = readYesNo(await this.ask("Please type yes to agree, or no if you do not agree."));
    return answer === "yes";
  }

  /**
   * Asks until the answer passes the form's own check for that field (said at once, not at the
   * end). After a refusal, Enter on its own leaves the field for later: the end of the form names
   * it again, and nothing is saved until it is right.
   */
  private async askChecked(session: FormSession, f: FieldSpec): Promise<FormValues[string]> {
    // what is on file (updating a profile): a mistyped new answer must never lose it
    const onFile = answerToKeep(session, f);
    let kept = onFile;
    let refusedBefore = false;
    for (;;) {
      const line = await this.ask(this.question(f, kept));
      if (line === "" && refusedBefore && kept === undefined) return f.type === "text" ? "" : undefined;
      const read = readTypedAnswer(f, line, kept);
      if (read.kind === "again") {
        this.print(read.say);
        continue;
      }
      const values = { ...session.values, [f.id]: read.value };
      const problem = this.bot.answerError(this.actor, session.flow, values, f.id);
      if (!problem) return read.value;
      refusedBefore = true;
      // Enter keeps what is on file, unless that is what was refused (it would only be refused again)
      kept = read.value === onFile ? undefined : onFile;
      this.print(
        `${problem} ${kept === undefined ? "(Or press Enter to leave it for now: nothing is saved until it is right.)" : `(Or press Enter to keep ${answerText(f, kept)}.)`}`,
      );
    }
  }

  private question(f: FieldSpec, kept: FormValues[string]): string {
    const suffix = `${f.optional ? " (optional, Enter to skip)" : ""}${kept !== undefined ? ` [Enter keeps: ${answerText(f, kept)}]` : ""}`;
    const hint = f.hint ? `\n  ${f.hint}` : "";
    if (f.type === "text") return `${f.label}${suffix}${hint}`;
    if (f.type === "checkbox") return `${f.label}${suffix}\n  ${f.option}? Type yes or no.`;
    const list = f.options.map((o, i) => `  ${i + 1}) ${o.label}`).join("\n");
    const how =
      f.type === "multiselect"
        ? "Type one or more numbers or names, separated by commas."
        : "Type a number or a name.";
    return `${f.label}${suffix}${hint}\n${list}\n${how}`;
  }
}
