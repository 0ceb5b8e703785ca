// The report as people read it: pages that fit every platform's message limits, a text table for
// the console, and the season figures for funders.
import { labelOf, REGIONS, STAGES } from "../choices.ts";
import { type Button, data, type Message } from "../message.ts";
import { type Month, monthLabel, monthName, shortDay } from "../time.ts";
import type { Report, ReportRow } from "./build.ts";

/** Under Discord's 2,000 characters and Slack's 3,000 per section, with room for a header. */
export const PAGE_BUDGET = 1800;

const h = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10}`;
export const STANDING: Record<ReportRow["standing"], string> = {
  no_hours: "no hours",
  behind: "behind",
  late_start: "new this month",
  paused: "on a break all month",
  on_track: "on track",
  in_progress: "in progress",
};

export function rowLine(r: ReportRow): string {
  const mark = r.standing === "behind" || r.standing === "no_hours" ? "⚠ " : "";
  const parts = [
    `${h(r.minutesThisMonth)}/${h(r.goalMinutes)} h (${STANDING[r.standing]})`,
    `last month ${h(r.minutesLastMonth)}`,
    `season ${h(r.seasonMinutes)}`,
    ...(r.monthsUnder ? [`${r.monthsUnder} month${r.monthsUnder === 1 ? "" : "s"} under`] : []),
    r.lastMeeting ? `last met ${shortDay(r.lastMeeting)}` : "no meeting logged",
    ...(r.rating !== null ? [`meetings rated ${r.rating} of 5`] : []),
    ...(r.goals.open + r.goals.done
      ? [
          `goals ${r.goals.done} done, ${r.goals.open} open${r.goals.stuck ? ` (${r.goals.stuck} stuck)` : ""}`,
        ]
      : []),
    ...r.flags,
  ];
  return `- ${mark}**${data(r.mentor)} ↔ ${data(r.student)}** (${labelOf(STAGES, r.stage).toLowerCase()}): ${parts.join(" · ")}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The active pairs by standing: each pair in one group, so the groups add up to the total. */
function standingSummary(r: Report): string {
  const c = r.counts;
  const parts = [
    c.onTrack || (!c.behind && !c.noHours)
      ? `${c.onTrack} on track${r.inProgress ? " (pro-rated to today)" : ""}`
      : "",
    c.behind ? `${c.behind} behind` : "",
    c.noHours ? `${c.noHours} with no hours${r.inProgress ? " yet" : ""}` : "",
    c.inProgress ? `${c.inProgress} too early to tell` : "",
    c.lateStart ? `${c.lateStart} new this month` : "",
    c.paused ? `${c.paused} on a break all month` : "",
  ].filter(Boolean);
  return `**${plural(c.active, "active pair")}${r.inProgress ? " so far" : ""}:** ${parts.join(", ")}.`;
}

export function summaryLines(r: Report): string[] {
  const c = r.counts;
  return [
    standingSummary(r),
    `**${c.guardianPending}** under-18 student${c.guardianPending === 1 ? "" : "s"} whose guardian has not yet attended a first meeting · **${c.staleAgreement}** member${c.staleAgreement === 1 ? "" : "s"} on an older agreement version.`,
    `**Waiting:** ${r.waiting.length} student${r.waiting.length === 1 ? "" : "s"} without a mentor${r.waiting[0] ? ` (longest ${r.waiting[0].days} days)` : ""} · ${placesFree(r.mentorsWithRoom.reduce((n, m) => n + m.free, 0))} with ${r.mentorsWithRoom.length} mentor${r.mentorsWithRoom.length === 1 ? "" : "s"}.`,
  ];
}

export function queueLines(r: Report): string[] {
  const out = ["**Students waiting for a mentor**"];
  out.push(
    ...(r.waiting.length
      ? r.waiting.map(
          (w) =>
            `- ${data(w.name)} (${labelOf(STAGES, w.stage).toLowerCase()}), ${w.days} days, since ${shortDay(w.since)}`,
        )
      : ["- none"]),
  );
  out.push("**Mentors with places free**");
  out.push(
    ...(r.mentorsWithRoom.length
      ? r.mentorsWithRoom.map((m) => `- ${data(m.name)}: ${m.free} of ${m.capacity}`)
      : ["- none"]),
  );
  return out;
}

