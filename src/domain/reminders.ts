// What the scheduled messages say, from a pair's facts for the month (hours/month-facts.ts), so the
// check-in, the nudge, the reminder, the digest and the report agree on who is behind and on the
// goal a break or a late start leaves.
import { goalButtons, goalLine } from "./goals/service.ts";
import type { Goal } from "./goals/types.ts";
import type { MonthFacts } from "./hours/month-facts.ts";
import { type PauseRow, pausedOn } from "./hours/pauses.ts";
import { durationInWords } from "./hours/words.ts";
import type { Member } from "./members.ts";
import { type Button, data, type Message } from "./message.ts";
import type { PairingWithMembers } from "./pairing/types.ts";
import { addMonths, type Day, formatDay, type Month, monthName } from "./time.ts";

export function isPausedToday(pauses: PauseRow[], pairingId: string, today: Day): boolean {
  return pausedOn(pauses, pairingId, today) !== undefined;
}

/** decimal hours, as in "1.5 of 2 hours" */
const hoursOf = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
const other = (p: PairingWithMembers, me: Member) => (p.mentorId === me.id ? p.mentee : p.mentor);

/** "3.5 of 8 hours": the same words in the nudge, the reminder and the digest */
const progressOf = (f: Pick<MonthFacts, "minutes" | "goalMinutes">): string =>
  `${hoursOf(f.minutes)} of ${hoursOf(f.goalMinutes)} hours`;

/** "the 2-hour goal", or the share a break or a late start leaves: "the goal of 1.35 hours for the 21 days you weren't on a break" */
function goalPhrase(f: MonthFacts, goalHours: number, p: PairingWithMembers, month: Month): string {
  const full = f.pausedDays === 0 && p.startedOn.slice(0, 7) !== month && !f.ended;
  if (full) return `the ${goalHours}-hour goal`;
  const why = f.pausedDays > 0 ? "you weren't on a break" : "you were paired";
  return `the goal of ${hoursOf(f.goalMinutes)} hours for the ${f.countedDays} days ${why}`;
}

export function checkinMessage(
  p: PairingWithMembers,
  me: Member,
  month: Month,
  f: MonthFacts,
  goalHours: number,
  closesOn: Day,
  goals: Goal[] = [],
): Message {
  const name = monthName(month);
  const status =
    f.standing === "on_track"
      ? `you met ${goalPhrase(f, goalHours, p, month)}. Thank you!`
      : f.standing === "late_start"
        ? `you started on ${formatDay(p.startedOn)}, so ${name} is not counted.`
        : f.standing === "paused"
          ? `you were on a break all month, so ${name} is not counted.`
          : `that is ${hoursOf(Math.max(0, f.goalMinutes - f.minutes))} short of ${goalPhrase(f, goalHours, p, month)}.`;
  const buttons: Button[] = [
    { id: `checkin-ok:${p.id}:${month}`, label: "Yes, that's right", style: "primary" },
    { id: `checkin-add:${month}`, label: "Add a meeting" },
    { id: `pause-month:${p.id}`, label: "Take a month's break" },
  ];
  const open = goals.map((g, i) => ({ g, n: i + 1 })).filter(({ g }) => g.status === "open");
  const goalText = open.length
    ? `\n\n**Your goals:** how is each going? One tap each.\n${open.map(({ g, n }) => goalLine(g, n)).join("\n")}`
    : "";
  return {
    text: `**Your ${name} check-in** with ${data(other(p, me).name)}: you logged ${durationInWords(f.minutes)} in ${name}; ${status}\n\nIs anything missing? ${name} stays open for logging until ${formatDay(closesOn)}: /log-hours 1.5 hours ${name.slice(0, 3).toLowerCase()} 28 (the time, then the date).${goalText}`,
    buttons: [...buttons, ...goalButtons(goals)],
  };
}

export function nudgeMessage(p: PairingWithMembers, month: Month, f: MonthFacts, goalHours: number): Message {
  return {
    text: `Halfway through ${monthName(month)}: ${data(p.mentor.name)} and ${data(p.mentee.name)} have ${progressOf(f)} so far${f.goalMinutes < goalHours * 60 ? " (the goal for the days not on a break)" : ""}. A short call this week keeps you on track. Log it with /log-hours.`,
  };
}

