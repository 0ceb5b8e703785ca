import type { Assistant } from "../assistant/assistant.ts";
import type { Config } from "../config.ts";
import type { ContactMessageRepository } from "../db/contact-message-repository.ts";
import type { Database } from "../db/database.ts";
import type { FlowDraftRepository } from "../db/flow-drafts.ts";
import type { MeetingRepository } from "../db/meeting-repository.ts";
import type { MemberRepository } from "../db/member-repository.ts";
import type { PrivacyRepository } from "../db/privacy-repository.ts";
import type { SnapshotRepository } from "../db/snapshot-repository.ts";
import type { Clock } from "../domain/flow.ts";
import type { HoursService } from "../domain/hours/service.ts";
import type { PairingService } from "../domain/pairing/service.ts";
import type { SignupService } from "../domain/signup/service.ts";
import type { Metrics } from "../health/metrics.ts";
import type { Logger } from "../log.ts";
import type { PrivacyService } from "./privacy.ts";
import type { ReportService } from "./report.ts";
import type { Throttle } from "./throttle.ts";

/** Everything a command handler or a job may use; built once in src/app/build.ts. */
export interface Services {
  config: Config;
  log: Logger;
  clock: Clock;
  db: Database;
  members: MemberRepository;
  drafts: FlowDraftRepository;
  meetings: MeetingRepository;
  signup: SignupService;
  pairing: PairingService;
  hours: HoursService;
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
