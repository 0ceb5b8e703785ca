import { endedOnOf, isCounted, isUnderGoal, monthFacts } from "../src/domain/hours/month-facts.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import { twoLowInARow } from "../src/domain/meetings/feedback.ts";
import type { PlatformName } from "../src/domain/members.ts";
import { type DigestFeedback, type DigestLine, digestMessage } from "../src/domain/reminders.ts";
import { addMonths, dayOf, lastDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlanData, PlannedSend } from "../src/jobs/types.ts";

/** Pairs whose last two ratings were low, and the notes members left about the month's meetings. */
function feedbackFor(data: PlanData, period: string, platform: PlatformName): DigestFeedback {
  const pairs = data.pairings.filter((p) => p.platform === platform && p.status !== "ended");
  const notes = data.feedback.filter(
    (f) => f.kind === "note" && monthOfDay(dayOf(f.meetingAt, data.zone)) === period,
  );
  return {
    lowRated: pairs.filter((p) => twoLowInARow(data.feedback, p.id)),
    notes: notes.flatMap((n) => {
      const pairing = pairs.find((p) => p.id === n.pairingId);
      const by = pairing && (pairing.mentorId === n.memberId ? pairing.mentor : pairing.mentee);
      return pairing && by ? [{ pairing, by: by.name, text: n.value }] : [];
    }),
  };
}

export const coordinatorDigest: JobDefinition = {
  name: "coordinator-digest",
  description:
    "5th of the month, 09:00: a direct message to each coordinator (COORDINATOR_IDS, and on Discord the COORDINATOR_ROLE's members) listing the pairs that ended last month under their goal, with those under it two months running flagged.",
  cron: "0 9 5 * *",
  hour: 9,
  periodAt: (day) => addMonths(monthOfDay(day), -1),
  isRunDay: (day) => day.endsWith("-05"),
  lastCatchUpDay: (period) => lastDay(addMonths(period, 1)),
  months: (period) => [addMonths(period, -1), period],
  tellsCoordinators: true,
  plan(data, period) {
    const totals = minutesByPairMonth(data.totals);
    const previous = addMonths(period, -1);
    const byPlatform = new Map<PlatformName, { lines: DigestLine[]; counted: number }>();
    for (const p of data.pairings) {
      // an ended pairing is not listed as behind: there is nothing left to do for it
      if (p.status === "ended" || p.endedAt) continue;
      const dates = { id: p.id, startedOn: p.startedOn, endedOn: endedOnOf(p, (d) => dayOf(d, data.zone)) };
      const facts = (m: string) =>
        monthFacts(dates, m, totals.get(p.id)?.get(m) ?? 0, data.pauses, data.goalHours, data.today);
      const f = facts(period);
      if (!isCounted(f.standing)) continue;
      const entry = byPlatform.get(p.platform) ?? { lines: [], counted: 0 };
      entry.counted++;
      // "two months running" counts only a previous month the pair existed in and was counted
      if (isUnderGoal(f.standing))
        entry.lines.push({ pairing: p, facts: f, twoMonthsRunning: isUnderGoal(facts(previous).standing) });
      byPlatform.set(p.platform, entry);
    }
    const sends: PlannedSend[] = [];
    for (const { platform, id } of data.coordinators) {
      const entry = byPlatform.get(platform);
      if (!entry) continue;
      sends.push({
        key: `coordinator-digest:${period}:${platform}:${id}`,
        platform,
        target: { kind: "dm", id },
        message: digestMessage(
          period,
          entry.lines,
          data.goalHours,
          entry.counted,
          feedbackFor(data, period, platform),
        ),
      });
    }
    return sends;
  },
};
