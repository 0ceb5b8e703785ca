// /goals: up to three goals for the student, set by the pair, shown in their space, and asked
// about in the monthly check-in (on track, stuck, done).

import { AlreadyDone, UserError } from "../errors.ts";
import type { Clock } from "../flow.ts";
import type { DraftStore } from "../hours/service.ts";
import type { WordScreen } from "../meetings/service.ts";
import type { Member, PlatformUser } from "../members.ts";
import { type Button, data, type Message } from "../message.ts";
import { partnerOf, signedUpMember } from "../pairing/members.ts";
import type { PairingWithMembers, SpacePort } from "../pairing/types.ts";
import { hasVisibleText } from "../signup/validate.ts";
import { cleanText } from "../text.ts";
import { type Goal, type GoalProgress, type GoalStore, MAX_OPEN_GOALS } from "./types.ts";

export const GOAL_MAX_LENGTH = 200;

export const GOALS_HELP = `Set up to ${MAX_OPEN_GOALS} goals for the student's path: \`/goals add Shadow in the ER this spring\`, \`/goals list\`, \`/goals done 2\`. The monthly check-in asks how each is going.`;

export interface GoalDeps {
  members: { findIdentity(user: PlatformUser): Promise<Member | null> };
  pairs: { activePairingsOf(memberId: string): Promise<PairingWithMembers[]> };
  goals: GoalStore;
  drafts: DraftStore;
  clock: Clock;
  /** danger in a goal's words gets the crisis answer and the coordinators' alert at once */
  safety: WordScreen;
}

const PROGRESS_WORDS: Record<GoalProgress | "done", string> = {
  on_track: "on track",
  stuck: "stuck",
  done: "done",
};

/** The goal's line: its number, text and where it stands. */
export function goalLine(g: Goal, n: number): string {
  const state = g.status === "done" ? "done ✓" : g.progress ? PROGRESS_WORDS[g.progress] : "open";
  return `${n}. ${data(g.text)} (${state})`;
}

export class GoalsService {
  constructor(private readonly deps: GoalDeps) {}

  private memberOf(user: PlatformUser): Promise<Member> {
    return signedUpMember(this.deps.members, user);
  }

  private async pairsOf(me: Member): Promise<PairingWithMembers[]> {
    const pairs = await this.deps.pairs.activePairingsOf(me.id);
    if (pairs.length === 0)
      throw new UserError(
        "You're not in an active pair right now: goals are set by a mentor and a student together.",
        "no_pair",
      );
    return pairs;
  }

  private other(p: PairingWithMembers, me: Member): Member {
    return partnerOf(p, me);
  }

  private checkText(raw: string): string {
    const text = cleanText(raw);
    if (!text || !hasVisibleText(text))
      throw new UserError(`Say what the goal is. ${GOALS_HELP}`, "bad_arguments");
    if (text.length > GOAL_MAX_LENGTH)
      throw new UserError(
        `Please keep a goal to ${GOAL_MAX_LENGTH} characters (this one has ${text.length}). Nothing was added.`,
        "too_long",
      );
    return text;
  }

  async add(user: PlatformUser, port: SpacePort, raw: string): Promise<Message> {
    // a goal is a student's own words: danger in them is answered first, and nothing is added
    const danger = await this.deps.safety.screenWords(user, port, raw, "the bot's /goals");
    if (danger) return danger;
    const text = this.checkText(raw);
    const me = await this.memberOf(user);
    const pairs = await this.pairsOf(me);
    if (pairs.length === 1) return this.addFor(me, pairs[0] as PairingWithMembers, text, port);
    const draft = await this.deps.drafts.create(user.platform, user.userId, "goals", {
      text,
      pairings: pairs.map((p) => p.id),
    });
    return {
      text: `Which pair is the goal "${data(text)}" for?`,
      buttons: pairs.map((p, i) => ({
        id: `goal-pick:${draft.id}:${i}`,
        label: `With ${data(this.other(p, me).name)}`.slice(0, 75),
        style: "primary" as const,
      })),
    };
  }

