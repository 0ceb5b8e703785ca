import { endedOnOf, isCounted, isUnderGoal, monthFacts } from "../src/domain/hours/month-facts.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import type { PlatformName } from "../src/domain/members.ts";
import { type DigestLine, digestMessage } from "../src/domain/reminders.ts";
import { addMonths, dayOf, lastDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

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
        message: digestMessage(period, entry.lines, data.goalHours, entry.counted),
      });
    }
    return sends;
  },
};
