// One pair's season as a coordinator reads it on the dashboard: the report's row, and what happened.
// Never a guardian's contact, and never a member's own note on an entry.
import type { Goal } from "../goals/types.ts";
import type { Day } from "../time.ts";

export interface PairEntry {
  day: Day;
  minutes: number;
  by: "mentor" | "student";
}

export interface PairMeeting {
  startsAt: Date;
  minutes: number;
  place: string;
  status: string;
  /** each member's latest "met" answer: yes, guardian, other or no */
  met: { by: "mentor" | "student"; answer: string }[];
}

export interface PairActivity {
  entries: PairEntry[];
  meetings: PairMeeting[];
  goals: Goal[];
}
