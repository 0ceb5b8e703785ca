// The inbound half of the port: every platform hands the core what a person did (a command, a
// button, a form, a direct message, opening the home) and renders what comes back. Coordinator
// rights, the throttle, length limits and the one error boundary live here, so a rule fixed once
// holds on Slack, Discord and the console alike. Adapters import nothing else from the app.
import { commands, findCommand } from "../../commands/index.ts";
import { SAFETY_LINE } from "../assistant/assistant.ts";
import { type FieldErrors, UserError } from "../domain/errors.ts";
import type { FlowSpec } from "../domain/flow.ts";
import { type FormSession, openSession, refused, shownFields } from "../domain/form-session.ts";
import type { FieldSpec, FormValues } from "../domain/forms.ts";
import type { PlatformUser } from "../domain/members.ts";
import { data, type Message } from "../domain/message.ts";
import { closestName } from "../domain/text.ts";
import type { Logger } from "../log.ts";
import { coordinatorIdsOn } from "../platforms/facts.ts";
import type { PlatformPort } from "../platforms/port.ts";
import { actionHandler, COORDINATORS_ONLY } from "./actions.ts";
import { parseCommandText } from "./args.ts";
import {
  type CommandArgs,
  type CommandContext,
  type CommandDefinition,
  type CommandOutcome,
  needsCoordinator,
  reply,
} from "./command.ts";
import { hasCoordinatorRights } from "./coordinators.ts";
import { messageForError } from "./errors.ts";
import { isFlowId } from "./flows.ts";
import { helpMessage } from "./help.ts";
import { homeFor } from "./home.ts";
import type { Services } from "./services.ts";
import { SLOW_DOWN } from "./throttle.ts";

export type { CommandArgs } from "./command.ts";

export const MAX_COMMAND_TEXT = 4000;

export const COORDINATOR_ONLY =
  "Only program coordinators can do that, so nothing was changed. If you think you should have access, ask a coordinator to add you.";

const NO_LONGER_ACTIVE = "That button is no longer active. Please run the command again.";

/** A command as a platform registers it. */
export interface CommandEntry {
  name: string;
  /** answers with a form: the platform opens it before anything else (a Slack trigger lasts 3 s) */
  opensForm: boolean;
}

/**
 * Forms asked in several steps (Discord): each session is kept as a draft, so a dropped
 * connection or a restart loses nothing, and only its owner can load it.
 */
export interface FormSessions {
  open(userId: string, flow: FlowSpec): Promise<{ id: string; session: FormSession }>;
  load(userId: string, id: string): Promise<FormSession | null>;
  save(id: string, session: FormSession): Promise<void>;
  discard(id: string): Promise<void>;
  /** the fields the session's answers show, the agreement left out */
  fields(userId: string, session: FormSession): FieldSpec[];
  /** submits: saved discards the draft; refused keeps it, with the errors to show */
  finish(
    userId: string,
    id: string,
    session: FormSession,
  ): Promise<Exclude<FormOutcome, { kind: "invalid" }> | { kind: "refused"; session: FormSession }>;
}

export type FormOutcome =
  /** saved: `confirm` sends the confirmation, once the platform has been answered */
  | { kind: "saved"; confirm: () => Promise<void> }
  | { kind: "invalid"; errors: FieldErrors }
  | { kind: "expired" }
  | { kind: "failed"; message: Message };

/** The roles a member holds in the program's own server (Discord); other platforms pass none. */
export type RoleIds = readonly string[];

/** What one platform's adapter may ask of the core. */
export interface PlatformCore {
  readonly commands: readonly CommandEntry[];
  readonly log: Logger;
  readonly forms: FormSessions;
  isCoordinator(userId: string, roles?: RoleIds): boolean;
  /** the ids named in COORDINATOR_IDS for this platform (the console shows them) */
  configuredCoordinators(): string[];
  /** the command a mistyped name most likely meant, if one clearly is */
  commandLike(name: string): string | null;
  help(opts?: { consoleExtras?: boolean }): Message;
  /**
   * `input` is the command's options as the platform sent them, or the text typed after the
   * command (Slack, console), which the core parses. null when there is no such command.
   */
  command(
    userId: string,
    name: string,
    input: CommandArgs | string,
    roles?: RoleIds,
  ): Promise<CommandOutcome | null>;
  action(userId: string, id: string, roles?: RoleIds): Promise<Message>;
  directMessage(userId: string, text: string): Promise<Message>;
  /** the fields of a form already shown, or null when the form is not one of ours */
  formFields(userId: string, flow: string, token: string): FieldSpec[] | null;
  /** what is wrong with one answer, for a form asked one question at a time */
  answerError(userId: string, flow: string, values: FormValues, fieldId: string): string | null;
  submitForm(
    userId: string,
    flow: string,
    values: FormValues,
    token: string,
    formId?: string,
  ): Promise<FormOutcome>;
  /** what someone who does not accept the agreement is told */
  declined(flow: string): Message;
  /** a form closed without saving: if it showed the agreement, the person is told nothing was kept */
  formClosed(userId: string, flow: string, token: string): Promise<void>;
  /** the person's home: a coordinator's view of the program, or a member's own pairs */
  home(userId: string, roles?: RoleIds): Promise<Message>;
  /** An adapter that failed to render or deliver: a user error is said as it is, a bug is logged. */
  failed(err: unknown, context: Record<string, unknown>): Message;
}

