import { endedOnOf, monthFacts } from "../src/domain/hours/month-facts.ts";
import { LOGGING_GRACE_DAYS } from "../src/domain/hours/service.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import { checkinMessage, isPausedToday } from "../src/domain/reminders.ts";
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
      const f = monthFacts(
        { id: p.id, startedOn: p.startedOn, endedOn: endedOnOf(p, (d) => dayOf(d, data.zone)) },
        period,
        totals.get(p.id)?.get(period) ?? 0,
        data.pauses,
        data.goalHours,
        data.today,
      );
      if (f.standing === "not_active") continue;
      for (const member of [p.mentor, p.mentee])
        sends.push({
          key: `monthly-checkin:${period}:${p.id}:${member.id}`,
          platform: p.platform,
          target: { kind: "dm", id: member.platformUserId },
          message: checkinMessage(
            p,
            member,
            period,
            f,
            data.goalHours,
            closes,
            data.goals.filter((g) => g.pairingId === p.id),
          ),
        });
    }
    return sends;
  },
};
