// A coordinator's home: the month at a glance, the pairs that need someone first, the students
// waiting (each with a Suggest mentors button), the guardians' first sessions still to confirm, the
// members on an older agreement, and the way into the dashboard.
import { labelOf, STAGES } from "../choices.ts";
import { type Button, data, type Message } from "../message.ts";
import type { Report } from "../report/build.ts";
import { attentionLines, rowLine, summaryLines } from "../report/render.ts";
import { monthLabel } from "../time.ts";

/** Shown in full up to here; the rest is one line pointing to the report and the dashboard. */
const LIST_LIMIT = 10;

export const OPEN_DASHBOARD: Button = { id: "dashboard-link", label: "Open the dashboard", style: "primary" };

/** Said instead of the button when the bot serves no dashboard (DASHBOARD_PORT unset, no HTTP port). */
export const DASHBOARD_OFF =
  "_The browser dashboard is off for this bot; whoever runs it can switch it on (DASHBOARD_PORT). /pairings report has the same figures._";

/**
 * `dashboardOn`: whether the bot serves the dashboard, so the home offers only a button that works.
 */
export function coordinatorHome(r: Report, platform: string, dashboardOn: boolean): Message {
  const more = (n: number) =>
    n > LIST_LIMIT
      ? [`…and ${n - LIST_LIMIT} more: /pairings report${dashboardOn ? ", or the dashboard" : ""}.`]
      : [];
  const behind = r.rows.filter(
    (x) => x.status !== "ended" && (x.standing === "behind" || x.standing === "no_hours"),
  );
  const waiting = r.waiting;
  const pendingGuardians = r.rows.filter((x) => x.status !== "ended" && x.under18 && !x.guardianAttended);
  const sections = [
    `**Coordinator's home, ${monthLabel(r.month)}**\n${[...summaryLines(r), ...attentionLines(r)].join("\n")}`,
    behind.length
      ? `**Behind first (${behind.length})**\n${[...behind.slice(0, LIST_LIMIT).map(rowLine), ...more(behind.length)].join("\n")}`
      : "**No pair is behind.**",
    waiting.length
      ? `**Students waiting (${waiting.length})**\n${[
          ...waiting
            .slice(0, LIST_LIMIT)
            .map(
              (w) => `- ${data(w.name)} (${labelOf(STAGES, w.stage).toLowerCase()}), waiting ${w.days} days`,
            ),
          ...more(waiting.length),
        ].join("\n")}`
      : "**No student is waiting for a mentor.**",
    pendingGuardians.length
      ? `**Guardian's first session not yet confirmed (${pendingGuardians.length})**\n${[
          ...pendingGuardians.slice(0, LIST_LIMIT).map((x) => `- ${data(x.mentor)} ↔ ${data(x.student)}`),
          ...more(pendingGuardians.length),
        ].join("\n")}`
      : "",
    r.staleMembers.length
      ? `**On an older agreement (${r.staleMembers.length})**: they are asked to accept the new one at their next command.\n${[
          ...r.staleMembers.slice(0, LIST_LIMIT).map((m) => `- ${data(m.name)} (${m.kind})`),
          ...more(r.staleMembers.length),
        ].join("\n")}`
      : "",
    dashboardOn ? "" : DASHBOARD_OFF,
  ].filter(Boolean);
  // A Suggest button for each student waiting on this platform (the others are paired where they signed up).
  const suggest: Button[] = waiting
    .filter((w) => w.platform === platform)
    .slice(0, LIST_LIMIT)
    .map((w) => ({ id: `suggest:${w.userId}`, label: `Suggest mentors: ${w.name}` }));
  return { text: sections.join("\n\n"), buttons: [...(dashboardOn ? [OPEN_DASHBOARD] : []), ...suggest] };
}
