import type { JobDefinition, JobName } from "../src/jobs/types.ts";
import { coordinatorDigest } from "./coordinator-digest.ts";
import { meetingReminders } from "./meeting-reminders.ts";
import { midmonthNudge } from "./midmonth-nudge.ts";
import { monthEndReminder } from "./month-end-reminder.ts";
import { monthlyCheckin } from "./monthly-checkin.ts";

export const jobs: JobDefinition[] = [
  monthlyCheckin,
  midmonthNudge,
  monthEndReminder,
  coordinatorDigest,
  meetingReminders,
];

export function findJob(name: string): JobDefinition | undefined {
  return jobs.find((j) => j.name === (name as JobName));
}
