import { LOGGING_GRACE_DAYS } from "../src/domain/hours/service.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import { activeIn, checkinMessage, isPausedToday } from "../src/domain/reminders.ts";
import { addDays, addMonths, dayOf, firstDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

export const monthlyCheckin: JobDefinition = {
  name: "monthly-checkin",
  description:
    "1st of the month, 10:00: a direct message to every mentor and student in an active pair with last month's hours, and buttons to confirm, add a meeting (the month stays open until the 7th) or take a break.",
  cron: "0 10 1 * *",
  hour: 10,
  periodAt: (day) => addMonths(monthOfDay(day), -1),
  isRunDay: (day) => day.endsWith("-01"),
  lastCatchUpDay: (period) => addDays(firstDay(addMonths(period, 1)), LOGGING_GRACE_DAYS - 1),
  months: (period) => [period],
  plan(data, period) {
    const totals = minutesByPairMonth(data.totals);
    const closes = this.lastCatchUpDay(period);
    const sends: PlannedSend[] = [];
    for (const p of data.pairings) {
      if (p.status !== "active" || isPausedToday(data.pauses, p.id, data.today)) continue;
      if (!activeIn(p, period, (d) => dayOf(d, data.zone))) continue;
      const minutes = totals.get(p.id)?.get(period) ?? 0;
      for (const member of [p.mentor, p.mentee])
        sends.push({
          key: `monthly-checkin:${period}:${p.id}:${member.id}`,
          platform: p.platform,
          target: { kind: "dm", id: member.platformUserId },
          message: checkinMessage(p, member, period, minutes, data.goalHours, closes),
        });
    }
    return sends;
  },
};
