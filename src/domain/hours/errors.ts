import { UserError } from "../errors.ts";

export { AlreadyDone } from "../errors.ts";

/** One member's entries for a pair on one day would pass 12 hours. */
export class DayFull extends UserError {
  constructor(readonly loggedMinutes: number) {
    super("day_full", "day_full");
  }
}

/**
 * The member already logged time for this pair on this day: a typed entry asks before adding more
 * (a message sent twice, or a correction meant as a replacement, would otherwise count double).
 */
export class DayAlreadyLogged extends UserError {
  constructor(readonly loggedMinutes: number) {
    super("day_logged", "day_logged");
  }
}
