import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import { isPausedToday, nudgeMessage, startedLateIn } from "../src/domain/reminders.ts";
import { monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

export const midmonthNudge: JobDefinition = {
  name: "midmonth-nudge",
  description:
    "15th, 10:00: a friendly line in the space of every active pair under half the monthly goal so far.",
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
      if (p.startedOn > data.today || startedLateIn(p, period)) continue;
      const minutes = totals.get(p.id)?.get(period) ?? 0;
      if (minutes >= (data.goalHours * 60) / 2) continue;
      sends.push({
        key: `midmonth-nudge:${period}:${p.id}`,
        platform: p.platform,
        target: { kind: "space", id: p.spaceId },
        message: nudgeMessage(p, period, minutes, data.goalHours),
      });
    }
    return sends;
  },
};
