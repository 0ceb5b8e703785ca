import { type Day, firstDay, lastDay, type Month } from "../time.ts";

/** A break from startsOn up to (not including) until. */
export interface PauseRow {
  pairingId: string;
  startsOn: Day;
  until: Day;
}

export function pausedOn(pauses: PauseRow[], pairingId: string, day: Day): PauseRow | undefined {
  return pauses.find((p) => p.pairingId === pairingId && p.startsOn <= day && day < p.until);
}

/** Paused for any part of the month: such a month is never counted as behind. */
export function pausedDuring(pauses: PauseRow[], pairingId: string, month: Month): boolean {
  return pauses.some(
    (p) => p.pairingId === pairingId && p.startsOn <= lastDay(month) && p.until > firstDay(month),
  );
}