export interface Core {
  readonly commands: readonly CommandEntry[];
  forPlatform(port: PlatformPort): PlatformCore;
}

export function createCore(services: Services): Core {
  const entries = commands.map((c) => ({ name: c.name, opensForm: c.opensForm === true }));
  return { commands: entries, forPlatform: (port) => platformCore(services, port, entries) };
}

function platformCore(services: Services, port: PlatformPort, entries: CommandEntry[]): PlatformCore {
  const log = services.log.child({ platform: port.name });
  const userOf = (userId: string): PlatformUser => ({ platform: port.name, userId });
  const isCoordinator = (userId: string, roles: RoleIds = []) =>
    hasCoordinatorRights(services.settings.COORDINATOR_IDS, userOf(userId), {
      roleId: port.coordinatorRoleId?.() ?? null,
      memberRoleIds: roles,
    });
  const contextOf = (userId: string, roles?: RoleIds): CommandContext => ({
    user: userOf(userId),
    isCoordinator: isCoordinator(userId, roles),
    services,
    platform: port,
  });
  const failed = (err: unknown, context: Record<string, unknown>) =>
    messageForError(err, log, { platform: port.name, ...context });

  async function submitForm(
    userId: string,
    flow: string,
    values: FormValues,
    token: string,
    formId?: string,
  ): Promise<FormOutcome> {
    if (!isFlowId(flow)) return { kind: "expired" };
    const user = userOf(userId);
    try {
      const result = await services.signup.submit(user, flow, values, token, formId);
      if (!result.ok) return { kind: "invalid", errors: result.errors };
      return { kind: "saved", confirm: () => sendConfirmation(services, port, user, result) };
    } catch (err) {
      return { kind: "failed", message: failed(err, { flow, user: userId }) };
    }
  }

  return {
    commands: entries,
    log,
    forms: formSessions(services, port, userOf, submitForm),
    isCoordinator,
    configuredCoordinators: () => coordinatorIdsOn(services.settings.COORDINATOR_IDS, port.name),
    help: (opts) => helpMessage(opts),
    commandLike: (name) =>
      closestName(
        name,
        entries.map((c) => c.name),
      ),
    async command(userId, name, input, roles) {
      const def = findCommand(name);
      if (!def) return null;
      const args = typeof input === "string" ? parseCommandText(def, input) : input;
      const unknownSub = unknownSubcommand(def, args);
      if (unknownSub) return reply(unknownSub);
      const started = performance.now();
      const outcome = await checkedRun(def, contextOf(userId, roles), args, failed);
      const how = outcome.kind === "flow" ? "form" : (outcome.how ?? "reply");
      services.metrics.command(def.name, how, (performance.now() - started) / 1000);
      return outcome;
    },
    async action(userId, id, roles) {
      const cut = id.indexOf(":");
      const name = cut < 0 ? id : id.slice(0, cut);
      const handler = actionHandler(name);
      if (!handler) return { text: NO_LONGER_ACTIVE };
      const ctx = contextOf(userId, roles);
      // Checked on every click: a forwarded or forged button gives nothing to someone else.
      if (COORDINATORS_ONLY.has(name) && !ctx.isCoordinator) return { text: COORDINATOR_ONLY };
      try {
        return await handler(ctx, cut < 0 ? "" : id.slice(cut + 1));
      } catch (err) {
        return failed(err, { action: name, user: userId });
      }
    },
    async directMessage(userId, text) {
      const user = userOf(userId);
      // The assistant screens every message for danger before any limit, then throttles bursts itself.
      // A bare "help" lists the commands, and, since it may be a cry for help, the crisis lines too.
      if (/^\s*\/?(help|commands|\?)\s*$/i.test(text)) {
        const list = services.throttle.allow(user) ? helpMessage().text : SLOW_DOWN;
        // The crisis lines come first: a long list is split on Discord, and they must be in the first part.
        return { text: /help/i.test(text) ? `${SAFETY_LINE}\n\n${list}` : list };
      }
      try {
        return await services.assistant.ask(user, port, text);
      } catch (err) {
        return failed(err, { user: userId, step: "direct message" });
      }
    },
    formFields(userId, flow, token) {
      return isFlowId(flow) ? services.signup.fieldsForToken(userOf(userId), flow, token) : null;
    },
    answerError(userId, flow, values, fieldId) {
      return isFlowId(flow) ? services.signup.answerError(userOf(userId), flow, values, fieldId) : null;
    },
    submitForm,
    declined: (flow) =>
      isFlowId(flow) ? services.signup.declined(flow) : { text: "Stopped: nothing was saved." },
    async formClosed(userId, flow, token) {
      // Closing a form that showed the agreement is declining it: say plainly that nothing was kept.
      if (!isFlowId(flow) || token === "-") return;
      await port
        .sendDirect(userId, services.signup.declined(flow))
        .catch((err) => log.warn("decline DM failed", { user: userId, err }));
    },
    async home(userId, roles) {
      try {
        return await homeFor(contextOf(userId, roles));
      } catch (err) {
        return failed(err, { user: userId, step: "home" });
      }
    },
    failed,
  };
}