  async pick(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [draftId = "", index = ""] = arg.split(":");
    const draft = await this.deps.drafts.get<{ text: string; pairings: string[] }>(
      user.platform,
      user.userId,
      draftId,
    );
    const pairingId = draft?.data.pairings[Number(index)];
    if (!draft || !pairingId)
      throw new AlreadyDone("That choice was already made or has expired: see /goals list.");
    await this.deps.drafts.delete(draftId);
    const me = await this.memberOf(user);
    const pair = (await this.deps.pairs.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active. Nothing was added.", "not_active");
    return this.addFor(me, pair, draft.data.text, port);
  }

  private async addFor(
    me: Member,
    pair: PairingWithMembers,
    text: string,
    port: SpacePort,
  ): Promise<Message> {
    const r = await this.deps.goals.add(
      { pairingId: pair.id, text, addedBy: me.id, at: this.deps.clock.now() },
      [{ actorId: me.id, action: "goal.added", details: { length: text.length } }],
    );
    if (!r.ok && r.reason === "same")
      throw new AlreadyDone(
        `Your pair already has the goal "${data(r.goal?.text ?? text)}" open: nothing was added. See /goals list.`,
      );
    if (!r.ok)
      throw new UserError(
        `Your pair already has ${MAX_OPEN_GOALS} open goals: mark one done first (/goals done N), then add this one. Nothing was added.`,
        "goal_limit",
      );
    const whose = pair.menteeId === me.id ? "a goal" : `a goal for ${data(pair.mentee.name)}`;
    const line = `${data(me.name)} added ${whose}: **${data(text)}** (${r.open} of ${MAX_OPEN_GOALS} open). The monthly check-in asks how it is going.`;
    if (pair.spaceId) await port.postToSpace(pair.spaceId, { text: line }).catch(() => undefined);
    return {
      text: `Added the goal "${data(text)}" (${r.open} of ${MAX_OPEN_GOALS} open). See them with /goals list.`,
    };
  }

  /** Every goal of the member's pairs, numbered as /goals done reads them. */
  private async numbered(me: Member): Promise<{ goal: Goal; pair: PairingWithMembers }[]> {
    const pairs = await this.pairsOf(me);
    const goals = await this.deps.goals.forPairs(pairs.map((p) => p.id));
    return goals.map((goal) => ({
      goal,
      pair: pairs.find((p) => p.id === goal.pairingId) as PairingWithMembers,
    }));
  }

  async list(user: PlatformUser): Promise<Message> {
    const me = await this.memberOf(user);
    const all = await this.numbered(me);
    if (all.length === 0) return { text: `No goals yet. ${GOALS_HELP}` };
    const several = new Set(all.map((x) => x.pair.id)).size > 1;
    const lines = all.map(
      ({ goal, pair }, i) =>
        `${goalLine(goal, i + 1)}${several ? ` with ${data(this.other(pair, me).name)}` : ""}`,
    );
    return { text: `**Goals**\n${lines.join("\n")}\nMark one done with /goals done and its number.` };
  }

  async done(user: PlatformUser, port: SpacePort, raw: string): Promise<Message> {
    const me = await this.memberOf(user);
    const all = await this.numbered(me);
    const n = Number(raw.trim().replace(/^#/, ""));
    const picked = Number.isInteger(n) ? all[n - 1] : undefined;
    if (!picked)
      throw new UserError(
        all.length
          ? `Give the goal's number from /goals list (1 to ${all.length}). Nothing was changed.`
          : `There are no goals yet. ${GOALS_HELP}`,
        "unknown_id",
      );
    return this.set(me, port, picked.goal, picked.pair, "done");
  }

  /** A check-in button: on track, stuck or done; a second press changes nothing. */
  async progress(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [goalId = "", to = ""] = arg.split(":");
    if (to !== "on_track" && to !== "stuck" && to !== "done")
      throw new UserError("That button is no longer valid. Nothing was changed.", "bad_button");
    const me = await this.memberOf(user);
    const goal = await this.deps.goals.get(goalId);
    const pair = goal
      ? (await this.deps.pairs.activePairingsOf(me.id)).find((p) => p.id === goal.pairingId)
      : undefined;
    if (!goal || !pair)
      throw new UserError("That goal isn't one of your pair's. Nothing was changed.", "not_yours");
    return this.set(me, port, goal, pair, to);
  }

  private async set(
    me: Member,
    port: SpacePort,
    goal: Goal,
    pair: PairingWithMembers,
    to: GoalProgress | "done",
  ): Promise<Message> {
    if (goal.status === "done")
      throw new AlreadyDone(`"${data(goal.text)}" is already done: nothing was changed.`);
    const changed = await this.deps.goals.update(goal.id, to, this.deps.clock.now(), [
      { actorId: me.id, action: `goal.${to}`, subjectId: goal.id },
    ]);
    if (!changed) throw new AlreadyDone(`Already noted: "${data(goal.text)}" is ${PROGRESS_WORDS[to]}.`);
    if (to === "done" && pair.spaceId)
      await port
        .postToSpace(pair.spaceId, {
          text: `Goal done: **${data(goal.text)}**, marked by ${data(me.name)}. Well done!`,
        })
        .catch(() => undefined);
    return { text: `Noted: "${data(goal.text)}" is ${PROGRESS_WORDS[to]}.` };
  }
}

/** The check-in's buttons for a pair's open goals: one tap each for on track, stuck or done. */
export function goalButtons(goals: Goal[]): Button[] {
  // numbered as /goals list numbers them: a done goal keeps its number
  return goals
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.status === "open")
    .flatMap(({ g, i }) => [
      { id: `goal-progress:${g.id}:on_track`, label: `Goal ${i + 1}: on track` },
      { id: `goal-progress:${g.id}:stuck`, label: `Goal ${i + 1}: stuck` },
      { id: `goal-progress:${g.id}:done`, label: `Goal ${i + 1}: done`, style: "primary" as const },
    ]);
}
