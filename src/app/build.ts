// The composition of services from a config and a database: shared by the bot and `npm run job`.
import { join } from "node:path";
import type { Config } from "../config.ts";
import { AgreementFiles } from "../content/agreements.ts";
import type { Database } from "../db/database.ts";
import { FlowDraftRepository } from "../db/flow-drafts.ts";
import { MeetingRepository } from "../db/meeting-repository.ts";
import { MemberRepository } from "../db/member-repository.ts";
import { PairingRepository } from "../db/pairing-repository.ts";
import { SnapshotRepository } from "../db/snapshot-repository.ts";
import type { Clock } from "../domain/flow.ts";
import { HoursService } from "../domain/hours/service.ts";
import { PairingService } from "../domain/pairing/service.ts";
import { SignupService } from "../domain/signup/service.ts";
import type { Logger } from "../log.ts";
import { createMailer } from "../notify/email.ts";
import { PLATFORM_FACTS } from "../platforms/facts.ts";
import { ReportService } from "./report.ts";
import type { Services } from "./services.ts";

export function buildServices(
  config: Config,
  db: Database,
  clock: Clock,
  log: Logger,
): Services & { close(): void } {
  const members = new MemberRepository(db.prisma);
  const agreements = new AgreementFiles(join(config.CONTENT_DIR, "agreement"));
  const drafts = new FlowDraftRepository(db.prisma, () => clock.now());
  const meetings = new MeetingRepository(db.prisma);
  const snapshots = new SnapshotRepository(db.prisma);
  const mailer = config.SMTP_URL ? createMailer(config.SMTP_URL, config.SMTP_FROM) : null;
  const zone = config.PROGRAM_TIMEZONE;
  const goalHours = config.MONTHLY_GOAL_HOURS;
  return {
    config,
    log,
    clock,
    db,
    members,
    drafts,
    meetings,
    signup: new SignupService({
      members,
      agreements,
      clock,
      timeZone: zone,
      platform: (p) => PLATFORM_FACTS[p],
    }),
    pairing: new PairingService({
      members,
      pairings: new PairingRepository(db.prisma),
      agreements,
      clock,
      timeZone: zone,
      goalHours,
      mailer,
      onUnexpected: (err, context) => log.error("unexpected error", { ...context, err }),
    }),
    hours: new HoursService({ members, meetings, drafts, clock, timeZone: zone, goalHours }),
    reports: new ReportService(snapshots, config, clock, agreements),
    snapshots,
    close: () => mailer?.close(),
  };
}
