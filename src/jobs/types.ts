import type { Goal } from "../domain/goals/types.ts";
import type { PauseRow } from "../domain/hours/pauses.ts";
import type { MonthTotal } from "../domain/hours/totals.ts";
import type { FeedbackRow } from "../domain/meetings/feedback.ts";
import type { MeetingWithPair } from "../domain/meetings/types.ts";
import type { PlatformName } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import type { PairingWithMembers } from "../domain/pairing/types.ts";
import type { Day, Month } from "../domain/time.ts";

export type JobName =
  | "monthly-checkin"
  | "midmonth-nudge"
  | "month-end-reminder"
  | "coordinator-digest"
  | "meeting-reminders";

/** Everything a job decides from: loaded in a constant number of queries, whatever the number of pairs. */
export interface PlanData {
  now: Date;
  today: Day;
  zone: string;
  goalHours: number;
  pairings: PairingWithMembers[];
  /** minutes per pair per month, each shared meeting counted once */
  totals: MonthTotal[];
  pauses: PauseRow[];
  /** the coordinators to tell, for jobs that tell them (COORDINATOR_IDS and, on Discord, the role's members) */
  coordinators: { platform: PlatformName; id: string }[];
  /** planned meetings starting around now, for jobs that ask for them (meetingsAround) */
  meetings: MeetingWithPair[];
  /** the pairs' goals, for the check-in's buttons */
  goals: Goal[];
  /** ratings and notes of the season's meetings, for the coordinators' digest */
  feedback: FeedbackRow[];
}

export interface PlannedSend {
  /** unique per job, period and recipient (or pair): the exactly-once key */
  key: string;
  platform: PlatformName;
  target: { kind: "dm" | "space"; id: string };
  message: Message;
}

export interface JobDefinition {
  name: JobName;
  description: string;
  /** node-cron expression, in the program's time zone */
  cron: string;
  /** the local hour the job runs at, for catching up a missed run */
  hour: number;
  /** the month a run on this day is about (checked against the season) */
  periodAt(day: Day): Month;
  /** whether the schedule runs the job on this day (the cron may fire on more days) */
  isRunDay(day: Day): boolean;
  /** the last day a run missed while the bot was down is still worth making up */
  lastCatchUpDay(period: Month): Day;
  /** the months of logs and pauses plan() needs */
  months(period: Month): Month[];
  /** whether plan() needs the coordinators: looking up the Discord role costs calls the other jobs skip */
  tellsCoordinators?: boolean;
  /** a job that wakes every this many minutes, all day, instead of once a month (its cron says the same) */
  everyMinutes?: number;
  /** runs all year, not only in the mentoring season (meetings can be planned in summer too) */
  yearRound?: boolean;
  /** the planned meetings plan() needs: those starting from beforeMs before now to afterMs after */
  meetingsAround?: { beforeMs: number; afterMs: number };
  plan(data: PlanData, period: Month): PlannedSend[];
}
