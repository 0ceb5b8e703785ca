import { UserError } from "../errors.ts";

export { AlreadyDone } from "../errors.ts";

/** One member's entries for a pair on one day would pass 12 hours. */
export class DayFull extends UserError {
  constructor(readonly loggedMinutes: number) {
    super("day_full", "day_full");
  }
}
