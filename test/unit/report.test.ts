// The report's numbers against a fixture computed by hand (see the comments), its CSV, chart and limits.
import { describe, expect, it } from "vitest";
import { monthTotals } from "../../src/domain/hours/totals.ts";
import type { Member } from "../../src/domain/members.ts";
import type { PairingWithMembers } from "../../src/domain/pairing/types.ts";
import { buildReport, type ReportInput } from "../../src/domain/report/build.ts";
import { CSV_COLUMNS, csvCell, neutralise, parseCsv, reportCsv } from "../../src/domain/report/csv.ts";
import { PAGE_BUDGET, reportPage, reportTable } from "../../src/domain/report/render.ts";
import { toDiscordMessages } from "../../src/platforms/discord/format.ts";
import { messageBlocks } from "../../src/platforms/slack/format.ts";
import { coordinatorHome } from "../../src/platforms/slack/home.ts";
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
};

describe("the report's numbers", () => {
  const r = buildReport(fixture);

  it("counts the active pairs by standing", () => {
    // active: A (90, behind), B (0, behind), C (120, on track), D (new this month), E (paused); F and G ended
    expect(r.counts).toEqual({
      active: 5,
      onTrack: 1,
      behind: 2,
      noHoursYet: 3,
      guardianPending: 1,
      staleAgreement: 1,
      paused: 1,
    });
    expect(r.inProgress).toBe(false);
  });

  it("lists the pairs behind first, with each figure", () => {
    expect(r.rows.map((x) => x.pairingId)).toEqual(["B", "F", "A", "D", "E", "C"]);
    const row = (id: string) => r.rows.find((x) => x.pairingId === id);
    expect(row("A")).toMatchObject({
      standing: "behind",
      minutesThisMonth: 90,
      minutesLastMonth: 150,
      seasonMinutes: 240,
      monthsUnder: 0,
      lastMeeting: "2026-11-03",
      flags: [],
    });
    expect(row("B")).toMatchObject({
      standing: "no_hours",
      minutesThisMonth: 0,
      seasonMinutes: 0,
      monthsUnder: 1,
      lastMeeting: null,
      flags: ["under 18: guardian not yet at a first meeting", "under the goal two months running"],
    });
    expect(row("C")).toMatchObject({
      standing: "on_track",
      minutesThisMonth: 120,
      minutesLastMonth: 0,
      seasonMinutes: 120,
    });
    expect(row("D")).toMatchObject({ standing: "late_start", flags: ["agreement: older version accepted"] });
    expect(row("E")).toMatchObject({
      standing: "paused",
      minutesLastMonth: 120,
      flags: ["paused until 2026-12-10"],
    });
    expect(row("F")).toMatchObject({
      standing: "behind",
      status: "ended",
      minutesThisMonth: 60,
      monthsUnder: 1,
      flags: ["ended", "under the goal two months running"],
    });
    expect(row("G")).toBeUndefined();
  });

  it("has the queue: students waiting longest first, mentors with places", () => {
    expect(r.waiting).toEqual([
      { name: "gil", stage: "high_school", since: "2026-10-20", days: 44 },
      { name: "hal", stage: "college", since: "2026-11-01", days: 32 },
      { name: "fay", stage: "post_bacc", since: "2026-11-12", days: 21 },
    ]);
    expect(r.mentorsWithRoom).toEqual([
      { name: "vic", capacity: 3, free: 3 },
      { name: "omar", capacity: 2, free: 1 },
      { name: "tom", capacity: 1, free: 1 },
      { name: "ugo", capacity: 1, free: 1 },
    ]);
  });

  it("has the season by month and the figures for funders", () => {
    // October: A 150 on, B 0, E 120 on, F 30, G 0 -> 5 counted, 2 on track, 300 minutes
    // November: A 90, B 0, C 120 on, F 60 (D new, E paused: not counted) -> 4 counted, 1 on track, 270 minutes
    expect(r.season).toEqual({
      months: ["2026-10", "2026-11"],
      hours: [5, 4.5],
      goalHours: [10, 8],
      onTrack: [2, 1],
      counted: [5, 4],
    });
    expect(r.funders).toEqual({
      studentsServed: 7,
      byStage: { college: 3, high_school: 3, post_bacc: 1 },
      byRegion: { anchorage: 3, ykdelta: 2, fairbanks: 1, nome: 1 },
      mentorsActive: 7,
      totalHours: 9.5,
      pairMonthsMet: 3,
      pairMonthsCounted: 9,
    });
  });

  it("for the month in progress, on track means at or above the goal pro-rated to today", () => {
    const mid = buildReport({ ...fixture, today: "2026-11-15" });
    expect(mid.inProgress).toBe(true);
    // A has 90 minutes by the 15th: on pace for 180 in the month
    expect(mid.rows.find((x) => x.pairingId === "A")?.standing).toBe("on_track");
  });

  it("reads as a page with the counts first, and as a console table", () => {
    const { message } = reportPage(r, 0);
    expect(message.text.split("\n")[1]).toMatch(
      /5 active pairs:\*\* 1 on track, 2 behind, 3 with no hours yet this month, 1 paused/,
    );
    expect(message.text).toMatch(
      /7 students served .* 9\.5 meeting hours, 3 of 9 pair-months met the goal \(33%\)/,
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
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([900, 480]);
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
    const home = coordinatorHome(r);
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    for (const b of home.blocks as { text?: { text: string } }[])
      expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
  });
});