export function reminderMessage(
  p: PairingWithMembers,
  me: Member,
  month: Month,
  f: MonthFacts,
  goalHours: number,
  daysLeft: number,
): Message {
  const buttons: Button[] = [
    { id: `quicklog:${p.id}:60:${month}`, label: "Log 1 hour today", style: "primary" },
    { id: `quicklog:${p.id}:30:${month}`, label: "Log 30 minutes today" },
  ];
  const goal = f.goalMinutes < goalHours * 60 ? ` (the goal for the days not on a break)` : "";
  return {
    text: `${daysLeft} days left in ${monthName(month)}: you and ${data(other(p, me).name)} have ${progressOf(f)}${goal}, ${hoursOf(Math.max(0, f.goalMinutes - f.minutes))} to go. If you met and haven't logged it, one click does it:`,
    buttons,
  };
}

export interface DigestLine {
  pairing: PairingWithMembers;
  facts: MonthFacts;
  twoMonthsRunning: boolean;
}

/** What members said about meetings, for the digest: pairs rated low twice running, and notes. */
export interface DigestFeedback {
  lowRated: PairingWithMembers[];
  notes: { pairing: PairingWithMembers; by: string; text: string }[];
}

/** The feedback part of the digest: coordinators only ever read this. */
function feedbackLines(f: DigestFeedback): string {
  const out: string[] = [];
  if (f.lowRated.length)
    out.push(
      `**Meetings rated low twice in a row** (2 of 5 or under): ${f.lowRated.map((p) => `${data(p.mentor.name)} ↔ ${data(p.mentee.name)}`).join("; ")}. A check-in with them may help.`,
    );
  if (f.notes.length)
    out.push(
      `**Private notes from members about last month's meetings:**\n${f.notes.map((n) => `- ${data(n.by)} (${data(n.pairing.mentor.name)} ↔ ${data(n.pairing.mentee.name)}): ${data(n.text)}`).join("\n")}`,
    );
  return out.length ? `\n\n${out.join("\n\n")}` : "";
}

export function digestMessage(
  month: Month,
  lines: DigestLine[],
  goalHours: number,
  counted: number,
  feedback: DigestFeedback = { lowRated: [], notes: [] },
): Message {
  const m = hoursDigest(month, lines, goalHours, counted);
  return { ...m, text: `${m.text}${feedbackLines(feedback)}` };
}

function hoursDigest(month: Month, lines: DigestLine[], goalHours: number, counted: number): Message {
  const name = monthName(month);
  if (counted === 0)
    return {
      text: `**${name} digest:** no pair was counted in ${name} (pairs on a break all month, made in its last days, or ended are left out).`,
    };
  if (lines.length === 0)
    return {
      text: `**${name} digest:** all ${counted} pair${counted === 1 ? "" : "s"} counted met the goal. Well done, everyone!`,
    };
  const sorted = [...lines].sort(
    (a, b) => Number(b.twoMonthsRunning) - Number(a.twoMonthsRunning) || a.facts.minutes - b.facts.minutes,
  );
  const rows = sorted.map(
    (l) =>
      `- ${l.twoMonthsRunning ? "⚠ **two months running** · " : ""}${data(l.pairing.mentor.name)} ↔ ${data(l.pairing.mentee.name)}: ${progressOf(l.facts)}${l.facts.goalMinutes < goalHours * 60 ? " (goal pro-rated for a break or a late start)" : ""}`,
  );
  const flagged = lines.filter((l) => l.twoMonthsRunning).length;
  const previous = monthName(addMonths(month, -1));
  return {
    text: `**${name} digest:** ${lines.length} of ${counted} pairs ended ${name} under the goal (pairs on a break all month, made in its last days, or ended are left out; a break pro-rates the goal).${flagged ? ` ${flagged} flagged: under the goal in ${previous} too.` : ""}\n${rows.join("\n")}`,
  };
}
