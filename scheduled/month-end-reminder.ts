import { monthFacts } from "../src/domain/hours/month-facts.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import { isPausedToday, reminderMessage } from "../src/domain/reminders.ts";
import { daysInMonth, lastDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

/** Three days before the month ends: the 28th of a 31-day month, the 25th of February (26th in a leap year). */
export const REMINDER_DAYS_BEFORE_END = 3;

export const monthEndReminder: JobDefinition = {
  name: "month-end-reminder",
  description:
    "3 days before the month ends, 10:00: a direct message to each member of every active pair under its goal (a break pro-rates it), with what is left and one-click buttons to log time.",
  // fires on the 25th-28th; the job runs on the one that is three days before the end of that month
  cron: "0 10 25-28 * *",
  hour: 10,
  periodAt: (day) => monthOfDay(day),
  isRunDay: (day) => Number(day.slice(8)) === daysInMonth(monthOfDay(day)) - REMINDER_DAYS_BEFORE_END,
  lastCatchUpDay: (period) => lastDay(period),
  months: (period) => [period],
  plan(data, period) {
    const totals = minutesByPairMonth(data.totals);
    const daysLeft = Math.max(1, daysInMonth(period) - Number(data.today.slice(8)));
    const sends: PlannedSend[] = [];
    for (const p of data.pairings) {
      if (p.status !== "active" || isPausedToday(data.pauses, p.id, data.today)) continue;
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
      if (f.minutes >= Math.floor(f.goalMinutes)) continue;
      for (const member of [p.mentor, p.mentee])
        sends.push({
          key: `month-end-reminder:${period}:${p.id}:${member.id}`,
          platform: p.platform,
          target: { kind: "dm", id: member.platformUserId },
          message: reminderMessage(p, member, period, f, data.goalHours, daysLeft),
        });
    }
    return sends;
  },
};
