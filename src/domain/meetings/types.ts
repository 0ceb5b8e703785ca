// A meeting a pair planned with /meet, and what the rules need from the database.
import type { AuditEntry } from "../members.ts";
import type { PairingWithMembers } from "../pairing/types.ts";

export type MeetingStatus = "planned" | "cancelled";
/** "yes": met for the planned time; "guardian": met, and a parent or guardian was there; "other": met for another time; "no": did not meet */
export type MetAnswer = "yes" | "guardian" | "other" | "no";

export interface PlannedMeeting {
  id: string;
  pairingId: string;
  startsAt: Date;
  minutes: number;
  place: string;
  sequence: number;
  status: MeetingStatus;
  plannedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeetingAnswerRow {
  meetingId: string;
  memberId: string;
  /** "rsvp" and "note" may change (the latest counts); "met" and "rating" are given once */
  kind: "rsvp" | "met" | "rating" | "note";
  answer: string;
  sequence: number;
  at: Date;
}

export interface MeetingWithPair extends PlannedMeeting {
  pairing: PairingWithMembers;
  answers: MeetingAnswerRow[];
  /** whether the pair had a meeting before this one that someone said happened */
  earlierMet: boolean;
}

export interface NewPlan {
  pairingId: string;
  startsAt: Date;
  minutes: number;
  place: string;
  plannedBy: string;
  now: Date;
}

export interface MeetingPlanStore {
  /**
   * One transaction holding the pair's row: moves the pair's upcoming meeting (one that has not
   * started by `now`) to the new time, with a higher sequence, or plans a new one.
   */
  plan(p: NewPlan, audit: AuditEntry[]): Promise<{ meeting: PlannedMeeting; moved: PlannedMeeting | null }>;
  /** the pair's meeting that has not started by `now`, if any */
  upcoming(pairingId: string, now: Date): Promise<PlannedMeeting | null>;
  get(id: string): Promise<MeetingWithPair | null>;
  /** whether the pair's student is under 18 (the agreement's rules for a minor apply) */
  studentIsMinor(pairingId: string): Promise<boolean>;
  /** cancels it unless it already was; false when it was (a second press) */
  cancel(id: string, at: Date, audit: AuditEntry[]): Promise<boolean>;
  /**
   * Records an answer. An RSVP may change (the latest counts); a "met" answer is given once: false
   * when this member had already answered it.
   */
  answer(row: MeetingAnswerRow): Promise<boolean>;
  /** the member's meeting that ended most recently by `now` (for a note about it), if any */
  lastEndedOf(pairingIds: string[], now: Date): Promise<PlannedMeeting | null>;
  /** planned meetings starting in [from, to), with their pairs and answers (the reminders' window) */
  startingBetween(from: Date, to: Date): Promise<MeetingWithPair[]>;
}
