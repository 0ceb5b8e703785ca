// The dashboard's pages, rendered on the server from the report: they work without JavaScript;
// the script only draws the chart from the same figures the table under it shows.
import { html, raw } from "hono/html";
import { labelOf, REGIONS, STAGES } from "../domain/choices.ts";
import { dayInWords, durationInWords } from "../domain/hours/words.ts";
import { whenInWords } from "../domain/meetings/card.ts";
import type { Report, ReportRow, RowStanding } from "../domain/report/build.ts";
import type { PairActivity } from "../domain/report/pair.ts";
import { attentionLines, funderLines, STANDING, summaryLines } from "../domain/report/render.ts";
import { type Month, monthLabel, monthName, shortDay } from "../domain/time.ts";
import { type Html, jsonBlock, markedBlock, page } from "./html.ts";

const capitalised = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10}`;
const needsCare = (r: ReportRow) => r.standing === "behind" || r.standing === "no_hours";

export interface Signed {
  csrf: string;
  zone: string;
  /** the month in progress: the latest the month picker offers */
  thisMonth: Month;
}

function monthField(month: Month, s: Signed): Html {
  return html`<div class="field"><label for="month">Month</label>
    <input id="month" name="month" type="month" value="${month}" max="${s.thisMonth}" /></div>`;
}

function monthPicker(action: string, month: Month, s: Signed): Html {
  return html`<form method="get" action="${action}" class="month">
    ${monthField(month, s)}
    <button type="submit">Show</button>
  </form>`;
}

function seasonFigure(r: Report): Html {
  const labels = r.season.months.map((m) => monthName(m));
  return html`<figure class="chart">
      <figcaption id="season-caption">Meeting hours each month of the season, against the goal for the pairs counted</figcaption>
      <canvas id="season-chart" role="img" aria-labelledby="season-caption" width="720" height="300"></canvas>
      ${jsonBlock("season-data", { labels, hours: r.season.hours, goal: r.season.goalHours })}
    </figure>
    <div class="scroll" role="region" aria-label="The season by month" tabindex="0"><table class="season">
      <caption>The season by month</caption>
      <thead><tr><th scope="col">Month</th><th scope="col">Hours met</th><th scope="col">Goal (hours)</th></tr></thead>
      <tbody>
        ${r.season.months.map(
          (m, i) =>
            html`<tr><th scope="row">${monthLabel(m)}</th><td>${r.season.hours[i]}</td><td>${r.season.goalHours[i]}</td></tr>`,
        )}
      </tbody>
    </table></div>`;
}

function figures(r: Report): Html {
  const c = r.counts;
  const items: [string, number][] = [
    ["Active pairs", c.active],
    ["On track", c.onTrack],
    ["Behind", c.behind],
    ["No hours yet", c.noHours],
    ["On a break", c.paused],
    ["Students waiting", r.waiting.length],
    ["Guardians' first session to confirm", c.guardianPending],
    ["On an older agreement", c.staleAgreement],
  ];
  return html`<dl class="figures">${items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

export function overviewPage(r: Report, s: Signed): Html {
  const behind = r.rows.filter((x) => x.status !== "ended" && needsCare(x));
  return page(
    { title: `Overview, ${monthLabel(r.month)}`, csrf: s.csrf, month: r.month, current: "overview" },
    html`<h1>Pairs report, ${monthLabel(r.month)}${r.inProgress ? " (so far)" : ""}</h1>
      ${monthPicker("/dashboard", r.month, s)}
      ${figures(r)}
      <section aria-labelledby="glance"><h2 id="glance">At a glance</h2>${markedBlock([...summaryLines(r), ...attentionLines(r)])}</section>
      <section aria-labelledby="season"><h2 id="season">The season</h2>${seasonFigure(r)}${markedBlock(funderLines(r))}</section>
      <section aria-labelledby="behind"><h2 id="behind">Pairs behind (${behind.length})</h2>
        ${behind.length ? pairsTable(behind.slice(0, 20), r) : html`<p>No pair is behind.</p>`}
        <p><a href="/dashboard/pairs?month=${r.month}&amp;standing=needs_care">Every pair behind</a> · <a href="/dashboard/pairs?month=${r.month}">All pairs</a></p>
      </section>`,
  );
}

const STANDING_ORDER: RowStanding[] = [
  "behind",
  "no_hours",
  "in_progress",
  "late_start",
  "paused",
  "on_track",
];

export interface PairFilter {
  q: string;
  standing: string;
  stage: string;
  region: string;
  sort: "need" | "name" | "hours" | "last";
  /** said above the results: a search that was cut short */
  note?: string;
}

const SORTS: Record<PairFilter["sort"], string> = {
  need: "Most in need first",
  name: "Mentor's name",
  hours: "Fewest hours this month",
  last: "Longest since they met",
};

export function filterRows(rows: ReportRow[], f: PairFilter): ReportRow[] {
  const q = f.q.trim().toLowerCase();
  const out = rows.filter(
    (r) =>
      (!q || r.mentor.toLowerCase().includes(q) || r.student.toLowerCase().includes(q)) &&
      (!f.standing ||
        (f.standing === "needs_care" ? needsCare(r) && r.status !== "ended" : r.standing === f.standing)) &&
      (!f.stage || r.stage === f.stage) &&
      (!f.region || r.region === f.region),
  );
  if (f.sort === "name")
    out.sort((a, b) => a.mentor.localeCompare(b.mentor) || a.student.localeCompare(b.student));
  if (f.sort === "hours") out.sort((a, b) => a.minutesThisMonth - b.minutesThisMonth);
  if (f.sort === "last") out.sort((a, b) => (a.lastMeeting ?? "").localeCompare(b.lastMeeting ?? ""));
  return out;
}

function select(id: string, label: string, value: string, options: { value: string; label: string }[]): Html {
  return html`<div class="field"><label for="${id}">${label}</label>
    <select id="${id}" name="${id}">
      ${options.map((o) => html`<option value="${o.value}" ${o.value === value ? raw("selected") : ""}>${o.label}</option>`)}
    </select></div>`;
}

function pairsTable(rows: ReportRow[], r: Report): Html {
  return html`<div class="scroll" role="region" aria-label="Pairs table" tabindex="0"><table class="pairs">
    <caption>Pairs, ${monthLabel(r.month)}: hours this month against each pair's goal</caption>
    <thead><tr>
      <th scope="col">Pair</th><th scope="col">Stage</th><th scope="col">Region</th>
      <th scope="col">This month (h)</th><th scope="col">Standing</th><th scope="col">Last month (h)</th>
      <th scope="col">Season (h)</th><th scope="col">Last met</th><th scope="col">Rating</th><th scope="col">Goals</th><th scope="col">Notes</th>
    </tr></thead>
    <tbody>
      ${rows.map(
        (x) => html`<tr class="${needsCare(x) ? "care" : ""}">
          <th scope="row"><a href="/dashboard/pairs/${encodeURIComponent(x.pairingId)}?month=${r.month}">${x.mentor} ↔ ${x.student}</a></th>
          <td>${labelOf(STAGES, x.stage)}</td><td>${labelOf(REGIONS, x.region)}</td>
          <td>${hours(x.minutesThisMonth)} of ${hours(x.goalMinutes)}</td>
          <td>${needsCare(x) ? html`<strong>${STANDING[x.standing]}</strong>` : STANDING[x.standing]}</td>
          <td>${hours(x.minutesLastMonth)}</td><td>${hours(x.seasonMinutes)}</td>
          <td>${x.lastMeeting ? shortDay(x.lastMeeting) : "none logged"}</td>
          <td>${x.rating === null ? "–" : `${x.rating} of 5 (${x.ratings})`}</td>
          <td>${x.goals.open + x.goals.done ? `${x.goals.done} done, ${x.goals.open} open${x.goals.stuck ? `, ${x.goals.stuck} stuck` : ""}` : "–"}</td>
          <td>${[x.status === "ended" ? "ended" : "", ...x.flags].filter(Boolean).join("; ")}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

export function pairsPage(r: Report, f: PairFilter, s: Signed): Html {
  const rows = filterRows(r.rows, f);
  const any = { value: "", label: "Any" };
  const filters = html`${monthField(r.month, s)}
    <div class="field"><label for="q">Name</label><input id="q" name="q" type="search" value="${f.q}" autocomplete="off" /></div>
    ${select("standing", "Standing", f.standing, [
      any,
      { value: "needs_care", label: "Behind or no hours" },
      ...STANDING_ORDER.map((k) => ({ value: k, label: capitalised(STANDING[k]) })),
    ])}
    ${select("stage", "Stage", f.stage, [any, ...STAGES])}
    ${select("region", "Region", f.region, [any, ...REGIONS])}
    ${select(
      "sort",
      "Order",
      f.sort,
      Object.entries(SORTS).map(([value, label]) => ({ value, label })),
    )}`;
  return page(
    { title: `Pairs, ${monthLabel(r.month)}`, csrf: s.csrf, month: r.month, current: "pairs" },
    html`<h1>Pairs, ${monthLabel(r.month)}</h1>
      <form method="get" action="/dashboard/pairs" class="filters" role="search" aria-label="Filter the pairs">
        ${filters}<button type="submit">Filter</button>
      </form>
      <p role="status" id="count">${rows.length} of ${r.rows.length} pair${r.rows.length === 1 ? "" : "s"}</p>
      ${f.note ? html`<p class="note">${f.note}</p>` : ""}
      ${rows.length ? pairsTable(rows, r) : html`<p>No pair matches. Clear a filter to see more.</p>`}`,
  );
}

const MET: Record<string, string> = {
  yes: "met",
  guardian: "met, with a guardian",
  other: "met, with someone else there",
  no: "did not meet",
};

export function pairPage(r: Report, x: ReportRow, a: PairActivity, s: Signed): Html {
  const title = `${x.mentor} ↔ ${x.student}`;
  const facts: [string, string][] = [
    ["Platform", x.platform],
    ["Stage", labelOf(STAGES, x.stage)],
    ["Region", labelOf(REGIONS, x.region)],
    ["Paired since", dayInWords(x.startedOn)],
    ["Status", x.status],
    [`Standing in ${monthName(r.month)}`, STANDING[x.standing]],
    [
      "Under 18",
      x.under18
        ? `yes: guardian's first session ${x.guardianAttended ? "attended" : "not yet confirmed"}`
        : "no",
    ],
    [
      "Meetings rated",
      x.rating === null
        ? "not yet"
        : `${x.rating} of 5 on average (${x.ratings} rating${x.ratings === 1 ? "" : "s"})`,
    ],
  ];
  return page(
    { title, csrf: s.csrf, month: r.month, current: "pairs" },
    html`<p><a href="/dashboard/pairs?month=${r.month}">← All pairs</a></p>
      <h1>${title}</h1>
      ${monthPicker(`/dashboard/pairs/${encodeURIComponent(x.pairingId)}`, r.month, s)}
      <dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
      ${x.flags.length ? html`<p><strong>Needs a look:</strong> ${x.flags.join("; ")}</p>` : ""}
      <section aria-labelledby="months"><h2 id="months">Months</h2>
        <div class="scroll" role="region" aria-label="Hours by month (the goal is ${r.goalHours} hours a month)" tabindex="0"><table><caption>Hours by month (the goal is ${r.goalHours} hours a month)</caption>
          <thead><tr><th scope="col">Month</th><th scope="col">Hours</th></tr></thead>
          <tbody>${r.season.months.map((m, i) =>
            m < x.startedOn.slice(0, 7)
              ? ""
              : html`<tr><th scope="row">${monthLabel(m)}</th><td>${hours(x.months[i] ?? 0)}</td></tr>`,
          )}</tbody>
        </table></div></section>
      <section aria-labelledby="entries"><h2 id="entries">Entries this season (${a.entries.length})</h2>
        ${
          a.entries.length
            ? html`<div class="scroll" role="region" aria-label="Time logged, newest first" tabindex="0"><table><caption>Time logged, newest first</caption>
            <thead><tr><th scope="col">Day</th><th scope="col">Time</th><th scope="col">Logged by</th></tr></thead>
            <tbody>${a.entries.map((e) => html`<tr><td>${dayInWords(e.day)}</td><td>${durationInWords(e.minutes)}</td><td>${e.by === "mentor" ? x.mentor : x.student}</td></tr>`)}</tbody></table></div>`
            : html`<p>No time logged this season.</p>`
        }</section>
      <section aria-labelledby="meetings"><h2 id="meetings">Planned meetings (${a.meetings.length})</h2>
        ${
          a.meetings.length
            ? html`<div class="scroll" role="region" aria-label="Meetings planned with /meet, newest first" tabindex="0"><table><caption>Meetings planned with /meet, newest first</caption>
            <thead><tr><th scope="col">When</th><th scope="col">Length</th><th scope="col">Place</th><th scope="col">Status</th><th scope="col">Did they meet?</th></tr></thead>
            <tbody>${a.meetings.map(
              (
                m,
              ) => html`<tr><td>${whenInWords(m.startsAt, s.zone)}</td><td>${durationInWords(m.minutes)}</td><td>${m.place || "–"}</td><td>${m.status}</td>
                <td>${m.met.length ? m.met.map((v) => `${v.by === "mentor" ? x.mentor : x.student}: ${MET[v.answer] ?? v.answer}`).join("; ") : "–"}</td></tr>`,
            )}</tbody></table></div>`
            : html`<p>No meeting planned with /meet this season.</p>`
        }</section>
      <section aria-labelledby="goals"><h2 id="goals">Goals (${a.goals.length})</h2>
        ${
          a.goals.length
            ? html`<ol>${a.goals.map((g) => html`<li>${g.text} (${g.status === "done" ? "done" : g.progress === "stuck" ? "stuck" : g.progress === "on_track" ? "on track" : "open"})</li>`)}</ol>`
            : html`<p>No goals set yet.</p>`
        }</section>`,
  );
}

export function queuePage(r: Report, s: Signed): Html {
  return page(
    { title: "Queue", csrf: s.csrf, month: r.month, current: "queue" },
    html`<h1>Students waiting for a mentor (${r.waiting.length})</h1>
      ${monthPicker("/dashboard/queue", r.month, s)}
      <p>Pair a student in the chat: <code>/pairings suggest @student</code> lists the best mentors, <code>/pairings create @mentor @student</code> pairs them.</p>
      ${
        r.waiting.length
          ? html`<div class="scroll" role="region" aria-label="Longest waiting first" tabindex="0"><table><caption>Longest waiting first</caption>
          <thead><tr><th scope="col">Student</th><th scope="col">Stage</th><th scope="col">Waiting since</th><th scope="col">Days</th><th scope="col">Platform</th></tr></thead>
          <tbody>${r.waiting.map((w) => html`<tr><th scope="row">${w.name}</th><td>${labelOf(STAGES, w.stage)}</td><td>${dayInWords(w.since)}</td><td>${w.days}</td><td>${w.platform}</td></tr>`)}</tbody></table></div>`
          : html`<p>No student is waiting.</p>`
      }
      <h2>Mentors with places free (${r.mentorsWithRoom.length})</h2>
      ${
        r.mentorsWithRoom.length
          ? html`<div class="scroll" role="region" aria-label="Most room first" tabindex="0"><table><caption>Most room first</caption>
          <thead><tr><th scope="col">Mentor</th><th scope="col">Places free</th><th scope="col">Capacity</th></tr></thead>
          <tbody>${r.mentorsWithRoom.map((m) => html`<tr><th scope="row">${m.name}</th><td>${m.free}</td><td>${m.capacity}</td></tr>`)}</tbody></table></div>`
          : html`<p>No mentor has a place free.</p>`
      }`,
  );
}

export function summaryPage(r: Report, s: Signed): Html {
  const f = r.funders;
  const share = f.pairMonthsCounted ? Math.round((f.pairMonthsMet / f.pairMonthsCounted) * 100) : 0;
  const list = (o: Record<string, number>, labels: typeof STAGES) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => html`<li>${labelOf(labels, k)}: ${n}</li>`);
  const first = r.season.months[0] as Month;
  return page(
    { title: "Season summary", csrf: s.csrf, month: r.month, current: "summary" },
    html`<article class="summary">
      <h1>Season summary: ${monthLabel(first)}${first === r.month ? "" : ` to ${monthLabel(r.month)}`}</h1>
      <div class="noprint">${monthPicker("/dashboard/summary", r.month, s)}</div>
      <p class="lede">A volunteer program in which physicians and medical students mentor high-school and college students toward medicine, many of them in Alaska.</p>
      <dl class="figures">
        <div><dt>Students served</dt><dd>${f.studentsServed}</dd></div>
        <div><dt>Mentors active</dt><dd>${f.mentorsActive}</dd></div>
        <div><dt>Meeting hours</dt><dd>${f.totalHours}</dd></div>
        <div><dt>Pair-months at the goal</dt><dd>${f.pairMonthsCounted ? `${share}%` : "–"}</dd></div>
      </dl>
      <p>${
        f.pairMonthsCounted
          ? `${f.pairMonthsMet} of ${f.pairMonthsCounted} complete pair-months met the goal of ${r.goalHours} hours a month.`
          : `No pair-month is complete yet: the goal is ${r.goalHours} hours a month.`
      }</p>
      <div class="columns">
        <section><h2>Students by stage</h2><ul>${list(f.byStage, STAGES)}</ul></section>
        <section><h2>Students by region</h2><ul>${list(f.byRegion, REGIONS)}</ul></section>
      </div>
      <section><h2>Hours by month</h2>${seasonFigure(r)}</section>
      <p class="noprint"><a href="/dashboard/summary.pdf?month=${r.month}" download>Download as PDF</a> · <button type="button" data-print>Print</button></p>
      <p class="small">Figures as of ${dayInWords(r.asOf)}. No names or contacts of students are in this summary.</p>
    </article>`,
  );
}
