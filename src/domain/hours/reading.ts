// What the words after /log-hours were read as. The reader (src/language/log-text.ts) says what it
// understood; the hours rules (service.ts) decide whether it may be recorded.
import type { Day } from "../time.ts";

export interface LogEntry {
  minutes: number;
  day: Day;
  note: string | null;
}

export type LogReading =
  /** understood with confidence */
  | { kind: "entry"; entry: LogEntry }
  /** one likely reading that the person must confirm first ("90" is probably 90 minutes) */
  | { kind: "confirm"; entry: LogEntry; why?: string }
  /** not understood with confidence: nothing is recorded, and the message says why and what works */
  | { kind: "unclear"; message: string };

/** `minuteOfDay` (since midnight, 900 at 15:00) lets "tonight" or "3-4:30pm" typed before then be asked about */
export type LogReader = (text: string, today: Day, minuteOfDay: number) => LogReading;

export const HOURS_EXAMPLES =
  "For example: /log-hours 45 min yesterday, or /log-hours 1.5 hours nov 3 coffee at the library";
