// /ask and direct messages: safety first, then the FAQ, then (optionally) the model over the FAQ.
// It never makes an answer up, always says what it is not, and stores counts, not questions.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { UserError } from "../domain/errors.ts";
import type { Clock } from "../domain/flow.ts";
import type { PlatformUser } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import type { SpacePort } from "../domain/pairing/types.ts";
import { cleanText, visibleLength } from "../domain/text.ts";
import type { Logger } from "../log.ts";
import type { FaqEntry } from "./knowledge.ts";
import type { MeaningIndex } from "./meaning.ts";
import type { AnswerModel } from "./model.ts";
import { confidentOf, type FaqIndex } from "./retrieval.ts";
import { type Concern, declineOf } from "./safety/concerns.ts";
import { crisisSignalOf } from "./safety/detect.ts";
import { unsafeOutputOf } from "./safety/output.ts";
import { otherPathOf } from "./scope.ts";

export const NOT_AN_ADVISOR =
  "_I'm the program's FAQ assistant: not a pre-med advisor, a tutor or a counselor. For decisions about your own path, talk with your mentor or a program coordinator._";

export const FIRST_TIME =
  "Hi! I answer common pre-med questions from the program's own notes, and I show where each answer comes from. I can't advise you personally, tutor you, or counsel you, and I don't keep what you ask.";

export const MAX_QUESTION = 1000;

export interface Counters {
  increment(key: string, expiresAt: Date): Promise<number>;
  /** adds one within a window that starts at the first count and lasts until `windowEnd`; a count after it starts a new window */
  incrementInWindow(key: string, now: Date, windowEnd: Date): Promise<number>;
  get(key: string): Promise<number>;
}

export interface AskDeps {
  index: FaqIndex;
  counters: Counters;
  model: AnswerModel | null;
  /** with a model: the entries' embeddings, for retrieval by meaning */
  meaning?: MeaningIndex | null;
  clock: Clock;
  log: Logger;
  timeZone: string;
  ratePerHour: number;
  /** questions one person may ask in a day */
  personDailyCap: number;
  /** questions the whole program may ask in a day */
  dailyCap: number;
  crisisAlert: boolean;
  /** a burst limit shared with the other commands (the per-member throttle); checked after safety */
  allowBurst(user: PlatformUser): boolean;
  /** the coordinators to alert on the asker's platform */
  coordinatorsOn(port: SpacePort): Promise<string[]>;
  /** each answer's kind (answered, unknown, declined, crisis...), for the metrics */
  onOutcome?: (kind: string) => void;
}

/** A second alert about the same student may follow the first within this time; then none until it ends. */
export const CRISIS_ALERT_WINDOW_MS = 3_600_000;

export const SLOW_DOWN =
  "You're sending commands very quickly, so I'm pausing for a moment. Please wait a few seconds and try again.";

/** Said with the command list a bare "help" gets: the word may be a cry for help. */
export const SAFETY_LINE =
  "If you need help because you're not safe: call or text **988** any time, Careline Alaska 1-877-266-4357, or **911** in an emergency.";

const crisisText = (alerted: boolean) =>
  [
    "I'm really glad you told me. I'm not a counselor, but people who are can help, right now, any time:",
    "- Call or text **988** (the 988 Suicide & Crisis Lifeline), or chat at [988lifeline.org](https://988lifeline.org).",
    "- **Careline Alaska:** call 1-877-266-4357.",
    "- If you are in immediate danger, call **911**.",
    alerted
      ? "I've let a program coordinator know, so someone from the program can check in with you."
      : "Please also tell your mentor or a program coordinator, so someone can check in with you.",
  ].join("\n");

const DECLINES: Record<Exclude<Concern, "crisis">, string> = {
  personal_health:
    "I can't give advice about your own health or anyone else's. Please ask a doctor, a nurse or a pharmacist, or call your clinic. If it is an emergency, call 911.",
  write_for_me:
    "I won't write it for you: your application has to be your own words, and the AAMC expects the final text to be yours. Here is how to approach it: list the experiences that drew you to medicine, pick the few that taught you the most, draft in your own voice, then revise. Your mentor can read a draft and give feedback.",
  manipulation:
    "I can only answer pre-med questions from the program's own notes, and my instructions stay as they are. Ask me about the MCAT, applying, shadowing, WWAMI or the mentoring program.",
};

export function personHash(user: PlatformUser): string {
  return createHash("sha256")
    .update(`premed-mentoring:${user.platform}:${user.userId}`)
    .digest("hex")
    .slice(0, 32);
}

function entryAnswer(e: FaqEntry): string {
  const yearly = e.changesYearly
    ? "\n_Figures like these change every year: check the source for the current one._"
    : "";
  return `**${e.title}**\n${e.body}${yearly}\nSource: ${e.source} (FAQ entry \`${e.id}\`, reviewed ${e.reviewed}).`;
}

export class Assistant {
  constructor(private readonly deps: AskDeps) {}

  private day(): string {
    return this.deps.clock.now().toISOString().slice(0, 10);
  }

