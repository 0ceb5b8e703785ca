// The report's numbers against a fixture computed by hand (see the comments), its CSV, chart and limits.
import { describe, expect, it } from "vitest";
import { coordinatorHome } from "../../src/domain/home/coordinator-home.ts";
import { progressBar } from "../../src/domain/home/member-home.ts";
import { monthTotals } from "../../src/domain/hours/totals.ts";
import type { Member } from "../../src/domain/members.ts";
import { unmarked } from "../../src/domain/message.ts";
import type { PairingWithMembers } from "../../src/domain/pairing/types.ts";
import { buildReport, type ReportInput, type ReportRow } from "../../src/domain/report/build.ts";
import { CSV_COLUMNS, csvCell, neutralise, parseCsv, reportCsv } from "../../src/domain/report/csv.ts";
import { PAGE_BUDGET, reportPage, reportTable, rowLine } from "../../src/domain/report/render.ts";
import { toDiscordMessages } from "../../src/platforms/discord/format.ts";
import { messageBlocks } from "../../src/platforms/slack/format.ts";
import { homeView } from "../../src/platforms/slack/home.ts";
import { seasonChart } from "../../src/report/chart.ts";

const SHA = "current";
const at = (day: string) => new Date(`${day}T20:00:00Z`);

function member(
  id: string,
  kind: "mentor" | "mentee",
  extra: Partial<Member> & {
    stage?: string;
    region?: string;
    under18?: boolean;
    capacity?: number;
    created?: string;
  } = {},
): Member {
  return {
    id,
    platform: "slack",
    platformUserId: id.toUpperCase(),
    kind,
    name: id,
    createdAt: at(extra.created ?? "2026-09-20"),
    updatedAt: at("2026-09-20"),
    mentor:
      kind === "mentor"
        ? {
            name: id,
            role: "attending",
            specialty: "FM",
            region: "anchorage",
            accepts: "either",
            capacity: extra.capacity ?? 1,
            contact: "dm",
          }
        : null,
    mentee:
      kind === "mentee"
        ? {
            name: id,
            stage: extra.stage ?? "college",
            school: "S",
            region: extra.region ?? "anchorage",
            gradYear: 2028,
            interests: ["mcat"],
            under18: extra.under18 ?? false,
            turns18: null,
            guardian: null,
          }
        : null,
    acceptance: {
      version: "v1",
      textSha256: extra.acceptance === undefined ? SHA : "old",
      platform: "slack",
      acceptedAt: at("2026-09-20"),
    },
  };
}

const M: Record<string, Member> = {};
for (const n of ["maria", "omar", "rita", "sam", "tom", "ugo"])
  M[n] = member(n, "mentor", { capacity: n === "omar" ? 2 : 1 });
M.lena = {
  ...member("lena", "mentor"),
  acceptance: { version: "v0", textSha256: "old", platform: "slack", acceptedAt: at("2026-09-20") },
};
M.vic = member("vic", "mentor", { capacity: 3 });
M.ann = member("ann", "mentee", { stage: "college", region: "anchorage" });
M.ben = member("ben", "mentee", { stage: "high_school", region: "ykdelta", under18: true });
M.cal = member("cal", "mentee", { stage: "college", region: "anchorage" });
M.dee = member("dee", "mentee", { stage: "high_school", region: "nome" });
M.eve = member("eve", "mentee", { stage: "college", region: "fairbanks" });
M.fay = member("fay", "mentee", { stage: "post_bacc", region: "anchorage" });
M.gil = member("gil", "mentee", { stage: "high_school", region: "ykdelta" });
M.hal = member("hal", "mentee", { created: "2026-11-01" });

function pairing(
  id: string,
  mentor: string,
  mentee: string,
  startedOn: string,
  more: Partial<PairingWithMembers> = {},
): PairingWithMembers {
  return {
    id,
    platform: "slack",
    mentorId: mentor,
    menteeId: mentee,
    status: "active",
    startedOn,
    createdAt: at(startedOn),
    createdBy: "cora",
    spaceId: `G${id}`,
    spaceName: `pair-${id}`,
    steps: {},
    endedAt: null,
    endReason: null,
    guardianAttendedAt: null,
    mentor: M[mentor] as Member,
    mentee: M[mentee] as Member,
    ...more,
  };
}

const log = (pairingId: string, memberId: string, meetingOn: string, minutes: number) => ({
  pairingId,
  memberId,
  meetingOn,
  minutes,
});

