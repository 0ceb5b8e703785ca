import type { Assistant } from "../assistant/assistant.ts";
import type { Config } from "../config.ts";
import type { ContactMessageRepository } from "../db/contact-message-repository.ts";
import type { FlowDraftRepository } from "../db/flow-drafts.ts";
import type { JobStore } from "../db/job-store.ts";
import type { MeetingRepository } from "../db/meeting-repository.ts";
import type { MemberRepository } from "../db/member-repository.ts";
import type { PlannedMeetingRepository } from "../db/planned-meeting-repository.ts";
import type { PrivacyRepository } from "../db/privacy-repository.ts";
import type { SnapshotRepository } from "../db/snapshot-repository.ts";
import type { Clock } from "../domain/flow.ts";
import type { GoalsService } from "../domain/goals/service.ts";
import type { HomeService } from "../domain/home/service.ts";
import type { HoursService } from "../domain/hours/service.ts";
import type { MeetingsService } from "../domain/meetings/service.ts";
import type { PairingService } from "../domain/pairing/service.ts";
import type { SignupService } from "../domain/signup/service.ts";
import type { Metrics } from "../health/metrics.ts";
import type { Logger } from "../log.ts";
import type { DashboardService } from "./dashboard.ts";
import type { PrivacyService } from "./privacy.ts";
import type { ReportService } from "./report.ts";
import type { Throttle } from "./throttle.ts";

/**
 * The program's own settings, all a command or a job may read of the configuration: no token,
 * secret or connection string gets past the composition root (src/bot.ts, src/job.ts).
 */
export type ProgramSettings = Readonly<
  Pick<
    Config,
    | "PROGRAM_TIMEZONE"
    | "MONTHLY_GOAL_HOURS"
    | "SEASON_START"
    | "SEASON_END"
    | "COORDINATOR_IDS"
    | "GUARDIAN_RETENTION_DAYS"
  >
>;

/** Only the settings are copied: the rest of the configuration stays out of reach. */
export function settingsOf(config: Config): ProgramSettings {
  return Object.freeze({
    PROGRAM_TIMEZONE: config.PROGRAM_TIMEZONE,
    MONTHLY_GOAL_HOURS: config.MONTHLY_GOAL_HOURS,
    SEASON_START: config.SEASON_START,
    SEASON_END: config.SEASON_END,
    COORDINATOR_IDS: [...config.COORDINATOR_IDS],
    GUARDIAN_RETENTION_DAYS: config.GUARDIAN_RETENTION_DAYS,
  });
}

/** Everything a command handler or a job may use; built once in src/app/build.ts. */
export interface Services {
  settings: ProgramSettings;
  log: Logger;
  clock: Clock;
  /** which scheduled sends ran for which period (the ledger's runs) */
  jobs: JobStore;
  members: MemberRepository;
  drafts: FlowDraftRepository;
  meetings: MeetingRepository;
  signup: SignupService;
  pairing: PairingService;
  hours: HoursService;
  /** planned meetings (/meet), their answers and reminders */
  planning: MeetingsService;
  plans: PlannedMeetingRepository;
  /** the pairs' goals (/goals) */
  goals: GoalsService;
  /** what a member's home shows (/home, Slack's App Home) */
  homes: HomeService;
  /** the coordinators' dashboard: sign-in links, sessions, rights */
  dashboard: DashboardService;
  reports: ReportService;
  snapshots: SnapshotRepository;
  assistant: Assistant;
  privacy: PrivacyService;
  privacyStore: PrivacyRepository;
  /** DMs carrying a guardian's contact, to delete when it is removed */
  contactMessages: ContactMessageRepository;
  throttle: Throttle;
  metrics: Metrics;
}
