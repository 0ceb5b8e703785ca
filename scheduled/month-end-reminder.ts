import { reminderMessage } from "../src/domain/reminders.ts";
import { daysInMonth, lastDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";
import { remindablePairs } from "./reminded-pairs.ts";

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
    const daysLeft = Math.max(1, daysInMonth(period) - Number(data.today.slice(8)));
    const sends: PlannedSend[] = [];
    for (const { pair: p, facts: f } of remindablePairs(data, period)) {
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
