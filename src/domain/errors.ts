/** Why a person's request was refused, for logs, metrics and tests; the message is what they read. */
export type UserErrorCode =
  | "user_error"
  | "already_done"
  | "already_paired"
  | "bad_arguments"
  | "bad_button"
  | "bad_date"
  | "bad_month"
  | "before_pairing"
  | "capacity"
  | "closed"
  | "day_full"
  | "day_logged"
  | "empty_question"
  | "expired"
  | "future"
  | "long_question"
  | "no_data"
  | "no_ids"
  | "no_pair"
  | "not_active"
  | "not_allowed"
  | "not_paired"
  | "not_positive"
  | "not_signed_up"
  | "not_yours"
  | "past"
  | "private_place"
  | "stale_agreement"
  | "too_long"
  | "unclear_hours"
  | "unclear_meeting"
  | "goal_limit"
  | "no_meeting"
  | "moved"
  | "unknown_id"
  | "wrong_kind"
  | "dashboard_off";

/**
 * An error whose message is written for the person who caused it: safe to show, kind, and
 * saying what to do. Anything else thrown is a bug: logged with context, answered with an apology.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: UserErrorCode = "user_error",
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** A button pressed again, or a form or confirmation given twice: the first one counted. */
export class AlreadyDone extends UserError {
  constructor(message = "That's already done: nothing was changed.") {
    super(message, "already_done");
  }
}

export const APOLOGY =
  "Sorry, something went wrong on our side and nothing was changed. Please try again in a minute; if it keeps happening, let a coordinator know.";

/** Field-level problems in a form, keyed by field id. */
export type FieldErrors = Record<string, string>;

/** A chat platform refused or failed a call. `code` is the platform's own word for it (e.g. name_taken, HTTP 500). */
export class PlatformError extends Error {
  constructor(
    readonly platform: string,
    readonly operation: string,
    readonly code: string,
    readonly retryable = false,
  ) {
    super(`${platform} ${operation} failed: ${code}`);
    this.name = "PlatformError";
  }
}

/** How to tell a coordinator what went wrong on a platform, in a few words. */
/** A platform's refusal as one line for a list ("slack chat.delete failed: …"); anything else is a bug. */
export function refusalOf(err: unknown): string | null {
  return err instanceof PlatformError ? err.message : null;
}

export function describeFailure(err: unknown): string {
  if (err instanceof PlatformError) {
    const who = err.platform.charAt(0).toUpperCase() + err.platform.slice(1);
    return `${who} said: ${err.code}`;
  }
  return "an unexpected error (it has been logged)";
}
