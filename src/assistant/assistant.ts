// /ask and direct messages: safety first, then the FAQ, then (optionally) the model over the FAQ.
// It never makes an answer up, always says what it is not, and stores counts, not questions.
import { createHash } from "node:crypto";
import { UserError } from "../domain/errors.ts";
import type { Clock } from "../domain/flow.ts";
import type { PlatformUser } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import type { SpacePort } from "../domain/pairing/types.ts";
import { cleanText, visibleLength } from "../domain/text.ts";
import type { Logger } from "../log.ts";
import type { FaqEntry } from "./knowledge.ts";
import type { AnswerModel } from "./model.ts";
import type { FaqIndex } from "./retrieval.ts";
import { type Concern, concernOf } from "./safety.ts";

export const NOT_AN_ADVISOR =
  "_I'm the program's FAQ assistant: not a pre-med advisor, a tutor or a counselor. For decisions about your own path, talk with your mentor or a program coordinator._";

export const FIRST_TIME =
  "Hi! I answer common pre-med questions from the program's own notes, and I show where each answer comes from. I can't advise you personally, tutor you, or counsel you, and I don't keep what you ask.";

export const MAX_QUESTION = 1000;

export interface Counters {
  increment(key: string, expiresAt: Date): Promise<number>;
  get(key: string): Promise<number>;
}

export interface AskDeps {
  index: FaqIndex;
  counters: Counters;
  model: AnswerModel | null;
  clock: Clock;
  log: Logger;
  ratePerHour: number;
  dailyCap: number;
  crisisAlert: boolean;
  /** the coordinators to alert on the asker's platform */
  coordinatorsOn(port: SpacePort): Promise<string[]>;
}

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
    const now = this.deps.clock.now();
    await this.deps.counters
      .increment(`ask:${what}:${this.day()}`, new Date(now.getTime() + 400 * 86_400_000))
      .catch(() => 0);
  }

  async ask(user: PlatformUser, port: SpacePort, raw: string): Promise<Message> {
    const question = cleanText(raw);
    if (!question)
      throw new UserError(
        "Ask a question after /ask, for example: /ask how long is the MCAT?",
        "empty_question",
      );
    if (visibleLength(question) > MAX_QUESTION)
      throw new UserError(`Please keep your question under ${MAX_QUESTION} characters.`, "long_question");

    const concern = concernOf(question);
    if (concern === "crisis") return this.crisis(user, port);

    const hash = personHash(user);
    const now = this.deps.clock.now();
    const hour = now.toISOString().slice(0, 13);
    const asked = await this.deps.counters.increment(
      `ask:hour:${hash}:${hour}`,
      new Date(now.getTime() + 2 * 3_600_000),
    );
    if (asked > this.deps.ratePerHour)
      return {
        text: `You've asked ${this.deps.ratePerHour} questions this hour, the most I answer in an hour. Please try again later, or ask your mentor.\n\n${NOT_AN_ADVISOR}`,
      };
    const today = await this.deps.counters.increment(
      `ask:day:${this.day()}`,
      new Date(now.getTime() + 2 * 86_400_000),
    );
    if (today > this.deps.dailyCap)
      return {
        text: `I've answered as many questions as I can today. Please try again tomorrow, or ask your mentor or a coordinator.\n\n${NOT_AN_ADVISOR}`,
      };

    const first =
      (await this.deps.counters.increment(`ask:seen:${hash}`, new Date(now.getTime() + 400 * 86_400_000))) ===
      1;
    const wrap = (body: string) => ({
      text: `${first ? `${FIRST_TIME}\n\n` : ""}${body}\n\n${NOT_AN_ADVISOR}`,
    });

    if (this.deps.model && (await this.deps.model.flagsDanger(question).catch(() => false)))
      return this.crisis(user, port);
    if (concern) {
      await this.count("declined");
      return wrap(DECLINES[concern]);
    }

    const hits = this.deps.index.find(question, 3);
    if (this.deps.model && hits.length > 0) {
      try {
        const g = await this.deps.model.answer(
          question,
          hits.map((h) => h.entry),
          hash,
        );
        if (g.text && g.cited.length > 0) {
          await this.count("answered_model");
          const sources = g.cited
            .map((id) => this.deps.index.get(id) as FaqEntry)
            .map(
              (e) =>
                `\`${e.id}\` (${e.source}, reviewed ${e.reviewed}${e.changesYearly ? "; changes yearly" : ""})`,
            );
          return wrap(`${g.text}\n\nSources: ${sources.join("; ")}.`);
        }
      } catch (err) {
        // A slow or failing model never leaves a student without an answer: the local one follows.
        this.deps.log.warn("model answer failed; answering locally", {
          err: err instanceof Error ? err.message : String(err),
        });
      }
    }
    const best = this.deps.index.confident(question);
    if (best) {
      await this.count("answered");
      return wrap(entryAnswer(best.entry));
    }
    await this.count("unknown");
    return wrap(
      "I don't know the answer to that from the program's notes, and I won't guess. Your mentor or a program coordinator can help, and your school's pre-health advisor knows your courses and deadlines.",
    );
  }

  private async crisis(user: PlatformUser, port: SpacePort): Promise<Message> {
    await this.count("crisis");
    const coordinators = this.deps.crisisAlert ? await this.deps.coordinatorsOn(port) : [];
    let alerted = 0;
    for (const c of coordinators) {
      try {
        await port.sendDirect(c, {
          text: `**Safety alert from the FAQ assistant.** ${port.mention(user.userId)} wrote something that may mean they are in crisis or in danger. They were given the 988 Lifeline and Careline Alaska. Please reach out to them now. (What they wrote is not stored.)`,
          notify: [c],
        });
        alerted++;
      } catch (err) {
        this.deps.log.error("crisis alert could not be sent", { coordinator: c, err });
      }
    }
    return { text: crisisText(alerted > 0) };
  }
}