const fixture: ReportInput = {
  month: "2026-11",
  today: "2026-12-03", // November is complete
  zone: "America/Anchorage",
  goalHours: 2,
  seasonStart: "10-01",
  seasonEnd: "05-31",
  pairings: [
    pairing("A", "maria", "ann", "2026-10-01"),
    pairing("B", "omar", "ben", "2026-10-01"),
    pairing("C", "rita", "cal", "2026-11-15"), // started mid-month
    pairing("D", "lena", "dee", "2026-11-25"), // in November's last 10 days
    pairing("E", "sam", "eve", "2026-10-01"), // paused Nov 10 - Dec 10
    pairing("F", "tom", "fay", "2026-10-01", { status: "ended", endedAt: at("2026-11-12") }),
    pairing("G", "ugo", "gil", "2026-10-01", { status: "ended", endedAt: at("2026-10-20") }),
  ],
  totals: monthTotals([
    log("A", "maria", "2026-10-05", 60),
    log("A", "ann", "2026-10-05", 60), // the same meeting: counts once
    log("A", "maria", "2026-10-20", 90), // A: October 150
    log("A", "maria", "2026-11-03", 60),
    log("A", "ann", "2026-11-03", 90), // the same meeting: the larger, 90. A: November 90
    log("C", "rita", "2026-11-16", 120), // C: November 120
    log("E", "sam", "2026-10-10", 120), // E: October 120
    log("F", "tom", "2026-10-08", 30), // F: October 30
    log("F", "fay", "2026-11-05", 60), // F: November 60
  ]),
  pauses: [{ pairingId: "E", startsOn: "2026-11-10", until: "2026-12-10" }],
  members: Object.values(M),
  currentAgreementSha: SHA,
  dayOf: (d) => d.toISOString().slice(0, 10),
  // A's last two meetings were rated low (after a good one); C rated once
  feedback: [
    ["A", "2026-10-05", "4"],
    ["A", "2026-11-03", "2"],
    ["A", "2026-11-17", "1"],
    ["C", "2026-11-20", "5"],
  ].map(([pairingId, day, value]) => ({
    pairingId: pairingId as string,
    meetingAt: new Date(`${day}T20:00:00Z`),
    memberId: "x",
    kind: "rating" as const,
    value: value as string,
  })),
  goals: [
    { id: "g1", status: "done", progress: null },
    { id: "g2", status: "open", progress: "stuck" },
    { id: "g3", status: "open", progress: "on_track" },
  ].map((g) => ({
    ...g,
    status: g.status as "open" | "done",
    progress: g.progress as "stuck" | "on_track" | null,
    pairingId: "A",
    text: "Shadow in the ER",
    addedBy: "x",
    createdAt: new Date("2026-10-02T00:00:00Z"),
    doneAt: null,
  })),
};

