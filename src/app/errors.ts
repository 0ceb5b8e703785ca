import { APOLOGY, UserError } from "../domain/errors.ts";
import type { Message } from "../domain/message.ts";
import type { Logger } from "../log.ts";

/** UserErrors are answered as they are; anything else is a bug: logged with context, answered with an apology. */
export function messageForError(err: unknown, log: Logger, context: Record<string, unknown>): Message {
  if (err instanceof UserError) return { text: err.message };
  log.error("unexpected error", { ...context, err });
  return { text: APOLOGY };
}
