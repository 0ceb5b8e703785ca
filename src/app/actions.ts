// Buttons the core puts in messages ("name:argument" ids). Each platform routes a click to the core
// (src/app/core.ts), which checks rights and answers privately whoever clicked.
import { MEET_HELP } from "../domain/meetings/service.ts";
import type { Message } from "../domain/message.ts";
import type { CommandContext } from "./command.ts";
import { dashboardLink } from "./home.ts";
import { reportCsvMessage, reportMessage } from "./report.ts";

export type ActionHandler = (ctx: CommandContext, arg: string) => Promise<Message>;

/** Checked on every click: a forwarded or forged button gives nothing to someone else. */
export const COORDINATORS_ONLY = new Set([
  "report-page",
  "report-csv",
  "suggest",
  "dashboard-link",
  "erase-confirm",
]);

const actions: Record<string, ActionHandler> = {
  "guardian-attended": (ctx, pairingId) =>
    ctx.services.pairing.confirmGuardian(ctx.user, ctx.isCoordinator, pairingId),
  "log-pick": (ctx, arg) => ctx.services.hours.pick(ctx.user, ctx.platform, arg),
  "hours-remove": (ctx, logId) => ctx.services.hours.remove(ctx.user, ctx.platform, logId),
  quicklog: (ctx, arg) => ctx.services.hours.quickLog(ctx.user, ctx.platform, arg),
  "checkin-ok": (ctx, arg) => ctx.services.hours.confirmCheckin(ctx.user, arg),
  "checkin-add": async (ctx, month) => ctx.services.hours.addHelp(month),
  "report-page": (ctx, arg) => {
    const [month = "", page = "0"] = arg.split(":");
    return reportMessage(
      ctx.services.reports,
      ctx.services.reports.parseMonth(month),
      Number(page) || 0,
      ctx.platform.name,
    );
  },
  "report-csv": (ctx, month) =>
    reportCsvMessage(ctx.services.reports, ctx.services.reports.parseMonth(month)),
  "pause-month": (ctx, pairingId) => ctx.services.hours.pauseMonth(ctx.user, ctx.platform, pairingId),
  "log-cancel": (ctx, draftId) => ctx.services.hours.cancel(ctx.user, draftId),
  "hours-remove-many": (ctx, draftId) => ctx.services.hours.confirmRemoval(ctx.user, ctx.platform, draftId),
  "meet-pick": (ctx, arg) => ctx.services.planning.pick(ctx.user, ctx.platform, arg),
  "meet-rsvp": (ctx, arg) => ctx.services.planning.rsvp(ctx.user, ctx.platform, arg),
  "meet-met": (ctx, arg) => ctx.services.planning.met(ctx.user, ctx.platform, arg),
  "meet-cancel": (ctx, meetingId) => ctx.services.planning.cancelById(ctx.user, ctx.platform, meetingId),
  "meet-rate": (ctx, arg) => ctx.services.planning.rate(ctx.user, arg),
  "goal-pick": (ctx, arg) => ctx.services.goals.pick(ctx.user, ctx.platform, arg),
  "goal-progress": (ctx, arg) => ctx.services.goals.progress(ctx.user, ctx.platform, arg),
  // the home's buttons: each answers with what to do next; none changes anything by itself
  "home-log": (ctx) => ctx.services.homes.logChoices(ctx.user),
  "home-meet": async (ctx) => {
    const planned = await ctx.services.planning.list(ctx.user);
    // the list already ends with how to plan one when nothing is planned
    return planned.text.includes(MEET_HELP) ? planned : { text: `${planned.text}\n\n${MEET_HELP}` };
  },
  "home-break": (ctx) => ctx.services.homes.breakChoices(ctx.user),
  "home-data": (ctx) => ctx.services.privacy.show(ctx.user),
  suggest: (ctx, userId) => ctx.services.pairing.suggest(ctx.platform, userId),
  "dashboard-link": (ctx) => dashboardLink(ctx),
  "erase-confirm": (ctx, userId) => ctx.services.privacy.erase(ctx.user, ctx.platform, userId, true),
};

/** The handler of a button's name (the part of its id before the first colon), if it is still one of ours. */
export function actionHandler(name: string): ActionHandler | undefined {
  return Object.hasOwn(actions, name) ? actions[name] : undefined;
}
