// Loads what a member's home shows and answers its buttons. Platform-free: the core renders the
// result on Slack's App Home, Discord's /home and the console's /home alike.
import type { Clock } from "../flow.ts";
import type { GoalStore } from "../goals/types.ts";
import { pausedOn } from "../hours/pauses.ts";
import type { MeetingStore } from "../hours/service.ts";
import type { MeetingPlanStore } from "../meetings/types.ts";
import type { Member, PlatformUser } from "../members.ts";
import { type Button, data, type Message } from "../message.ts";
import { partnerOf, signedUpMember } from "../pairing/members.ts";
import type { PairingWithMembers } from "../pairing/types.ts";
import { dayOf, firstDay, lastDay, monthOf } from "../time.ts";
import { type MemberHomeFacts, memberHome, type PairFacts } from "./member-home.ts";

export interface HomeDeps {
  members: {
    findIdentity(user: PlatformUser): Promise<Member | null>;
    under18Among(ids: string[]): Promise<string[]>;
  };
  meetings: Pick<MeetingStore, "activePairingsOf" | "monthTotals" | "pausesBetween" | "recentLogsOfPairs">;
  plans: Pick<MeetingPlanStore, "upcoming">;
  goals: Pick<GoalStore, "forPairs">;
  clock: Clock;
  timeZone: string;
  goalHours: number;
}

/** Quick amounts the home's Log time offers, in minutes. */
const QUICK_MINUTES = [30, 60, 90];

const shortName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export class HomeService {
  constructor(private readonly deps: HomeDeps) {}

  async facts(user: PlatformUser): Promise<MemberHomeFacts> {
    const { deps } = this;
    const now = deps.clock.now();
    const month = monthOf(now, deps.timeZone);
    const today = dayOf(now, deps.timeZone);
    const base = { month, goalHours: deps.goalHours, zone: deps.timeZone };
    const me = await deps.members.findIdentity(user);
    if (!me) return { ...base, me: null, pairs: [], recent: [] };
    const pairs = await deps.meetings.activePairingsOf(me.id);
    const ids = pairs.map((p) => p.id);
    const [totals, pauses, goals, recent, next, minors] = await Promise.all([
      ids.length ? deps.meetings.monthTotals(ids, firstDay(month), lastDay(month)) : [],
      ids.length ? deps.meetings.pausesBetween(ids, today, today) : [],
      ids.length ? deps.goals.forPairs(ids) : [],
      ids.length ? deps.meetings.recentLogsOfPairs(ids, 3) : [],
      Promise.all(pairs.map((p) => deps.plans.upcoming(p.id, now))),
      deps.members.under18Among(pairs.filter((p) => p.mentorId === me.id).map((p) => p.menteeId)),
    ]);
    const pairFacts: PairFacts[] = pairs.map((pair, i) => ({
      pair,
      partner: partnerOf(pair, me),
      monthMinutes: totals.find((t) => t.pairingId === pair.id && t.month === month)?.minutes ?? 0,
      breakUntil: pausedOn(pauses, pair.id, today)?.until ?? null,
      next: next[i] ?? null,
      goals: goals.filter((g) => g.pairingId === pair.id),
      minor: minors.includes(pair.menteeId),
    }));
    return {
      ...base,
      me,
      pairs: pairFacts,
      recent: recent.map((l) => ({
        meetingOn: l.meetingOn,
        minutes: l.minutes,
        partnerName: partnerOf(l.pairing, me).name,
        byMe: l.memberId === me.id,
      })),
    };
  }

  async home(user: PlatformUser): Promise<Message> {
    return memberHome(await this.facts(user));
  }

  private async pairs(user: PlatformUser): Promise<{ me: Member; pairs: PairingWithMembers[] }> {
    const me = await signedUpMember(this.deps.members, user);
    return { me, pairs: await this.deps.meetings.activePairingsOf(me.id) };
  }

  /** "Log time": today's quick amounts for each pair (pressed twice, logged once), or how to type it. */
  async logChoices(user: PlatformUser): Promise<Message> {
    const { me, pairs } = await this.pairs(user);
    const typed =
      "Or type it, with the day if it wasn't today: /log-hours 45m yesterday, /log-hours 1h30m last tuesday.";
    if (pairs.length === 0) return { text: "You're not in a pair yet, so there is nothing to log." };
    const today = dayOf(this.deps.clock.now(), this.deps.timeZone);
    const buttons: Button[] = pairs.flatMap((p) =>
      QUICK_MINUTES.map((m) => ({
        // The day keys the press: a second press of the same button today logs nothing more.
        id: `quicklog:${p.id}:${m}:${today}`,
        label: `${m < 60 ? `${m} min` : `${m / 60} h`} today${pairs.length > 1 ? ` with ${shortName(partnerOf(p, me).name)}` : ""}`,
      })),
    );
    return {
      text: `**Log time for today**: how long did you meet?\n${typed}`,
      buttons,
    };
  }

  /** "Take a break": what a break does, and one button per pair for a month's break. */
  async breakChoices(user: PlatformUser): Promise<Message> {
    const { me, pairs } = await this.pairs(user);
    if (pairs.length === 0) return { text: "You're not in a pair, so there is nothing to pause." };
    const other =
      pairs.length === 1
        ? `For another end date: /log-hours pause until 2027-01-10 (and /log-hours pause until today ends a break).`
        : "For another end date, ask a coordinator (they pause one pair of several with /pairings pause).";
    return {
      text: `**Take a break**: no reminders while it lasts, and those weeks are not counted as behind. The button pauses for one month from today and tells ${pairs.length === 1 ? data(partnerOf(pairs[0] as PairingWithMembers, me).name) : "the other member"}. ${other}`,
      buttons: pairs.map((p) => ({
        id: `pause-month:${p.id}`,
        label: `Take a month's break${pairs.length > 1 ? ` with ${shortName(partnerOf(p, me).name)}` : ""}`,
      })),
    };
  }
}
