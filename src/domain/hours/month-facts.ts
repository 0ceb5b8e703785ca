// Where a pair stands in a month, the one definition the check-in, the nudge, the reminder, the
// digest and the report all use. The goal counts only the days the pair existed and was not on a
// break (a pair made on the 15th, or on a break from the 1st to the 10th, owes that share of it);
// a month in progress is measured against the goal pro-rated to today, and is not called behind in
// its first week.
import { addDays, type Day, daysInMonth, firstDay, lastDay, type Month } from "../time.ts";
import { type PauseRow, pausedOn } from "./pauses.ts";

/** A pair made in the last 10 days of a month is not reminded for, or counted behind in, that month. */
export const LATE_START_DAYS = 10;
/** In a month in progress, nobody is behind before this many days have counted. */
export const EARLY_DAYS = 7;

export type Standing =
  | "on_track"
  | "behind"
  | "no_hours"
  | "paused"
  | "late_start"
  | "in_progress"
  | "not_active";

export interface PairDates {
  id: string;
  startedOn: Day;
  /** the day it ended, in the program's time zone, or null */
  endedOn: Day | null;
}

export interface MonthFacts {
  standing: Standing;
  minutes: number;
  /** the goal for the whole month, for the days that count */
  goalMinutes: number;
  /** the goal up to today (the same as goalMinutes for a month that is over) */
  goalToDateMinutes: number;
  /** days the pair existed in the month and was not on a break */
  countedDays: number;
  pausedDays: number;
  /** the month is over (on `today`) */
  complete: boolean;
  /** the pair ended by the end of the month */
  ended: boolean;
}

export function startedLateIn(p: { startedOn: Day }, month: Month): boolean {
  return (
    p.startedOn.slice(0, 7) === month && Number(p.startedOn.slice(8)) > daysInMonth(month) - LATE_START_DAYS
  );
}

export const isUnderGoal = (s: Standing) => s === "behind" || s === "no_hours";
/** counted in the season's share of pair-months that met the goal */
export const isCounted = (s: Standing) => s === "on_track" || isUnderGoal(s);

export function monthFacts(
  p: PairDates,
  month: Month,
  minutes: number,
  pauses: PauseRow[],
  goalHours: number,
  today: Day,
): MonthFacts {
  const first = firstDay(month);
  const last = lastDay(month);
  const from = laterDay(p.startedOn, first);
  const to = p.endedOn && p.endedOn < last ? p.endedOn : last;
  const complete = today > last;
  const ended = p.endedOn !== null && p.endedOn <= last;
  const base = { minutes, complete, ended };
  if (from > to || p.startedOn > last || (p.endedOn !== null && p.endedOn < first))
    return {
      ...base,
      standing: "not_active",
      goalMinutes: 0,
      goalToDateMinutes: 0,
      countedDays: 0,
      pausedDays: 0,
    };
  let counted = 0;
  let countedToDate = 0;
  let paused = 0;
  // from and to are days of `month`: walk their day numbers (the report does this for every pair
  // and month of the season, so no date library in the loop)
  const theirs = pausesOf(pauses, p.id);
  for (let n = Number(from.slice(8)); n <= Number(to.slice(8)); n++) {
    const d = `${month}-${String(n).padStart(2, "0")}`;
    if (theirs.length && pausedOn(theirs, p.id, d)) paused++;
    else {
      counted++;
      if (d <= today) countedToDate++;
    }
  }
  const perDay = (goalHours * 60) / daysInMonth(month);
  const goalMinutes = perDay * counted;
  const goalToDateMinutes = complete ? goalMinutes : perDay * countedToDate;
  const facts = { ...base, goalMinutes, goalToDateMinutes, countedDays: counted, pausedDays: paused };
  const met = (goal: number) => minutes >= Math.floor(goal);
  if (startedLateIn(p, month)) return { ...facts, standing: "late_start" };
  if (counted === 0) return { ...facts, standing: "paused" };
  if (met(goalMinutes)) return { ...facts, standing: "on_track" };
  if (!complete) {
    if (met(goalToDateMinutes)) return { ...facts, standing: "on_track" };
    if (countedToDate <= EARLY_DAYS) return { ...facts, standing: "in_progress" };
  }
  return { ...facts, standing: minutes === 0 ? "no_hours" : "behind" };
}

const grouped = new WeakMap<PauseRow[], Map<string, PauseRow[]>>();

/** One pair's breaks, from the list of every pair's: grouped once per list, not scanned per day. */
function pausesOf(pauses: PauseRow[], pairingId: string): PauseRow[] {
  let byPair = grouped.get(pauses);
  if (!byPair) {
    byPair = new Map();
    for (const x of pauses) byPair.set(x.pairingId, [...(byPair.get(x.pairingId) ?? []), x]);
    grouped.set(pauses, byPair);
  }
  return byPair.get(pairingId) ?? [];
}

/** The day a pairing ended, in the zone. */
export const endedOnOf = (p: { endedAt: Date | null }, dayOf: (d: Date) => Day): Day | null =>
  p.endedAt ? dayOf(p.endedAt) : null;

/** "Nov 10 to Dec 9": the days of breaks that touch a month, for a report's flags. */
export function breaksIn(pauses: PauseRow[], pairingId: string, month: Month): { from: Day; to: Day }[] {
  return pauses
    .filter((x) => x.pairingId === pairingId && x.startsOn <= lastDay(month) && x.until > firstDay(month))
    .map((x) => ({ from: x.startsOn, to: addDays(x.until, -1) }));
}

/** ISO days compare as strings; the later of two. */
function laterDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}