describe("the report's numbers", () => {
  const r = buildReport(fixture);
  // November by hand (30 days, goal 2 h = 120 minutes, pro-rated to the days a pair existed and was
  // not on a break):
  //   A 90 of 120: behind.   B 0 of 120: no hours (and no hours in October: two months running).
  //   C made Nov 15, 16 days: goal 64, 120 logged: on track.   D made Nov 25: new this month.
  //   E on a break Nov 10 - Dec 9, 9 days count: goal 36, 0 logged: no hours.
  //   F ended Nov 12, 12 days: goal 48, 60 logged: on track (ended: listed, not counted active).
  //   G ended Oct 20: not in November.

  it("counts the active pairs by standing, each in one group, adding up", () => {
    expect(r.counts).toEqual({
      active: 5,
      onTrack: 1,
      behind: 1,
      noHours: 2,
      paused: 0,
      lateStart: 1,
      inProgress: 0,
      guardianPending: 1,
      staleAgreement: 1,
    });
    const c = r.counts;
    expect(c.onTrack + c.behind + c.noHours + c.paused + c.lateStart + c.inProgress).toBe(c.active);
    expect(r.inProgress).toBe(false);
  });

  it("lists the pairs behind first, ended ones last, with each figure", () => {
    expect(r.rows.map((x) => x.pairingId)).toEqual(["B", "E", "A", "D", "C", "F"]);
    const row = (id: string) => r.rows.find((x) => x.pairingId === id);
    expect(row("A")).toMatchObject({
      standing: "behind",
      minutesThisMonth: 90,
      goalMinutes: 120,
      minutesLastMonth: 150,
      seasonMinutes: 240,
      monthsUnder: 0,
      lastMeeting: "2026-11-03",
      flags: ["two low ratings in a row"],
    });
    expect(row("B")).toMatchObject({
      standing: "no_hours",
      minutesThisMonth: 0,
      seasonMinutes: 0,
      monthsUnder: 1,
      lastMeeting: null,
      flags: ["under 18: guardian not yet at a first meeting", "under the goal two months running"],
    });
    expect(row("C")).toMatchObject({ standing: "on_track", minutesThisMonth: 120, goalMinutes: 64 });
    expect(row("D")).toMatchObject({
      standing: "late_start",
      goalMinutes: 24,
      flags: ["agreement: older version accepted"],
    });
    expect(row("E")).toMatchObject({
      standing: "no_hours",
      goalMinutes: 36,
      minutesLastMonth: 120,
      flags: ["on a break Nov 10 to Dec 9"],
    });
    expect(row("F")).toMatchObject({
      standing: "on_track",
      status: "ended",
      minutesThisMonth: 60,
      goalMinutes: 48,
      monthsUnder: 1,
      flags: ["ended Nov 12"],
    });
    expect(row("G")).toBeUndefined();
  });

  it("shows each pair's season rating and goals, and flags two low ratings in a row", () => {
    const a = r.rows.find((x) => x.pairingId === "A");
    const c = r.rows.find((x) => x.pairingId === "C");
    expect(a?.rating).toBe(2.3);
    expect(a?.ratings).toBe(3);
    expect(a?.flags).toContain("two low ratings in a row");
    expect(a?.goals).toEqual({ open: 2, done: 1, stuck: 1 });
    expect(c?.rating).toBe(5);
    expect(c?.flags).not.toContain("two low ratings in a row");
    expect(rowLine(a as ReportRow)).toMatch(/meetings rated 2\.3 of 5 · goals 1 done, 2 open \(1 stuck\)/);
    const csv = parseCsv(reportCsv(r));
    const header = csv[0] as string[];
    const rowA = csv.find((row) => row.includes("ann")) as string[];
    expect(rowA[header.indexOf("meeting_rating_average")]).toBe("2.3");
    expect(rowA[header.indexOf("goals_stuck")]).toBe("1");
    const page = reportPage(r, 0).message.text;
    expect(page).toMatch(/\*\*Goals stuck \(1\):\*\* .*maria.* ↔ .*ann/);
    expect(page).toMatch(/Meetings rated low twice in a row \(1\)/);
    expect(JSON.stringify(homeView(coordinatorHome(r, "slack", true)))).toMatch(/Goals stuck \(1\)/);
  });

  it("the coordinator's home: Suggest mentors for each student waiting on this platform, the older agreements by name", () => {
    const home = coordinatorHome(r, "slack", true);
    expect(home.buttons?.map((b) => b.id)).toEqual([
      "dashboard-link",
      "suggest:GIL",
      "suggest:HAL",
      "suggest:FAY",
    ]);
    expect(coordinatorHome(r, "discord", true).buttons?.map((b) => b.id)).toEqual(["dashboard-link"]);
    // a bot that serves no dashboard offers no button that cannot work, and says where the figures are
    const off = coordinatorHome(r, "discord", false);
    expect(off.buttons ?? []).toEqual([]);
    expect(unmarked(off.text)).toMatch(
      /browser dashboard is off for this bot.*\/pairings report has the same figures/,
    );
    expect(unmarked(off.text)).not.toMatch(/or the dashboard/);
    expect(unmarked(home.text)).toMatch(/On an older agreement \(1\)[^\n]*\n- lena \(mentor\)/);
    expect(unmarked(home.text)).toMatch(/Students waiting \(3\)\*\*\n- gil \(high school\), waiting 41 days/);
  });

  it("the home's bar: a tenth per cell, full at the goal and never past it", () => {
    expect(progressBar(0, 2)).toBe("▱▱▱▱▱▱▱▱▱▱ 0%");
    expect(progressBar(90, 2)).toBe("▰▰▰▰▰▰▰▰▱▱ 75%");
    expect(progressBar(119, 2)).toBe("▰▰▰▰▰▰▰▰▰▰ 99%");
    expect(progressBar(300, 2)).toBe("▰▰▰▰▰▰▰▰▰▰ 100%");
  });

  it("has the queue as it was at the end of the month: students waiting longest first, mentors with places", () => {
    expect(r.asOf).toBe("2026-11-30");
    expect(r.waiting).toEqual([
      { name: "gil", stage: "high_school", since: "2026-10-20", days: 41, platform: "slack", userId: "GIL" },
      { name: "hal", stage: "college", since: "2026-11-01", days: 29, platform: "slack", userId: "HAL" },
      { name: "fay", stage: "post_bacc", since: "2026-11-12", days: 18, platform: "slack", userId: "FAY" },
    ]);
    expect(r.mentorsWithRoom).toEqual([
      { name: "vic", capacity: 3, free: 3 },
      { name: "omar", capacity: 2, free: 1 },
      { name: "tom", capacity: 1, free: 1 },
      { name: "ugo", capacity: 1, free: 1 },
    ]);
  });

  it("has the season by month, by standing, and the figures for funders", () => {
    // October: A 150 on, B 0 no hours, E 120 on, F 30 behind, G (ended Oct 20: 20 of 31 days, goal 1.29 h) 0 no hours
    // November: A behind, B no hours, C on, D new, E no hours (goal 0.6 h), F on (goal 0.8 h)
    expect(r.season).toEqual({
      months: ["2026-10", "2026-11"],
      hours: [5, 4.5],
      goalHours: [9.29, 6.47],
      byStanding: [
        { onTrack: 2, behind: 1, noHours: 2, paused: 0, lateStart: 0, inProgress: 0 },
        { onTrack: 2, behind: 1, noHours: 2, paused: 0, lateStart: 1, inProgress: 0 },
      ],
    });
    expect(r.funders).toEqual({
      studentsServed: 7,
      byStage: { college: 3, high_school: 3, post_bacc: 1 },
      byRegion: { anchorage: 3, ykdelta: 2, fairbanks: 1, nome: 1 },
      mentorsActive: 7,
      totalHours: 9.5,
      pairMonthsMet: 4,
      pairMonthsCounted: 10,
    });
  });

  it("a past month's report uses that month's state: October, before F ended and before the break", () => {
    const oct = buildReport({ ...fixture, month: "2026-10" });
    // A 150 on, B 0 no hours, E 120 on, F 30 behind are active at the end of October; G ended Oct 20
    expect(oct.counts).toMatchObject({ active: 4, onTrack: 2, behind: 1, noHours: 1, lateStart: 0 });
    expect(oct.rows.find((x) => x.pairingId === "F")).toMatchObject({ status: "active", flags: [] });
    expect(oct.rows.find((x) => x.pairingId === "E")?.flags).toEqual([]);
    expect(oct.rows.find((x) => x.pairingId === "G")).toMatchObject({
      status: "ended",
      flags: ["ended Oct 20"],
    });
    expect(oct.rows.find((x) => x.pairingId === "C")).toBeUndefined();
    // at the end of October cal and dee had no mentor yet; hal had not signed up
    expect(oct.waiting.map((w) => [w.name, w.days])).toEqual([
      ["cal", 41],
      ["dee", 41],
      ["gil", 11],
    ]);
    expect(oct.mentorsWithRoom.map((m) => m.name)).toEqual(["vic", "lena", "omar", "rita", "ugo"]);
    expect(reportPage(oct, 0).message.text).toMatch(/Season to date\*\* \(October 2026\)/);
  });

  it("the month in progress: the goal pro-rated to today, and nobody behind in the first week", () => {
    const mid = buildReport({ ...fixture, today: "2026-11-15" });
    expect(mid.inProgress).toBe(true);
    // A has 90 minutes by the 15th, against 60 for half a month
    expect(mid.rows.find((x) => x.pairingId === "A")?.standing).toBe("on_track");
    const early = buildReport({ ...fixture, today: "2026-11-03" });
    expect(early.rows.find((x) => x.pairingId === "B")?.standing).toBe("in_progress");
    expect(early.rows.flatMap((x) => x.flags)).not.toContain("under the goal two months running");
    const c = early.counts;
    expect(c.onTrack + c.behind + c.noHours + c.paused + c.lateStart + c.inProgress).toBe(c.active);
    expect(reportPage(early, 0).message.text).toMatch(/too early to tell/);
    // the chart's goal for November is pro-rated to the 3rd: A, B, E and F existed, 3 days each of 30
    expect(early.season.goalHours[1]).toBe(0.8);
  });

  it("reads as a page with the counts first, and as a console table", () => {
    const { message } = reportPage(r, 0);
    expect(message.text.split("\n")[1]).toMatch(
      /5 active pairs:\*\* 1 on track, 1 behind, 2 with no hours, 1 new this month\./,
    );
    expect(message.text).toMatch(
      /Season to date\*\* \(October–November 2026\): 7 students served .* 9\.5 meeting hours, 4 of 10 pair-months met the goal \(40%\)/,
    );
    const empty = reportPage(buildReport({ ...fixture, pairings: [], totals: [], pauses: [] }), 0);
    expect(empty.message.text).toMatch(
      /no students served yet, 0 mentors active, 0 meeting hours, no pair-month to count yet\./,
    );
    const table = reportTable(r);
    expect(table).toMatch(/Mentor\s+Student\s+Stage\s+This mo/);
    expect(table.split("\n").find((l) => l.startsWith("maria"))).toMatch(
      /maria\s+ann\s+College\s+1\.5\/2\s+2\.5\s+4/,
    );
  });
});

