/**
 * An error whose message is written for the person who caused it: safe to show, kind, and
 * saying what to do. Anything else thrown is a bug: logged with context, answered with an apology.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string = "user_error",
  ) {
    super(message);
    this.name = "UserError";
  }
}

export const APOLOGY =
  "Sorry, something went wrong on our side and nothing was changed. Please try again in a minute; if it keeps happening, let a coordinator know.";

/** Field-level problems in a form, keyed by field id. */
export type FieldErrors = Record<string, string>;
