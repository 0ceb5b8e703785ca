// The home a person opens (Slack's App Home, /home on Discord and the console): a coordinator's
// view of the program, or a member's view of their own pairs. Also the dashboard's sign-in link,
// which the coordinator's home and /pairings dashboard both give.
import { coordinatorHome } from "../domain/home/coordinator-home.ts";
import type { Message } from "../domain/message.ts";
import type { CommandContext } from "./command.ts";

export async function homeFor(ctx: CommandContext): Promise<Message> {
  if (!ctx.isCoordinator) return ctx.services.homes.home(ctx.user);
  const { reports } = ctx.services;
  return coordinatorHome(
    await reports.build(reports.parseMonth(undefined)),
    ctx.platform.name,
    ctx.services.dashboard.enabled,
  );
}

/** Sends a coordinator a single-use dashboard link by DM; the answer says where it went. */
export async function dashboardLink(ctx: CommandContext): Promise<Message> {
  const { dm, reply } = await ctx.services.dashboard.linkMessages(ctx.user);
  await ctx.platform.sendDirect(ctx.user.userId, dm);
  return reply;
}
