// Who is on track, who is behind, and what the scheduled messages say. Pure functions over a
// month's facts, so the jobs, the report and the tests share one definition.
import { formatDay } from "./dates.ts";
import { type PauseRow, pausedDuring, pausedOn } from "./hours/pauses.ts";
import { durationInWords } from "./hours/words.ts";
import type { Member } from "./members.ts";
import type { Button, Message } from "./message.ts";
import type { PairingWithMembers } from "./pairing/types.ts";
import { addMonths, type Day, daysInMonth, firstDay, lastDay, type Month, monthName } from "./time.ts";

/** A pair made in the last 10 days of a month is not reminded for, or counted behind in, that month. */
export const LATE_START_DAYS = 10;

export function startedLateIn(p: { startedOn: Day }, month: Month): boolean {
  return (
    p.startedOn.slice(0, 7) === month && Number(p.startedOn.slice(8)) > daysInMonth(month) - LATE_START_DAYS
  );
}

/** Whether a month counts for a pair at all: it existed, and had not ended before the month began. */
export function activeIn(p: PairingWithMembers, month: Month, zoneDayOf: (d: Date) => Day): boolean {
  if (p.startedOn > lastDay(month)) return false;
  if (p.endedAt && zoneDayOf(p.endedAt) < firstDay(month)) return false;
  return true;
}

export type MonthStanding = "on_track" | "behind" | "paused" | "late_start" | "not_active";

export function standing(
  p: PairingWithMembers,
  month: Month,
  minutes: number,
  goalMinutes: number,
  pauses: PauseRow[],
  zoneDayOf: (d: Date) => Day,
): MonthStanding {
  if (!activeIn(p, month, zoneDayOf)) return "not_active";
  if (minutes >= goalMinutes) return "on_track";
  if (pausedDuring(pauses, p.id, month)) return "paused";
  if (startedLateIn(p, month)) return "late_start";
  return "behind";
}

export function isPausedToday(pauses: PauseRow[], pairingId: string, today: Day): boolean {
  return pausedOn(pauses, pairingId, today) !== undefined;
}

/** decimal hours, as in "1.5 of 2 hours" */
const hoursOf = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
const other = (p: PairingWithMembers, me: Member) => (p.mentorId === me.id ? p.mentee : p.mentor);

export function checkinMessage(
  p: PairingWithMembers,
  me: Member,
  month: Month,
  minutes: number,
  goalHours: number,
  closesOn: Day,
): Message {
  const name = monthName(month);
  const status =
    minutes >= goalHours * 60
      ? `you met the goal of ${goalHours} hours. Thank you!`
      : startedLateIn(p, month)
        ? `you started on ${formatDay(p.startedOn)}, so ${name} is not counted.`
        : `that is ${hoursOf(goalHours * 60 - minutes)} short of the ${goalHours}-hour goal.`;
  const buttons: Button[] = [
    { id: `checkin-ok:${p.id}:${month}`, label: "Yes, that's right", style: "primary" },
    { id: `checkin-add:${month}`, label: "Add a meeting" },
    { id: `pause-month:${p.id}`, label: "Take a month's break" },
  ];
  return {
    text: `**Your ${name} check-in** with ${other(p, me).name}: you logged ${durationInWords(minutes)} in ${name}; ${status}\n\nIs anything missing? ${name} stays open for logging until ${formatDay(closesOn)}: /log-hours 1.5 ${month}-28 (the time, then the date).`,
    buttons,
  };
}

export function nudgeMessage(
  p: PairingWithMembers,
  month: Month,
  minutes: number,
  goalHours: number,
): Message {
  return {
    text: `Halfway through ${monthName(month)}: ${p.mentor.name} and ${p.mentee.name} have ${hoursOf(minutes)} of ${goalHours} hours so far. A short call this week keeps you on track. Log it with /log-hours.`,
  };
}

export function reminderMessage(
  p: PairingWithMembers,
  me: Member,
  month: Month,
  minutes: number,
  goalHours: number,
  daysLeft: number,
): Message {
  const left = goalHours * 60 - minutes;
  const buttons: Button[] = [
    { id: `quicklog:${p.id}:60:${month}`, label: "Log 1 hour today", style: "primary" },
    { id: `quicklog:${p.id}:30:${month}`, label: "Log 30 minutes today" },
  ];
  return {
    text: `${daysLeft} days left in ${monthName(month)}: you and ${other(p, me).name} have ${hoursOf(minutes)} of ${goalHours} hours, ${hoursOf(left)} to go. If you met and haven't logged it, one click does it:`,
    buttons,
  };
}

export interface DigestLine {
  pairing: PairingWithMembers;
  minutes: number;
  twoMonthsRunning: boolean;
  ended: boolean;
}

export function digestMessage(
  month: Month,
  lines: DigestLine[],
  goalHours: number,
  counted: number,
): Message {
  const name = monthName(month);
  if (lines.length === 0)
    return {
      text: `**${name} digest:** all ${counted} pair${counted === 1 ? "" : "s"} counted met the goal of ${goalHours} hours. Well done, everyone!`,
    };
  const sorted = [...lines].sort(
    (a, b) => Number(b.twoMonthsRunning) - Number(a.twoMonthsRunning) || a.minutes - b.minutes,
  );
  const rows = sorted.map(
    (l) =>
      `- ${l.twoMonthsRunning ? "⚠ **two months running** · " : ""}${l.pairing.mentor.name} ↔ ${l.pairing.mentee.name}: ${hoursOf(l.minutes)} of ${goalHours} hours${l.ended ? " (pairing ended)" : ""}`,
  );
  const previous = monthName(addMonths(month, -1));
  return {
    text: `**${name} digest:** ${lines.length} of ${counted} pairs ended ${name} under the goal of ${goalHours} hours (paused pairs and pairs made in the last ${LATE_START_DAYS} days are not counted). Flagged: under the goal in ${previous} too.\n${rows.join("\n")}`,
  };
}