function formSessions(
  services: Services,
  port: PlatformPort,
  userOf: (userId: string) => PlatformUser,
  submit: PlatformCore["submitForm"],
): FormSessions {
  const drafts = services.drafts;
  return {
    async open(userId, flow) {
      const session = openSession(flow);
      const { id } = await drafts.create(port.name, userId, flow.id, session);
      return { id, session };
    },
    async load(userId, id) {
      return (await drafts.get<FormSession>(port.name, userId, id))?.data ?? null;
    },
    save: (id, session) => drafts.update(id, session),
    discard: (id) => drafts.delete(id),
    fields: (userId, session) =>
      shownFields(
        services.signup.fieldsForToken(userOf(userId), session.flow, session.token),
        session.values,
      ),
    async finish(userId, id, session) {
      const outcome = await submit(userId, session.flow, session.values, session.token, id);
      if (outcome.kind === "saved") await drafts.delete(id);
      if (outcome.kind !== "invalid") return outcome;
      const next = refused(session, outcome.errors);
      await drafts.update(id, next);
      return { kind: "refused", session: next };
    },
  };
}

/** The checks every command shares, in order, then the command; errors kept apart from bugs. */
async function checkedRun(
  def: CommandDefinition,
  ctx: CommandContext,
  args: CommandArgs,
  failed: PlatformCore["failed"],
): Promise<CommandOutcome & { how?: string }> {
  // A command that reads a person's words checks them for danger before any limit (and throttles itself).
  if (!def.safetyFirst && !ctx.services.throttle.allow(ctx.user))
    return { ...reply(SLOW_DOWN), how: "throttled" };
  if (!def.safetyFirst && tooLong(args))
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
      ...reply(failed(err, { command: def.name, sub: args.sub, user: ctx.user.userId })),
      how: err instanceof UserError ? "user_error" : "error",
    };
  }
}

/** "/pairings reprot": said plainly, with the subcommand it most likely meant. */
function unknownSubcommand(def: CommandDefinition, args: CommandArgs): string | null {
  const subs = def.subcommands?.map((s) => s.name) ?? [];
  if (!args.sub || subs.length === 0 || subs.includes(args.sub)) return null;
  const like = closestName(args.sub, subs);
  return `There is no /${def.name} ${data(args.sub)}.${like ? ` Did you mean /${def.name} ${like}?` : ""} It takes: ${subs.join(", ")}. Nothing was changed.`;
}

function tooLong(args: CommandArgs): boolean {
  return (
    (args.text ?? "").length > MAX_COMMAND_TEXT ||
    Object.values(args.values).some((v) => v.length > MAX_COMMAND_TEXT)
  );
}

/** Sends the confirmation of a saved form by direct message, after the platform has been answered. */
async function sendConfirmation(
  services: Services,
  port: PlatformPort,
  user: PlatformUser,
  result: Extract<Awaited<ReturnType<Services["signup"]["submit"]>>, { ok: true }>,
): Promise<void> {
  if (result.duplicate) return;
  // The record is saved whether or not the DM arrives; a failed DM is logged, not retried.
  const sent = await port
    .sendDirect(user.userId, result.confirmation)
    .catch((err) =>
      services.log.warn("confirmation DM failed", { platform: user.platform, user: user.userId, err }),
    );
  if (sent && result.carriesGuardianContact)
    await services.contactMessages.record(result.memberId, user.platform, user.userId, sent);
}
