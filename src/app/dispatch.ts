import { UserError } from "../domain/errors.ts";
import type { Logger } from "../log.ts";
import {
  type CommandArgs,
  type CommandContext,
  type CommandDefinition,
  type CommandOutcome,
  needsCoordinator,
  reply,
} from "./command.ts";
import { messageForError } from "./errors.ts";
import { SLOW_DOWN } from "./throttle.ts";

export const MAX_COMMAND_TEXT = 4000;

export const COORDINATOR_ONLY =
  "Only program coordinators can do that, so nothing was changed. If you think you should have access, ask a coordinator to add you.";

/** Runs one command with the checks every platform shares: coordinator rights, then errors kept apart from bugs. */
export async function runCommand(
  def: CommandDefinition,
  ctx: CommandContext,
  args: CommandArgs,
  log: Logger,
): Promise<CommandOutcome> {
  const started = performance.now();
  const outcome = await checkedRun(def, ctx, args, log);
  const how = outcome.kind === "flow" ? "form" : (outcome.how ?? "reply");
  ctx.services.metrics.command(def.name, how, (performance.now() - started) / 1000);
  return outcome;
}

/** The checks every platform shares, in order, then the command; errors kept apart from bugs. */
async function checkedRun(
  def: CommandDefinition,
  ctx: CommandContext,
  args: CommandArgs,
  log: Logger,
): Promise<CommandOutcome & { how?: string }> {
  // A command that reads a person's words checks them for danger before any limit (and throttles itself).
  if (!def.safetyFirst && !ctx.services.throttle.allow(ctx.user))
    return { ...reply(SLOW_DOWN), how: "throttled" };
  if (
    !def.safetyFirst &&
    ((args.text ?? "").length > MAX_COMMAND_TEXT ||
      Object.values(args.values).some((v) => v.length > MAX_COMMAND_TEXT))
  )
    return {
      ...reply(
        `That is too long: a command takes at most ${MAX_COMMAND_TEXT.toLocaleString("en-US")} characters. Nothing was changed.`,
      ),
      how: "refused",
    };
  // Checked here, on the server, on every call: platforms' own command permissions are only a convenience.
  if (needsCoordinator(def, args) && !ctx.isCoordinator)
    return { ...reply(COORDINATOR_ONLY), how: "refused" };
  try {
    return await def.run(ctx, args);
  } catch (err) {
    return {
      ...reply(
        messageForError(err, log, {
          command: def.name,
          sub: args.sub,
          platform: ctx.user.platform,
          user: ctx.user.userId,
        }),
      ),
      how: err instanceof UserError ? "user_error" : "error",
    };
  }
}
