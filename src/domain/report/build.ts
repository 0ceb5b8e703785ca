// The coordinator's report, computed from data loaded in a constant number of queries: no query
// per pair. Pure, so the numbers can be checked against a hand-computed fixture. Every figure is
// true of the month it describes: a pairing's status, its breaks, the queue and the season are
// taken as they were at the end of that month (or today, for the month in progress).

import type { Goal } from "../goals/types.ts";
import {
  breaksIn,
  endedOnOf,
  isCounted,
  isUnderGoal,
  type MonthFacts,
  monthFacts,
  type Standing,
} from "../hours/month-facts.ts";
import type { PauseRow } from "../hours/pauses.ts";
import type { MonthTotal } from "../hours/totals.ts";
import { averageRating, type FeedbackRow, ratingsOf, twoLowInARow } from "../meetings/feedback.ts";
import type { Member } from "../members.ts";
import type { PairingWithMembers } from "../pairing/types.ts";
import { addMonths, type Day, lastDay, type Month, monthInSeason, monthOfDay, shortDay } from "../time.ts";

export interface ReportInput {
  month: Month;
  today: Day;
  zone: string;
  goalHours: number;
  seasonStart: string;
  seasonEnd: string;
  /** pairings that were open at some point in the season up to the report month */
  pairings: PairingWithMembers[];
  /** minutes per pairing per month, each shared meeting counted once (see monthTotals) */
  totals: MonthTotal[];
  pauses: PauseRow[];
  /** every member, to find the students waiting and the mentors with room */
  members: Member[];
  /** the pairs' goals (/goals) */
  goals: Goal[];
  /** meetings' ratings and notes of the season (coordinators only) */
  feedback: FeedbackRow[];
  currentAgreementSha: string;
  dayOf: (d: Date) => Day;
}

export type RowStanding = Exclude<Standing, "not_active">;

export interface ReportRow {
  pairingId: string;
  platform: string;
  mentor: string;
  student: string;
  stage: string;
  region: string;
  under18: boolean;
  guardianAttended: boolean;
  startedOn: Day;
  /** as at the end of the month: "active", "opening" or "ended" */
  status: string;
  standing: RowStanding;
  minutesThisMonth: number;
  /** this pair's goal for the month: the days it existed and was not on a break */
  goalMinutes: number;
  minutesLastMonth: number;
  seasonMinutes: number;
  /** minutes in each month of the season, as `season.months` lists them */
  months: number[];
  monthsUnder: number;
  lastMeeting: Day | null;
  flags: string[];
  /** the season's average rating of the pair's meetings (1 to 5), or null before any */
  rating: number | null;
  ratings: number;
  goals: { open: number; done: number; stuck: number };
}

/** Pairs by standing: each active pair is in exactly one, so they add up. */
export interface StandingCounts {
  onTrack: number;
  behind: number;
  noHours: number;
  paused: number;
  lateStart: number;
  inProgress: number;
}

export interface Report {
  month: Month;
  goalHours: number;
  /** the month is not over: "on track" means at or above the goal pro-rated to today */
  inProgress: boolean;
  /** the last day the report's figures describe (the month's end, or today) */
  asOf: Day;
  counts: StandingCounts & { active: number; guardianPending: number; staleAgreement: number };
  rows: ReportRow[];
  /** students without a mentor, longest waiting first; `userId` on their `platform` (for a Suggest button) */
  waiting: { name: string; stage: string; since: Day; days: number; platform: string; userId: string }[];
  /** members who accepted an older version of the agreement (not erased) */
  staleMembers: { name: string; kind: string; platform: string }[];
  mentorsWithRoom: { name: string; free: number; capacity: number }[];
  season: {
    months: Month[];
    hours: number[];
    /** the goal for the pairs counted, pro-rated for breaks, late starts and (this month) today */
    goalHours: number[];
    byStanding: StandingCounts[];
  };
  funders: {
    studentsServed: number;
    byStage: Record<string, number>;
    byRegion: Record<string, number>;
    mentorsActive: number;
    totalHours: number;
    pairMonthsMet: number;
    pairMonthsCounted: number;
  };
}

/** The first month of the season that contains `month`. */
export function seasonStartMonth(month: Month, start: string, end: string): Month {
  let m = month;
  for (let i = 0; i < 12 && monthInSeason(addMonths(m, -1), start, end); i++) m = addMonths(m, -1);
  return m;
}

const daysBetween = (a: Day, b: Day) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const zero = (): StandingCounts => ({
  onTrack: 0,
  behind: 0,
  noHours: 0,
  paused: 0,
  lateStart: 0,
  inProgress: 0,
});
const KEY: Record<RowStanding, keyof StandingCounts> = {
  on_track: "onTrack",
  behind: "behind",
  no_hours: "noHours",
  paused: "paused",
  late_start: "lateStart",
  in_progress: "inProgress",
};

/** Open at the end of `day`: started by then, and not yet ended. */
const openOn = (p: PairingWithMembers, day: Day, dayOf: (d: Date) => Day) =>
  p.startedOn <= day && (!p.endedAt || dayOf(p.endedAt) > day);

