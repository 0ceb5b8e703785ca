import { UserError } from "../errors.ts";

/** A button pressed again, or a confirmation given twice: the first one counted. */
export class AlreadyDone extends UserError {
  constructor(message = "That's already done: nothing was changed.") {
    super(message, "already_done");
  }
}

/** One member's entries for a pair on one day would pass 12 hours. */
export class DayFull extends UserError {
  constructor(readonly loggedMinutes: number) {
    super("day_full", "day_full");
  }
}
