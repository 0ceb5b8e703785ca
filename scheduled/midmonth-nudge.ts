import { nudgeMessage } from "../src/domain/reminders.ts";
import { monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";
import { remindablePairs } from "./reminded-pairs.ts";

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
    const sends: PlannedSend[] = [];
    for (const { pair: p, facts: f } of remindablePairs(data, period)) {
      if (!p.spaceId || f.minutes >= f.goalMinutes / 2) continue;
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