describe("the CSV export", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const evil of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
      expect(neutralise(evil).startsWith("'")).toBe(true);
    expect(neutralise("Dr. Ann")).toBe("Dr. Ann");
    expect(csvCell('Say "hi", then go')).toBe('"Say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("is UTF-8 with a byte-order mark and CRLF, and parses back to the same data", () => {
    const evil = {
      ...fixture,
      members: fixture.members,
      pairings: fixture.pairings.map((p) =>
        p.id === "A" ? { ...p, mentor: { ...p.mentor, name: '=cmd|" /C calc"!A0, "Dr. Ünal"' } } : p,
      ),
    };
    const r = buildReport(evil);
    const csv = reportCsv(r);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("\r\n");
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(r.rows.length + 1);
    const a = rows.find((x) => x[3] === "ann") as string[];
    expect(a[2]).toBe(`'=cmd|" /C calc"!A0, "Dr. Ünal"`);
    expect(a.slice(11, 17)).toEqual(["1.5", "2", "2.5", "4", "0", "2026-11-03"]);
    const b = rows.find((x) => x[3] === "ben") as string[];
    expect(b[17]).toBe("under 18: guardian not yet at a first meeting; under the goal two months running");
  });
});

describe("the season chart", () => {
  it("is a valid PNG of a sensible size", async () => {
    const png = await seasonChart(buildReport(fixture));
    if (process.env.CHART_PREVIEW) (await import("node:fs")).writeFileSync(process.env.CHART_PREVIEW, png);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([900, 720]);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(500_000);
  });
});