export function funderLines(r: Report): string[] {
  const f = r.funders;
  const share = f.pairMonthsCounted ? Math.round((f.pairMonthsMet / f.pairMonthsCounted) * 100) : 0;
  const list = (o: Record<string, number>, labels: typeof STAGES) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${labelOf(labels, k)} ${n}`)
      .join(", ");
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const served = f.studentsServed
    ? `${n(f.studentsServed, "student")} served (${list(f.byStage, STAGES)}; ${list(f.byRegion, REGIONS)})`
    : "no students served yet";
  const met = f.pairMonthsCounted
    ? `${f.pairMonthsMet} of ${n(f.pairMonthsCounted, "pair-month")} met the goal (${share}%)`
    : "no pair-month to count yet";
  return [
    `**Season to date** (${seasonSpan(r.season.months[0] as Month, r.month)}): ${served}, ${n(f.mentorsActive, "mentor")} active, ${f.totalHours} meeting hours, ${met}.`,
  ];
}

/** "October 2026", "October–December 2026", "October 2026–January 2027". */
function seasonSpan(first: Month, last: Month): string {
  if (first === last) return monthLabel(first);
  return first.slice(0, 4) === last.slice(0, 4)
    ? `${monthName(first)}–${monthLabel(last)}`
    : `${monthLabel(first)}–${monthLabel(last)}`;
}

/** Packs lines into pages of at most `budget` characters. */
function pack(lines: string[], budget: number): string[][] {
  const pages: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const l = line.length > budget ? `${line.slice(0, budget - 1)}…` : line;
    if (size + l.length + 1 > budget && (pages.at(-1) as string[]).length > 0) {
      pages.push([]);
      size = 0;
    }
    (pages.at(-1) as string[]).push(l);
    size += l.length + 1;
  }
  return pages;
}

/** Page n (0-based) of the report, with "More" and "CSV" buttons. Every page fits the budget. */
/** Pairs whose goals are stuck or whose last two meetings were rated low: for a coordinator to look at. */
export function attentionLines(r: Report): string[] {
  const pair = (x: ReportRow) => `${data(x.mentor)} ↔ ${data(x.student)}`;
  const stuck = r.rows.filter((x) => x.status !== "ended" && x.goals.stuck > 0);
  const low = r.rows.filter((x) => x.status !== "ended" && x.flags.includes("two low ratings in a row"));
  const out: string[] = [];
  if (stuck.length) out.push(`**Goals stuck (${stuck.length}):** ${stuck.map(pair).join("; ")}`);
  if (low.length)
    out.push(`**Meetings rated low twice in a row (${low.length}):** ${low.map(pair).join("; ")}`);
  return out;
}

export function reportPage(r: Report, n: number, budget = PAGE_BUDGET): { message: Message; pages: number } {
  const title = `**Pairs report, ${monthLabel(r.month)}** (goal ${r.goalHours} hours a month)`;
  const lines = [
    ...summaryLines(r),
    ...attentionLines(r),
    ...funderLines(r),
    `**Pairs, behind first (${r.rows.length})**`,
    ...r.rows.map((row) => rowLine(row)),
    ...queueLines(r),
  ];
  const pages = pack(lines, budget - title.length - 40);
  const page = Math.min(Math.max(0, n), pages.length - 1);
  const buttons: Button[] = [];
  if (page + 1 < pages.length)
    buttons.push({
      id: `report-page:${r.month}:${page + 1}`,
      label: `More (${page + 2} of ${pages.length})`,
      style: "primary",
    });
  buttons.push({ id: `report-csv:${r.month}`, label: "CSV file" });
  const text = `${title}${pages.length > 1 ? ` · page ${page + 1} of ${pages.length}` : ""}\n${(pages[page] as string[]).join("\n")}`;
  return { message: { text, buttons }, pages: pages.length };
}

/** A plain text table for the console. */
export function reportTable(r: Report): string {
  const head = [
    "Mentor",
    "Student",
    "Stage",
    "This mo",
    "Last mo",
    "Season",
    "Under",
    "Last met",
    "Rated",
    "Goals",
    "Flags",
  ];
  const body = r.rows.map((x) => [
    x.mentor,
    x.student,
    labelOf(STAGES, x.stage),
    `${h(x.minutesThisMonth)}/${h(x.goalMinutes)}`,
    h(x.minutesLastMonth),
    h(x.seasonMinutes),
    String(x.monthsUnder),
    x.lastMeeting ?? "-",
    x.rating === null ? "-" : `${x.rating}/5`,
    x.goals.open + x.goals.done
      ? `${x.goals.done} done, ${x.goals.open} open${x.goals.stuck ? ` (${x.goals.stuck} stuck)` : ""}`
      : "-",
    [STANDING[x.standing], ...x.flags].filter(Boolean).join("; "),
  ]);
  const widths = head.map((_, i) =>
    Math.min(40, Math.max(...[head, ...body].map((row) => (row[i] as string).length))),
  );
  const fmt = (row: string[]) =>
    row
      .map((c, i) =>
        c.length > (widths[i] as number)
          ? `${c.slice(0, (widths[i] as number) - 1)}…`
          : c.padEnd(widths[i] as number),
      )
      .join("  ")
      .trimEnd();
  return [
    `Pairs report, ${monthLabel(r.month)} (goal ${r.goalHours} hours a month)`,
    ...summaryLines(r).map((l) => l.replace(/\*\*/g, "")),
    ...funderLines(r).map((l) => l.replace(/\*\*/g, "")),
    "",
    fmt(head),
    fmt(head.map((_, i) => "-".repeat(widths[i] as number))),
    ...body.map(fmt),
    "",
    ...queueLines(r).map((l) => l.replace(/\*\*/g, "")),
  ].join("\n");
}

const placesFree = (n: number) => `${n} place${n === 1 ? "" : "s"} free`;
