// Each scheduled job's plan() on hand-made data: who is told what, with breaks, late starts and
// ended pairs, and the goal a break leaves (pro-rated to the days not on a break).

import { describe, expect, it } from "vitest";
import { coordinatorDigest } from "../../scheduled/coordinator-digest.ts";
import { midmonthNudge } from "../../scheduled/midmonth-nudge.ts";
import { monthEndReminder } from "../../scheduled/month-end-reminder.ts";
import { monthlyCheckin } from "../../scheduled/monthly-checkin.ts";
import { monthTotals } from "../../src/domain/hours/totals.ts";
import type { Member } from "../../src/domain/members.ts";
import { unmarked } from "../../src/domain/message.ts";
import type { PairingWithMembers } from "../../src/domain/pairing/types.ts";
import type { PlanData } from "../../src/jobs/types.ts";

const person = (id: string, kind: "mentor" | "mentee"): Member => ({
  id,
  platform: "slack",
  platformUserId: id.toUpperCase(),
  kind,
  name: id,
  createdAt: new Date("2026-09-01T20:00:00Z"),
  updatedAt: new Date("2026-09-01T20:00:00Z"),
  mentor: null,
  mentee: null,
  acceptance: null,
});

function pair(id: string, startedOn: string, more: Partial<PairingWithMembers> = {}): PairingWithMembers {
  return {
    id,
    platform: "slack",
    mentorId: `${id}-mentor`,
    menteeId: `${id}-student`,
    status: "active",
    startedOn,
    createdAt: new Date(`${startedOn}T20:00:00Z`),
    createdBy: "cora",
    spaceId: `G${id}`,
    spaceName: `pair-${id}`,
    steps: {},
    endedAt: null,
    endReason: null,
    guardianAttendedAt: null,
    mentor: person(`${id}-mentor`, "mentor"),
    mentee: person(`${id}-student`, "mentee"),
    ...more,
  };
}

function data(
  today: string,
  pairings: PairingWithMembers[],
  logs: [string, string, number][],
  pauses: PlanData["pauses"] = [],
): PlanData {
  return {
    now: new Date(`${today}T19:00:00Z`),
    today,
    zone: "America/Anchorage",
    goalHours: 2,
    pairings,
    totals: monthTotals(
      logs.map(([pairingId, meetingOn, minutes]) => ({
        pairingId,
        memberId: `${pairingId}-mentor`,
        meetingOn,
        minutes,
      })),
    ),
    pauses,
    meetings: [],
    goals: [],
    feedback: [],
    coordinators: [{ platform: "slack", id: "UCORA" }],
  };
}

describe("a break in March (Mar 1 to Mar 10) pro-rates March's goal everywhere", () => {
  // 21 of 31 days count: 2 h x 21/31 = 1.35 h (81 minutes)
  const breakP = pair("B", "2026-10-01");
  const pauses = [{ pairingId: "B", startsOn: "2027-03-01", until: "2027-03-11" }];

  it("the check-in says the goal for the days not on a break", () => {
    const sends = monthlyCheckin.plan(data("2027-04-01", [breakP], [], pauses), "2027-03");
    expect(sends).toHaveLength(2);
    expect(sends[0]?.message.text).toMatch(
      /you logged 0 minutes in March; that is 1\.35 short of the goal of 1\.35 hours for the 21 days you weren't on a break/,
    );
    const met = monthlyCheckin.plan(
      data("2027-04-01", [breakP], [["B", "2027-03-20", 90]], pauses),
      "2027-03",
    );
    expect(met[0]?.message.text).toMatch(
      /you met the goal of 1\.35 hours for the 21 days you weren't on a break/,
    );
  });

  it("the nudge on the 15th compares with half that goal", () => {
    const none = midmonthNudge.plan(data("2027-03-15", [breakP], [], pauses), "2027-03");
    expect(none[0]?.message.text).toMatch(/0 of 1\.35 hours so far \(the goal for the days not on a break\)/);
    // 45 minutes is more than half of 81
    expect(
      midmonthNudge.plan(data("2027-03-15", [breakP], [["B", "2027-03-12", 45]], pauses), "2027-03"),
    ).toEqual([]);
  });

  it("the month-end reminder compares with the whole pro-rated goal", () => {
    const some = monthEndReminder.plan(
      data("2027-03-28", [breakP], [["B", "2027-03-12", 45]], pauses),
      "2027-03",
    );
    expect(some[0]?.message.text).toMatch(
      /have 0\.75 of 1\.35 hours \(the goal for the days not on a break\), 0\.6 to go/,
    );
    expect(
      monthEndReminder.plan(data("2027-03-28", [breakP], [["B", "2027-03-12", 81]], pauses), "2027-03"),
    ).toEqual([]);
  });
});

describe("the coordinator digest", () => {
  it("leaves out ended pairs, flags two months running only when both months counted, and says 'flagged' only when some are", () => {
    const ended = pair("E", "2026-10-01", { status: "ended", endedAt: new Date("2026-12-20T20:00:00Z") });
    const newInNov = pair("N", "2026-11-25"); // November: made in its last days, not counted
    const steady = pair("S", "2026-10-01");
    const digest = (p: PairingWithMembers[], logs: [string, string, number][]) =>
      unmarked(coordinatorDigest.plan(data("2027-01-05", p, logs), "2026-12")[0]?.message.text ?? "");
    const text = digest([ended, newInNov, steady], [["S", "2026-12-03", 120]]);
    expect(text).toMatch(/1 of 2 pairs ended December under the goal/);
    expect(text).toMatch(/N-mentor ↔ N-student: 0 of 2 hours/);
    expect(text).not.toMatch(/E-mentor/);
    expect(text).not.toMatch(/two months running|flagged/);
    const both = digest([steady], []);
    expect(both).toMatch(/1 flagged: under the goal in November too/);
    expect(both).toMatch(/two months running/);
    expect(digest([steady], [["S", "2026-12-03", 120]])).toMatch(/all 1 pair counted met the goal/);
  });
});