describe("message limits with 300 pairs", () => {
  const many: ReportInput = {
    ...fixture,
    pairings: Array.from({ length: 320 }, (_, i) => {
      M[`m${i}`] = member(`Mentor with a rather long name number ${i}`, "mentor");
      M[`s${i}`] = member(`Student with a long name too ${i}`, "mentee", { under18: i % 3 === 0 });
      return pairing(`P${i}`, `m${i}`, `s${i}`, "2026-10-01");
    }),
    totals: [],
    members: Object.values(M),
  };
  const r = buildReport(many);

  it("pages stay within Discord's 2,000 characters and Slack's block limits, and cover every pair", () => {
    const first = reportPage(r, 0);
    expect(first.pages).toBeGreaterThan(10);
    let listed = 0;
    for (let n = 0; n < first.pages; n++) {
      const { message } = reportPage(r, n);
      expect(message.text.length).toBeLessThanOrEqual(PAGE_BUDGET);
      expect(toDiscordMessages(message)).toHaveLength(1);
      const slack = messageBlocks(message);
      expect(slack.blocks.length).toBeLessThanOrEqual(50);
      for (const b of slack.blocks as { text?: { text: string } }[])
        expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      listed += (message.text.match(/↔/g) ?? []).length;
      expect(message.buttons?.some((b) => b.id === `report-page:2026-11:${n + 1}`)).toBe(n + 1 < first.pages);
    }
    expect(listed).toBe(320);
  });

  it("the App Home stays within 100 blocks of at most 3,000 characters", () => {
    const home = homeView(coordinatorHome(r, "slack", true));
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    for (const b of home.blocks as { text?: { text: string } }[])
      expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
  });
});
