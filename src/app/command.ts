// A slash command as the core sees it: a definition object that platforms read to register the
// command (Slack manifest, Discord registration, console /help) and a handler on the port.
import type { FlowSpec } from "../domain/flow.ts";
import type { PlatformUser } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import type { PlatformPort } from "../platforms/port.ts";
import type { Services } from "./services.ts";

export interface OptionSpec {
  name: string;
  description: string;
  type: "string" | "number" | "user";
  required?: boolean;
  /** the last option may take the rest of the text */
  rest?: boolean;
}

export interface SubcommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  coordinatorOnly?: boolean;
}

/** Arguments as text, whichever platform they came from; each command validates them with zod. */
export interface CommandArgs {
  sub?: string;
  values: Record<string, string>;
  /** everything after the command (and subcommand) as typed; Discord's options joined in order */
  text?: string;
}

export interface CommandContext {
  user: PlatformUser;
  isCoordinator: boolean;
  services: Services;
  platform: PlatformPort;
}

export type CommandOutcome = { kind: "reply"; message: Message } | { kind: "flow"; flow: FlowSpec };

export interface CommandDefinition {
  name: string;
  /** at most 100 characters (Discord) */
  description: string;
  usage: string;
  options?: OptionSpec[];
  subcommands?: SubcommandSpec[];
  /**
   * typed text that does not start with a subcommand's name is this subcommand's (Slack and the
   * console: "/log-hours 1.5" is "/log-hours add 1.5"); Discord always names one
   */
  defaultSubcommand?: string;
  coordinatorOnly?: boolean;
  /**
   * reads a person's own words (the FAQ assistant): it screens them for danger first and applies
   * the burst throttle itself afterwards, so no one in crisis is told to slow down
   */
  safetyFirst?: boolean;
  /** answers with a form: platforms open it before anything else (a Slack trigger lasts 3 s) */
  opensForm?: boolean;
  run(ctx: CommandContext, args: CommandArgs): Promise<CommandOutcome>;
}

export const reply = (message: Message | string): CommandOutcome => ({
  kind: "reply",
  message: typeof message === "string" ? { text: message } : message,
});

/** Whether this invocation needs coordinator rights (the command, or the chosen subcommand). */
export function needsCoordinator(def: CommandDefinition, args: CommandArgs): boolean {
  if (def.coordinatorOnly) return true;
  const sub = def.subcommands?.find((s) => s.name === args.sub);
  return sub?.coordinatorOnly === true;
}