  private async count(what: string): Promise<void> {
    this.deps.onOutcome?.(what);
    const now = this.deps.clock.now();
    await this.deps.counters
      .increment(`ask:${what}:${this.day()}`, new Date(now.getTime() + 400 * 86_400_000))
      .catch(() => 0);
  }

  /**
   * Safety first, before every limit and every check of the text's form, so no one in danger meets
   * a rate limit, a length message or an "I don't know": the lexicon and the classifier on what was
   * typed, then (with a model) the moderation endpoint.
   */
  private async screen(raw: string): Promise<"crisis" | "likely" | null> {
    const signal = crisisSignalOf(raw);
    if (signal?.certain) return "crisis";
    const text = cleanText(raw);
    if (this.deps.model && text && (await this.flaggedByModeration(text))) return "crisis";
    return signal ? "likely" : null;
  }

  private async flaggedByModeration(text: string): Promise<boolean> {
    try {
      return await (this.deps.model as AnswerModel).flagsDanger(text);
    } catch (err) {
      this.deps.log.warn("moderation check failed; the local check stands", { err: errorSummary(err) });
      return false;
    }
  }

  /** The limits, in order: a burst, then the person's hour and day, then the program's day. */
  private async overLimit(user: PlatformUser): Promise<string | null> {
    if (!this.deps.allowBurst(user)) return SLOW_DOWN;
    const hash = personHash(user);
    const now = this.deps.clock.now();
    const hour = now.toISOString().slice(0, 13);
    const inHour = await this.deps.counters.increment(
      `ask:hour:${hash}:${hour}`,
      new Date(now.getTime() + 2 * 3_600_000),
    );
    if (inHour > this.deps.ratePerHour)
      return `You've asked ${this.deps.ratePerHour} questions this hour, the most I answer in an hour. Please try again later, or ask your mentor.`;
    const inDay = await this.deps.counters.increment(
      `ask:person-day:${hash}:${this.day()}`,
      new Date(now.getTime() + 2 * 86_400_000),
    );
    if (inDay > this.deps.personDailyCap)
      return `You've asked ${this.deps.personDailyCap} questions today, the most I answer for one person in a day. Please try again tomorrow, or ask your mentor.`;
    const programDay = await this.deps.counters.increment(
      `ask:day:${this.day()}`,
      new Date(now.getTime() + 2 * 86_400_000),
    );
    if (programDay > this.deps.dailyCap)
      return "I've answered as many questions as I can today. Please try again tomorrow, or ask your mentor or a coordinator.";
    return null;
  }

  async ask(user: PlatformUser, port: SpacePort, raw: string): Promise<Message> {
    const danger = await this.screen(raw);
    if (danger === "crisis") return this.crisis(user, port);
    if (danger === "likely") {
      // Only the classifier saw danger: the resources and the alert come first, then (if the
      // person was asking something) the answer, so a misread question still gets its answer.
      const crisis = await this.crisis(user, port);
      const answer = await this.answer(user, raw).catch(() => null);
      return answer?.answered
        ? {
            text: `${crisis.text}\n\nIf you were also asking a question, here is what the program's notes say:\n\n${answer.message.text}`,
          }
        : crisis;
    }
    return (await this.answer(user, raw)).message;
  }

  /**
   * Words a member writes elsewhere (a private note about a meeting, a goal) screened as /ask's are:
   * danger gets the crisis answer and the coordinators' alert at once, not weeks later in a digest.
   */
  async screenWords(
    user: PlatformUser,
    port: SpacePort,
    raw: string,
    where: string,
  ): Promise<Message | null> {
    if (!crisisSignalOf(raw)) return null;
    return this.crisis(user, port, where);
  }

  /** The answer to a question already screened for danger: its form, the limits, then the FAQ. */
  private async answer(user: PlatformUser, raw: string): Promise<{ message: Message; answered: boolean }> {
    const question = cleanText(raw);
    if (!question)
      throw new UserError(
        "Ask a question after /ask, for example: /ask how long is the MCAT?",
        "empty_question",
      );
    if (visibleLength(question) > MAX_QUESTION)
      throw new UserError(`Please keep your question under ${MAX_QUESTION} characters.`, "long_question");
    const limited = await this.overLimit(user);
    if (limited)
      return {
        message: { text: limited === SLOW_DOWN ? SLOW_DOWN : `${limited}\n\n${NOT_AN_ADVISOR}` },
        answered: false,
      };

    const hash = personHash(user);
    const now = this.deps.clock.now();
    const first =
      (await this.deps.counters.increment(`ask:seen:${hash}`, new Date(now.getTime() + 400 * 86_400_000))) ===
      1;
    const wrap = (body: string) => ({
      message: { text: `${first ? `${FIRST_TIME}\n\n` : ""}${body}\n\n${NOT_AN_ADVISOR}` },
      answered: true,
    });

    const decline = declineOf(question);
    if (decline) {
      await this.count("declined");
      return wrap(DECLINES[decline]);
    }

    const other = otherPathOf(question);
    if (other) {
      await this.count("other_path");
      return wrap(
        `The program's notes cover the path to medical school (MD and DO) and the mentoring program, not ${other}, so I won't guess. That school's or test's own site, or your school's pre-health advisor, can answer it.`,
      );
    }

    // The model is asked only about a question the program's notes answer: it words the answer
    // from the best entries; an unsure match gets "I don't know", with or without a model.
    const meaning =
      this.deps.model && this.deps.meaning ? await this.deps.meaning.similarities(question) : null;
    // Meaning only reorders the entries: whether to answer at all is decided on the local ranking,
    // so a key never makes the assistant answer a question it would otherwise not know.
    const ranked = this.deps.index.rank(question, meaning);
    const sure = meaning ? confidentOf(this.deps.index.rank(question)) : confidentOf(ranked);
    const best = sure ? (confidentOf(ranked) ?? sure) : null;
    if (best && this.deps.model) {
      const modelAnswer = await this.modelAnswer(
        question,
        ranked.hits.slice(0, 3).map((h) => h.entry),
        hash,
      );
      if (modelAnswer) {
        await this.count("answered_model");
        return wrap(modelAnswer);
      }
    }
    if (best) {
      await this.count("answered");
      return wrap(entryAnswer(best.entry));
    }
    await this.count("unknown");
    return wrap(
      "I don't know the answer to that from the program's notes, and I won't guess. Your mentor or a program coordinator can help, and your school's pre-health advisor knows your courses and deadlines.",
    );
  }

