// The coordinator's report, computed from data loaded in a constant number of queries: no query
// per pair. Pure, so the numbers can be checked against a hand-computed fixture.
import { type PauseRow, pausedOn } from "../hours/pauses.ts";
import type { MonthTotal } from "../hours/totals.ts";
import type { Member } from "../members.ts";
import type { PairingWithMembers } from "../pairing/types.ts";
import { activeIn, type MonthStanding, standing } from "../reminders.ts";
import { addMonths, type Day, daysInMonth, lastDay, type Month, monthInSeason, monthOfDay } from "../time.ts";

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
  currentAgreementSha: string;
  dayOf: (d: Date) => Day;
}

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
  status: string;
  standing: MonthStanding | "no_hours";
  minutesThisMonth: number;
  minutesLastMonth: number;
  seasonMinutes: number;
  monthsUnder: number;
  lastMeeting: Day | null;
  flags: string[];
}

export interface Report {
  month: Month;
  goalHours: number;
  /** for the month in progress, "on track" means at or above the goal pro-rated to today */
  inProgress: boolean;
  counts: {
    active: number;
    onTrack: number;
    behind: number;
    noHoursYet: number;
    guardianPending: number;
    staleAgreement: number;
    paused: number;
  };
  rows: ReportRow[];
  waiting: { name: string; stage: string; since: Day; days: number }[];
  mentorsWithRoom: { name: string; free: number; capacity: number }[];
  season: { months: Month[]; hours: number[]; goalHours: number[]; onTrack: number[]; counted: number[] };
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

export function buildReport(input: ReportInput): Report {
  const { month, today, goalHours } = input;
  const goal = goalHours * 60;
  const firstSeasonMonth = seasonStartMonth(month, input.seasonStart, input.seasonEnd);
  const months: Month[] = [];
  for (let m = firstSeasonMonth; m <= month; m = addMonths(m, 1)) months.push(m);
  const inProgress = month === monthOfDay(today);
  const fraction = inProgress ? Number(today.slice(8)) / daysInMonth(month) : 1;

  // minutes per pairing per month, and the last meeting of each pairing up to the report's month
  const perMonth = new Map<string, Map<Month, number>>();
  const lastMeeting = new Map<string, Day>();
  for (const t of input.totals) {
    const mm = perMonth.get(t.pairingId) ?? new Map<Month, number>();
    perMonth.set(t.pairingId, mm);
    mm.set(t.month, (mm.get(t.month) ?? 0) + t.minutes);
    if (t.month <= month && t.lastDay <= today && (lastMeeting.get(t.pairingId) ?? "") < t.lastDay)
      lastMeeting.set(t.pairingId, t.lastDay);
  }
  const minutesOf = (id: string, m: Month) => perMonth.get(id)?.get(m) ?? 0;

  const stale = (m: Member) => m.acceptance !== null && m.acceptance.textSha256 !== input.currentAgreementSha;
  const rows: ReportRow[] = [];
  const counts = {
    active: 0,
    onTrack: 0,
    behind: 0,
    noHoursYet: 0,
    guardianPending: 0,
    staleAgreement: 0,
    paused: 0,
  };
  const season = {
    months,
    hours: months.map(() => 0),
    goalHours: months.map(() => 0),
    onTrack: months.map(() => 0),
    counted: months.map(() => 0),
  };
  const served = new Map<string, Member>();
  const mentorsActive = new Set<string>();
  let pairMonthsMet = 0;
  let pairMonthsCounted = 0;

  for (const p of input.pairings) {
    const thisMonth = minutesOf(p.id, month);
    const seasonMinutes = months.reduce((n, m) => n + minutesOf(p.id, m), 0);
    let monthsUnder = 0;
    months.forEach((m, i) => {
      if (!activeIn(p, m, input.dayOf)) return;
      const minutes = minutesOf(p.id, m);
      season.hours[i] = (season.hours[i] as number) + minutes / 60;
      const s = standing(p, m, minutes, goal, input.pauses, input.dayOf);
      const complete = m < month || !inProgress;
      if (s === "on_track" || s === "behind") {
        season.counted[i] = (season.counted[i] as number) + 1;
        season.goalHours[i] = (season.goalHours[i] as number) + goalHours;
        if (s === "on_track") season.onTrack[i] = (season.onTrack[i] as number) + 1;
        if (complete) {
          pairMonthsCounted++;
          if (s === "on_track") pairMonthsMet++;
          else if (m < month) monthsUnder++;
        }
      }
      served.set(p.menteeId, p.mentee);
      mentorsActive.add(p.mentorId);
    });
    if (p.status === "ended" && (!p.endedAt || input.dayOf(p.endedAt) < `${month}-01`)) continue;
    if (p.startedOn > lastDay(month)) continue;

    const openNow = p.status !== "ended";
    let st: ReportRow["standing"] = standing(
      p,
      month,
      inProgress ? Math.round(thisMonth / fraction) : thisMonth,
      goal,
      input.pauses,
      input.dayOf,
    );
    const pause = pausedOn(input.pauses, p.id, today);
    const s = p.mentee.mentee;
    const flags: string[] = [];
    if (p.status === "opening") flags.push("space not finished");
    if (p.status === "ended") flags.push("ended");
    if (pause) flags.push(`paused until ${pause.until}`);
    if (s?.under18 && !p.guardianAttendedAt) flags.push("under 18: guardian not yet at a first meeting");
    if (stale(p.mentor) || stale(p.mentee)) flags.push("agreement: older version accepted");
    const previous = addMonths(month, -1);
    const prevStanding = months.includes(previous)
      ? standing(p, previous, minutesOf(p.id, previous), goal, input.pauses, input.dayOf)
      : "not_active";
    if (st === "behind" && prevStanding === "behind") flags.push("under the goal two months running");
    if (thisMonth === 0 && st === "behind") st = "no_hours";

    if (openNow && p.status === "active") {
      counts.active++;
      if (st === "on_track") counts.onTrack++;
      if (st === "behind" || st === "no_hours") counts.behind++;
      if (thisMonth === 0) counts.noHoursYet++;
      if (st === "paused") counts.paused++;
      if (s?.under18 && !p.guardianAttendedAt) counts.guardianPending++;
    }
    rows.push({
      pairingId: p.id,
      platform: p.platform,
      mentor: p.mentor.name,
      student: p.mentee.name,
      stage: s?.stage ?? "",
      region: s?.region ?? "",
      under18: s?.under18 ?? false,
      guardianAttended: p.guardianAttendedAt !== null,
      startedOn: p.startedOn,
      status: p.status,
      standing: st,
      minutesThisMonth: thisMonth,
      minutesLastMonth: minutesOf(p.id, previous),
      seasonMinutes,
      monthsUnder,
      lastMeeting: lastMeeting.get(p.id) ?? null,
      flags,
    });
  }

  const order: Record<ReportRow["standing"], number> = {
    no_hours: 0,
    behind: 1,
    late_start: 2,
    paused: 3,
    on_track: 4,
    not_active: 5,
  };
  rows.sort(
    (a, b) =>
      order[a.standing] - order[b.standing] ||
      a.minutesThisMonth - b.minutesThisMonth ||
      a.mentor.localeCompare(b.mentor),
  );

  counts.staleAgreement = input.members.filter(stale).length;
  const openByMentee = new Set(input.pairings.filter((p) => p.status !== "ended").map((p) => p.menteeId));
  const openByMentor = new Map<string, number>();
  for (const p of input.pairings)
    if (p.status !== "ended") openByMentor.set(p.mentorId, (openByMentor.get(p.mentorId) ?? 0) + 1);
  const lastEnded = new Map<string, Day>();
  for (const p of input.pairings)
    if (p.status === "ended" && p.endedAt) {
      const d = input.dayOf(p.endedAt);
      if ((lastEnded.get(p.menteeId) ?? "") < d) lastEnded.set(p.menteeId, d);
    }
  const waiting = input.members
    .filter((m) => m.kind === "mentee" && !openByMentee.has(m.id))
    .map((m) => {
      const since = lastEnded.get(m.id) ?? input.dayOf(m.createdAt);
      return {
        name: m.name,
        stage: m.mentee?.stage ?? "",
        since,
        days: Math.max(0, daysBetween(since, today)),
      };
    })
    .sort((a, b) => b.days - a.days);
  const mentorsWithRoom = input.members
    .filter((m) => m.kind === "mentor" && m.mentor)
    .map((m) => ({
      name: m.name,
      capacity: m.mentor?.capacity ?? 0,
      free: (m.mentor?.capacity ?? 0) - (openByMentor.get(m.id) ?? 0),
    }))
    .filter((m) => m.free > 0)
    .sort((a, b) => b.free - a.free || a.name.localeCompare(b.name));

  const byStage: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  for (const m of served.values()) {
    const stage = m.mentee?.stage ?? "other";
    byStage[stage] = (byStage[stage] ?? 0) + 1;
    const region = m.mentee?.region || "unknown";
    byRegion[region] = (byRegion[region] ?? 0) + 1;
  }
  return {
    month,
    goalHours,
    inProgress,
    counts,
    rows,
    waiting,
    mentorsWithRoom,
    season,
    funders: {
      studentsServed: served.size,
      byStage,
      byRegion,
      mentorsActive: mentorsActive.size,
      totalHours: Math.round(season.hours.reduce((a, b) => a + b, 0) * 100) / 100,
      pairMonthsMet,
      pairMonthsCounted,
    },
  };
}
