// A member's home: where they stand with each pair this month, what comes next, and the buttons to
// act from. Pure: the facts are loaded by HomeService, so the page can be checked line by line.

import { goalLine } from "../goals/service.ts";
import type { Goal } from "../goals/types.ts";
import { dayInWords, durationInWords } from "../hours/words.ts";
import { when } from "../meetings/card.ts";
import type { PlannedMeeting } from "../meetings/types.ts";
import type { Member } from "../members.ts";
import { type Button, data, type Message } from "../message.ts";
import type { PairingWithMembers } from "../pairing/types.ts";
import { type Day, type Month, monthName } from "../time.ts";

export interface PairFacts {
  pair: PairingWithMembers;
  partner: Member;
  /** the pair's minutes this month, each shared meeting counted once */
  monthMinutes: number;
  /** the first day after the pair's current break, when it is on one */
  breakUntil: Day | null;
  next: PlannedMeeting | null;
  goals: Goal[];
  /** the student is under 18 */
  minor: boolean;
}

export interface RecentEntry {
  meetingOn: Day;
  minutes: number;
  partnerName: string;
  /** logged by this member, or by the other member of the pair */
  byMe: boolean;
}

export interface MemberHomeFacts {
  /** null: not signed up */
  me: Member | null;
  month: Month;
  goalHours: number;
  zone: string;
  pairs: PairFacts[];
  recent: RecentEntry[];
}

/** The home's buttons ("home-…" actions): each answers privately, and none changes anything on its own. */
export const HOME_BUTTONS: Button[] = [
  { id: "home-log", label: "Log time", style: "primary" },
  { id: "home-meet", label: "Plan a meeting" },
  { id: "home-break", label: "Take a break" },
  { id: "home-data", label: "My data" },
];

const BAR_CELLS = 10;

/** "▰▰▰▰▰▰▰▱▱▱ 75%": the month's hours against the goal; the percentage says it for screen readers. */
export function progressBar(minutes: number, goalHours: number): string {
  const share = goalHours > 0 ? Math.min(1, minutes / (goalHours * 60)) : 1;
  const full = Math.round(share * BAR_CELLS);
  return `${"▰".repeat(full)}${"▱".repeat(BAR_CELLS - full)} ${Math.round(share * 100)}%`;
}

const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100}`;

function pairBlock(f: PairFacts, facts: MemberHomeFacts): string {
  const me = facts.me as Member;
  const role = f.pair.mentorId === me.id ? "your student" : "your mentor";
  const lines = [
    `**With ${data(f.partner.name)}** (${role})`,
    // on a break the month's goal shrinks with it (as the report counts it): no bar against the full goal
    f.breakUntil
      ? `${monthName(facts.month)}: ${durationInWords(f.monthMinutes)} logged`
      : `${monthName(facts.month)}: ${hours(f.monthMinutes)} of ${facts.goalHours} hours ${progressBar(f.monthMinutes, facts.goalHours)}`,
  ];
  if (f.breakUntil)
    lines.push(
      `On a break until ${dayInWords(f.breakUntil)}: no reminders until then, and the weeks of the break are not counted as behind.`,
    );
  if (guardianPending(f, me))
    lines.push(
      `${data(f.partner.name)} is under 18: their guardian joins your first meeting. When they have, press **Guardian attended** below so the coordinators know.`,
    );
  lines.push(
    f.next
      ? `Next meeting: ${when(f.next, facts.zone)}, for ${durationInWords(f.next.minutes)}${f.next.place ? ` at ${data(f.next.place)}` : ""}`
      : "Next meeting: none planned yet (/meet tomorrow 5pm zoom).",
  );
  const open = f.goals.filter((g) => g.status !== "done");
  if (f.goals.length === 0) lines.push("Goals: none yet (/goals add …).");
  else {
    lines.push(`Goals (${f.goals.length - open.length} done, ${open.length} open):`);
    lines.push(...f.goals.map((g, i) => goalLine(g, i + 1)));
  }
  return lines.join("\n");
}

/** The mentor of an under-18 student whose guardian's first session is not yet confirmed. */
const guardianPending = (f: PairFacts, me: Member) =>
  f.pair.mentorId === me.id && f.minor && f.pair.guardianAttendedAt === null;

const shortName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function memberHome(facts: MemberHomeFacts): Message {
  if (!facts.me)
    return {
      text: "**Pre-med mentoring**\nYou haven't signed up yet. Mentors: /mentor-signup. Students: /mentee-signup. Then a coordinator pairs you, and this page shows your pair, your hours and your next meeting.",
    };
  if (facts.pairs.length === 0)
    return {
      // true both while waiting for a first pairing and after one has ended
      text: `**Hello, ${data(facts.me.name)}**\nYou're signed up, and not in an active pair right now: a coordinator makes the pairs, and this page then shows your pair, this month's hours and your next meeting. If your pairing ended and something is missing, ask a coordinator.`,
      buttons: HOME_BUTTONS.filter((b) => b.id === "home-data"),
    };
  const recent = facts.recent.length
    ? facts.recent.map(
        (e) =>
          `- ${dayInWords(e.meetingOn)}: ${durationInWords(e.minutes)}${e.byMe ? ` with ${data(e.partnerName)}` : `, logged by ${data(e.partnerName)}`}`,
      )
    : ["- none yet"];
  return {
    text: [
      `**Hello, ${data(facts.me.name)}**: your home for ${monthName(facts.month)}. The goal is ${facts.goalHours} hours a month${facts.pairs.length > 1 ? " with each pair" : ""}.`,
      ...facts.pairs.map((f) => pairBlock(f, facts)),
      `**Your last entries**\n${recent.join("\n")}`,
    ].join("\n\n"),
    buttons: [
      ...HOME_BUTTONS,
      ...facts.pairs
        .filter((f) => guardianPending(f, facts.me as Member))
        .map((f) => ({
          id: `guardian-attended:${f.pair.id}`,
          label: `Guardian attended: ${shortName(f.partner.name)}`,
        })),
    ],
  };
}
