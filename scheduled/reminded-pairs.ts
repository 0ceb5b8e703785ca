// Which pairs a reminder this month may be about, with where each stands: the nudge and the
// month-end reminder share this rule and differ only in how far behind counts.
import { type MonthFacts, monthFacts } from "../src/domain/hours/month-facts.ts";
import { minutesByPairMonth } from "../src/domain/hours/totals.ts";
import type { PairingWithMembers } from "../src/domain/pairing/types.ts";
import { isPausedToday } from "../src/domain/reminders.ts";
import type { Month } from "../src/domain/time.ts";
import type { PlanData } from "../src/jobs/types.ts";

/** Active pairs started by today and not on a break, that started early enough in the month to owe hours. */
export function remindablePairs(
  data: PlanData,
  month: Month,
): { pair: PairingWithMembers; facts: MonthFacts }[] {
  const totals = minutesByPairMonth(data.totals);
  const out: { pair: PairingWithMembers; facts: MonthFacts }[] = [];
  for (const p of data.pairings) {
    if (p.status !== "active" || isPausedToday(data.pauses, p.id, data.today)) continue;
    if (p.startedOn > data.today) continue;
    const facts = monthFacts(
      { id: p.id, startedOn: p.startedOn, endedOn: null },
      month,
      totals.get(p.id)?.get(month) ?? 0,
      data.pauses,
      data.goalHours,
      data.today,
    );
    if (facts.standing === "late_start" || facts.standing === "paused" || facts.standing === "not_active")
      continue;
    out.push({ pair: p, facts });
  }
  return out;
}
