import { monthFacts } from "../src/domain/hours/month-facts.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import { isPausedToday, nudgeMessage } from "../src/domain/reminders.ts";
import { monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

export const midmonthNudge: JobDefinition = {
  name: "midmonth-nudge",
  description:
    "15th, 10:00: a friendly line in the space of every active pair under half its monthly goal so far (a break pro-rates the goal).",
  cron: "0 10 15 * *",
  hour: 10,
  periodAt: (day) => monthOfDay(day),
  isRunDay: (day) => day.endsWith("-15"),
  lastCatchUpDay: (period) => `${period}-20`,
  months: (period) => [period],
  plan(data, period) {
    const totals = minutesByPairMonth(data.totals);
    const sends: PlannedSend[] = [];
    for (const p of data.pairings) {
      if (p.status !== "active" || !p.spaceId || isPausedToday(data.pauses, p.id, data.today)) continue;
      if (p.startedOn > data.today) continue;
      const f = monthFacts(
        { id: p.id, startedOn: p.startedOn, endedOn: null },
        period,
        totals.get(p.id)?.get(period) ?? 0,
        data.pauses,
        data.goalHours,
        data.today,
      );
      if (f.standing === "late_start" || f.standing === "paused" || f.standing === "not_active") continue;
      if (f.minutes >= f.goalMinutes / 2) continue;
      sends.push({
        key: `midmonth-nudge:${period}:${p.id}`,
        platform: p.platform,
        target: { kind: "space", id: p.spaceId },
        message: nudgeMessage(p, period, f, data.goalHours),
      });
    }
    return sends;
  },
};
