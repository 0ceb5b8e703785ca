import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import type { PlatformName } from "../src/domain/members.ts";
import { type DigestLine, digestMessage, standing } from "../src/domain/reminders.ts";
import { addMonths, dayOf, lastDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

export const coordinatorDigest: JobDefinition = {
  name: "coordinator-digest",
  description:
    "5th of the month, 09:00: a direct message to each coordinator (COORDINATOR_IDS, and on Discord the COORDINATOR_ROLE's members) listing the pairs that ended last month under the goal, with those under it two months running flagged.",
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
    const goal = data.goalHours * 60;
    const zoneDay = (d: Date) => dayOf(d, data.zone);
    const byPlatform = new Map<PlatformName, { lines: DigestLine[]; counted: number }>();
    for (const p of data.pairings) {
      const minutes = totals.get(p.id)?.get(period) ?? 0;
      const s = standing(p, period, minutes, goal, data.pauses, zoneDay);
      if (s !== "on_track" && s !== "behind") continue;
      const entry = byPlatform.get(p.platform) ?? { lines: [], counted: 0 };
      entry.counted++;
      if (s === "behind") {
        const before = standing(
          p,
          previous,
          totals.get(p.id)?.get(previous) ?? 0,
          goal,
          data.pauses,
          zoneDay,
        );
        entry.lines.push({
          pairing: p,
          minutes,
          twoMonthsRunning: before === "behind",
          ended: p.status === "ended",
        });
      }
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