  /** The model's grounded answer with its sources, or null when it should not be shown. */
  private async modelAnswer(question: string, entries: FaqEntry[], hash: string): Promise<string | null> {
    const model = this.deps.model as AnswerModel;
    try {
      const g = await model.answer(question, entries, hash);
      if (!g.text || g.cited.length === 0) return null;
      // The answer is read before anyone else reads it: doses, advice, an essay or means of harm,
      // or a moderation flag, and the local answer is shown instead.
      const unsafe = unsafeOutputOf(g.text);
      if (unsafe || (await this.flaggedByModeration(g.text))) {
        this.deps.log.warn("model answer replaced by the local answer", { reason: unsafe ?? "moderation" });
        return null;
      }
      const sources = g.cited
        .map((id) => this.deps.index.get(id) as FaqEntry)
        .map(
          (e) =>
            `\`${e.id}\` (${e.source}, reviewed ${e.reviewed}${e.changesYearly ? "; changes yearly" : ""})`,
        );
      return `${g.text}\n\nSources: ${sources.join("; ")}.`;
    } catch (err) {
      // A slow or failing model never leaves a student without an answer: the local one follows.
      this.deps.log.warn("model answer failed; answering locally", { err: errorSummary(err) });
      return null;
    }
  }

  /** Every crisis message gets the full answer; coordinators hear at once, then at most once more an hour. */
  private async crisis(user: PlatformUser, port: SpacePort, where = "the assistant"): Promise<Message> {
    await this.count("crisis");
    if (!this.deps.crisisAlert) return { text: crisisText(false) };
    const now = this.deps.clock.now();
    const nth = await this.deps.counters
      .incrementInWindow(
        `ask:crisis-alert:${personHash(user)}`,
        now,
        new Date(now.getTime() + CRISIS_ALERT_WINDOW_MS),
      )
      .catch(() => 1); // if the count cannot be read, alert: a second alert is better than none
    if (nth > 2) return { text: crisisText(true) };
    const alerted = await this.alertCoordinators(user, port, nth === 1 ? "first" : "again", where);
    return { text: crisisText(alerted || nth > 1) };
  }

  private async alertCoordinators(
    user: PlatformUser,
    port: SpacePort,
    which: "first" | "again",
    where: string,
  ): Promise<boolean> {
    const when = DateTime.fromJSDate(this.deps.clock.now(), { zone: this.deps.timeZone }).toFormat(
      "h:mm a 'on' ccc LLL d",
    );
    const who = `${port.mention(user.userId)} (on ${PLATFORM_NAMES[port.name] ?? port.name})`;
    const text =
      which === "first"
        ? `**Safety alert${where === "the assistant" ? " from the FAQ assistant" : ""}.** ${who} wrote to ${where} at ${when} (program time) something that may mean they are in crisis or in danger. They were given the 988 Lifeline, Careline Alaska and 911. Please reach out to them now. ${where === "the assistant" ? "(What they wrote is not stored.)" : "(What they wrote is kept with it, for the coordinators only.)"}`
        : `**Safety alert: ${who} wrote again** at ${when} (program time), in words that may mean crisis or danger. They were given the resources again. This is the last alert about them for the next hour; they still get the resources every time. (What they wrote is not stored.)`;
    let alerted = false;
    for (const c of await this.deps.coordinatorsOn(port)) {
      try {
        await port.sendDirect(c, { text, notify: [c] });
        alerted = true;
      } catch (err) {
        this.deps.log.error("crisis alert could not be sent", { coordinator: c, err });
      }
    }
    return alerted;
  }
}

const PLATFORM_NAMES: Record<string, string> = { slack: "Slack", discord: "Discord", console: "the console" };

function errorSummary(err: unknown): string {
  return err instanceof Error ? err.name : "unknown";
}