export function buildReport(input: ReportInput): Report {
  const { month, today, goalHours } = input;
  const firstSeasonMonth = seasonStartMonth(month, input.seasonStart, input.seasonEnd);
  const months: Month[] = [];
  for (let m = firstSeasonMonth; m <= month; m = addMonths(m, 1)) months.push(m);
  const inProgress = month === monthOfDay(today);
  const asOf = inProgress ? today : lastDay(month);

  const { perMonth, lastMeeting } = pairMinutes(input.totals, month, asOf);
  const minutesOf = (id: string, m: Month) => perMonth.get(id)?.get(m) ?? 0;
  const factsOf = (p: PairingWithMembers, m: Month): MonthFacts =>
    monthFacts(
      { id: p.id, startedOn: p.startedOn, endedOn: endedOnOf(p, input.dayOf) },
      m,
      minutesOf(p.id, m),
      input.pauses,
      goalHours,
      today,
    );

  const stale = (m: Member) => m.acceptance !== null && m.acceptance.textSha256 !== input.currentAgreementSha;
  const rows: ReportRow[] = [];
  const counts = { active: 0, ...zero(), guardianPending: 0, staleAgreement: 0 };
  const season = {
    months,
    hours: months.map(() => 0),
    goalHours: months.map(() => 0),
    byStanding: months.map(zero),
  };
  const served = new Map<string, Member>();
  const mentorsActive = new Set<string>();
  let pairMonthsMet = 0;
  let pairMonthsCounted = 0;

  for (const p of input.pairings) {
    let monthsUnder = 0;
    months.forEach((m, i) => {
      const f = factsOf(p, m);
      if (f.standing === "not_active") return;
      season.hours[i] = (season.hours[i] as number) + f.minutes / 60;
      (season.byStanding[i] as StandingCounts)[KEY[f.standing]]++;
      if (isCounted(f.standing) || f.standing === "in_progress")
        season.goalHours[i] = (season.goalHours[i] as number) + f.goalToDateMinutes / 60;
      if (f.complete && isCounted(f.standing)) {
        pairMonthsCounted++;
        if (f.standing === "on_track") pairMonthsMet++;
        else if (m < month) monthsUnder++;
      }
      served.set(p.menteeId, p.mentee);
      mentorsActive.add(p.mentorId);
    });

    const f = factsOf(p, month);
    if (f.standing === "not_active") continue;
    const status = f.ended ? "ended" : p.status === "opening" && inProgress ? "opening" : "active";
    const s = p.mentee.mentee;
    const guardianPending =
      !!s?.under18 && (!p.guardianAttendedAt || input.dayOf(p.guardianAttendedAt) > asOf);
    const previous = addMonths(month, -1);
    const flags = flagsOf(p, input, month, {
      status,
      guardianPending,
      staleAgreement: stale(p.mentor) || stale(p.mentee),
      twoMonthsUnder:
        isUnderGoal(f.standing) && months.includes(previous) && isUnderGoal(factsOf(p, previous).standing),
    });

    if (status !== "ended") {
      counts.active++;
      counts[KEY[f.standing]]++;
      if (guardianPending) counts.guardianPending++;
    }
    rows.push({
      pairingId: p.id,
      platform: p.platform,
      mentor: p.mentor.name,
      student: p.mentee.name,
      stage: s?.stage ?? "",
      region: s?.region ?? "",
      under18: s?.under18 ?? false,
      guardianAttended: !guardianPending && p.guardianAttendedAt !== null,
      startedOn: p.startedOn,
      status,
      standing: f.standing,
      minutesThisMonth: f.minutes,
      goalMinutes: Math.round(f.goalMinutes),
      minutesLastMonth: minutesOf(p.id, previous),
      seasonMinutes: months.reduce((n, m) => n + minutesOf(p.id, m), 0),
      months: months.map((m) => minutesOf(p.id, m)),
      monthsUnder,
      lastMeeting: lastMeeting.get(p.id) ?? null,
      flags: twoLowInARow(input.feedback, p.id) ? [...flags, "two low ratings in a row"] : flags,
      rating: averageRating(input.feedback, p.id),
      ratings: ratingsOf(input.feedback, p.id).length,
      goals: goalCounts(input.goals, p.id),
    });
  }

  rows.sort(byNeed);
  const staleMembers = input.members
    .filter((m) => !m.erased && stale(m))
    .map((m) => ({ name: m.name, kind: m.kind, platform: m.platform }));
  counts.staleAgreement = staleMembers.length;

  return {
    month,
    goalHours,
    inProgress,
    asOf,
    counts,
    rows,
    staleMembers,
    ...queueAsOf(input, asOf),
    season: { ...season, hours: season.hours.map(round2), goalHours: season.goalHours.map(round2) },
    funders: funders(served, mentorsActive.size, season.hours, pairMonthsMet, pairMonthsCounted),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Students waiting for a mentor and mentors with places free, as they were at the end of `asOf`. */
function queueAsOf(input: ReportInput, asOf: Day): Pick<Report, "waiting" | "mentorsWithRoom"> {
  const { dayOf } = input;
  const open = input.pairings.filter((p) => openOn(p, asOf, dayOf));
  const openByMentee = new Set(open.map((p) => p.menteeId));
  const openByMentor = new Map<string, number>();
  for (const p of open) openByMentor.set(p.mentorId, (openByMentor.get(p.mentorId) ?? 0) + 1);
  const lastEnded = new Map<string, Day>();
  for (const p of input.pairings)
    if (p.endedAt && dayOf(p.endedAt) <= asOf) {
      const d = dayOf(p.endedAt);
      if ((lastEnded.get(p.menteeId) ?? "") < d) lastEnded.set(p.menteeId, d);
    }
  // erased members are in the figures, never in the queue
  const joined = (m: Member) => !m.erased && dayOf(m.createdAt) <= asOf;
  const waiting = input.members
    .filter((m) => m.kind === "mentee" && joined(m) && !openByMentee.has(m.id))
    .map((m) => {
      const since = lastEnded.get(m.id) ?? dayOf(m.createdAt);
      return {
        name: m.name,
        stage: m.mentee?.stage ?? "",
        platform: m.platform,
        userId: m.platformUserId,
        since,
        days: Math.max(0, daysBetween(since, asOf)),
      };
    })
    .sort((a, b) => b.days - a.days);
  const mentorsWithRoom = input.members
    .filter((m) => m.kind === "mentor" && m.mentor && joined(m))
    .map((m) => ({
      name: m.name,
      capacity: m.mentor?.capacity ?? 0,
      free: (m.mentor?.capacity ?? 0) - (openByMentor.get(m.id) ?? 0),
    }))
    .filter((m) => m.free > 0)
    .sort((a, b) => b.free - a.free || a.name.localeCompare(b.name));
  return { waiting, mentorsWithRoom };
}

function funders(
  served: Map<string, Member>,
  mentorsActive: number,
  hours: number[],
  pairMonthsMet: number,
  pairMonthsCounted: number,
): Report["funders"] {
  const byStage: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  for (const m of served.values()) {
    const stage = m.mentee?.stage ?? "other";
    byStage[stage] = (byStage[stage] ?? 0) + 1;
    const region = m.mentee?.region || "unknown";
    byRegion[region] = (byRegion[region] ?? 0) + 1;
  }
  return {
    studentsServed: served.size,
    byStage,
    byRegion,
    mentorsActive,
    totalHours: round2(hours.reduce((a, b) => a + b, 0)),
    pairMonthsMet,
    pairMonthsCounted,
  };
}

/** Minutes per pair and month, and each pair's last meeting on or before the report's day. */
function goalCounts(goals: Goal[], pairingId: string): ReportRow["goals"] {
  const mine = goals.filter((g) => g.pairingId === pairingId);
  return {
    open: mine.filter((g) => g.status === "open").length,
    done: mine.filter((g) => g.status === "done").length,
    stuck: mine.filter((g) => g.status === "open" && g.progress === "stuck").length,
  };
}

function pairMinutes(totals: ReportInput["totals"], month: Month, asOf: Day) {
  const perMonth = new Map<string, Map<Month, number>>();
  const lastMeeting = new Map<string, Day>();
  for (const t of totals) {
    const mm = perMonth.get(t.pairingId) ?? new Map<Month, number>();
    perMonth.set(t.pairingId, mm);
    mm.set(t.month, (mm.get(t.month) ?? 0) + t.minutes);
    if (t.month <= month && t.lastDay <= asOf && (lastMeeting.get(t.pairingId) ?? "") < t.lastDay)
      lastMeeting.set(t.pairingId, t.lastDay);
  }
  return { perMonth, lastMeeting };
}

/** What a coordinator should notice about a pair this month, in a few words each. */
function flagsOf(
  p: PairingWithMembers,
  input: ReportInput,
  month: Month,
  is: {
    status: ReportRow["status"];
    guardianPending: boolean;
    staleAgreement: boolean;
    twoMonthsUnder: boolean;
  },
): string[] {
  const flags: string[] = [];
  if (is.status === "opening") flags.push("space not finished");
  if (is.status === "ended") flags.push(`ended ${shortDay(endedOnOf(p, input.dayOf) as Day)}`);
  for (const b of breaksIn(input.pauses, p.id, month))
    flags.push(`on a break ${shortDay(b.from)} to ${shortDay(b.to)}`);
  if (is.guardianPending) flags.push("under 18: guardian not yet at a first meeting");
  if (is.staleAgreement) flags.push("agreement: older version accepted");
  if (is.twoMonthsUnder) flags.push("under the goal two months running");
  return flags;
}

const NEED: Record<RowStanding, number> = {
  no_hours: 0,
  behind: 1,
  in_progress: 2,
  late_start: 3,
  paused: 4,
  on_track: 5,
};

/** Pairs that need a coordinator first: open before ended, no hours before behind, fewest minutes first. */
function byNeed(a: ReportRow, b: ReportRow): number {
  return (
    Number(a.status === "ended") - Number(b.status === "ended") ||
    NEED[a.standing] - NEED[b.standing] ||
    a.minutesThisMonth - b.minutesThisMonth ||
    a.mentor.localeCompare(b.mentor)
  );
}
