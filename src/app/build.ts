// The composition of services from a config and a database: shared by the bot and `npm run job`.
import { join } from "node:path";
import { Assistant } from "../assistant/assistant.ts";
import { type FaqEntry, loadKnowledge, loadNotInFaq } from "../assistant/knowledge.ts";
import { MeaningIndex } from "../assistant/meaning.ts";
import type { AnswerModel } from "../assistant/model.ts";
import { FaqIndex } from "../assistant/retrieval.ts";
import type { Config } from "../config.ts";
import { AgreementFiles } from "../content/agreements.ts";
import { ContactMessageRepository } from "../db/contact-message-repository.ts";
import { CounterRepository } from "../db/counter-repository.ts";
import { DashboardRepository } from "../db/dashboard-repository.ts";
import type { Database } from "../db/database.ts";
import { FaqEmbeddingRepository } from "../db/faq-embedding-repository.ts";
import { FlowDraftRepository } from "../db/flow-drafts.ts";
import { GoalRepository } from "../db/goal-repository.ts";
import { JobStore } from "../db/job-store.ts";
import { MeetingRepository } from "../db/meeting-repository.ts";
import { MemberRepository } from "../db/member-repository.ts";
import { PairingRepository } from "../db/pairing-repository.ts";
import { PlannedMeetingRepository } from "../db/planned-meeting-repository.ts";
import { PrivacyRepository } from "../db/privacy-repository.ts";
import { SnapshotRepository } from "../db/snapshot-repository.ts";
import type { Clock } from "../domain/flow.ts";
import { GoalsService } from "../domain/goals/service.ts";
import { HomeService } from "../domain/home/service.ts";
import { HoursService } from "../domain/hours/service.ts";
import { MeetingsService } from "../domain/meetings/service.ts";
import { PairingService } from "../domain/pairing/service.ts";
import { SignupService } from "../domain/signup/service.ts";
import { type Metrics, noMetrics } from "../health/metrics.ts";
import { readLogText } from "../language/log-text.ts";
import { readMeetText } from "../language/meet-text.ts";
import type { Logger } from "../log.ts";
import { createMailer } from "../notify/email.ts";
import { PLATFORM_FACTS } from "../platforms/facts.ts";
import { coordinatorsOf } from "./coordinators.ts";
import { DashboardService } from "./dashboard.ts";
import { PrivacyService } from "./privacy.ts";
import { ReportService } from "./report.ts";
import { type Services, settingsOf } from "./services.ts";
import { Throttle } from "./throttle.ts";

/** The openai SDK is loaded on the first question, and only when a key is set. */
function lazyModel(opts: Parameters<typeof import("../assistant/model.ts").openAiModel>[0]): AnswerModel {
  let model: Promise<AnswerModel> | null = null;
  const get = () => {
    model ??= import("../assistant/model.ts").then((m) => m.openAiModel(opts));
    return model;
  };
  return {
    answer: async (...args) => (await get()).answer(...args),
    flagsDanger: async (text) => (await get()).flagsDanger(text),
    embeddingModel: opts.embeddingModel,
    embed: async (texts) => (await get()).embed(texts),
  };
}

/** The FAQ entries and their index (its classifier is trained at the first question, in one to two seconds). */
function faqIndexOf(config: Config): { entries: FaqEntry[]; index: FaqIndex } {
  const entries = loadKnowledge(join(config.CONTENT_DIR, "faq"));
  const notInFaq = loadNotInFaq(join(config.CONTENT_DIR, "assistant", "not-in-faq.txt"));
  return { entries, index: new FaqIndex(entries, notInFaq) };
}

export function buildServices(
  config: Config,
  db: Database,
  clock: Clock,
  log: Logger,
  metrics: Metrics = noMetrics,
): Services & { close(): void } {
  const members = new MemberRepository(db.prisma);
  const faq = faqIndexOf(config);
  const model = config.OPENAI_API_KEY
    ? lazyModel({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        embeddingModel: config.OPENAI_EMBEDDING_MODEL,
        timeoutMs: config.ASK_TIMEOUT_MS,
      })
    : null;
  const agreements = new AgreementFiles(join(config.CONTENT_DIR, "agreement"));
  const drafts = new FlowDraftRepository(db.prisma, () => clock.now());
  const meetings = new MeetingRepository(db.prisma, db.provider);
  const snapshots = new SnapshotRepository(db.prisma);
  const privacyStore = new PrivacyRepository(db.prisma);
  const contactMessages = new ContactMessageRepository(db.prisma);
  const mailer = config.SMTP_URL ? createMailer(config.SMTP_URL, config.SMTP_FROM) : null;
  const zone = config.PROGRAM_TIMEZONE;
  const goalHours = config.MONTHLY_GOAL_HOURS;
  const throttle = new Throttle(config.COMMANDS_PER_MINUTE);
  const settings = settingsOf(config);
  const pairingService = new PairingService({
    members,
    pairings: new PairingRepository(db.prisma, db.provider),
    agreements,
    clock,
    timeZone: zone,
    goalHours,
    mailer,
    contactMessages,
    onUnexpected: (err, context) => log.error("unexpected error", { ...context, err }),
  });
  const hours = new HoursService({
    members,
    meetings,
    drafts,
    clock,
    timeZone: zone,
    goalHours,
    readLog: (text, today, minute) => readLogText(text, today, zone, minute),
  });
  const assistant = new Assistant({
    index: faq.index,
    counters: new CounterRepository(db.prisma),
    model,
    meaning: model ? new MeaningIndex(faq.entries, model, new FaqEmbeddingRepository(db.prisma), log) : null,
    clock,
    log,
    timeZone: zone,
    ratePerHour: config.ASK_RATE_PER_HOUR,
    personDailyCap: config.ASK_PERSON_DAILY_CAP,
    dailyCap: config.ASK_DAILY_CAP,
    allowBurst: (user) => throttle.allow(user),
    onOutcome: (kind) => metrics.ask(kind),
    crisisAlert: config.ASK_CRISIS_ALERT,
    coordinatorsOn: async (port) => (await coordinatorsOf(config.COORDINATOR_IDS, port, log)).ids,
  });
  const plans = new PlannedMeetingRepository(db.prisma, db.provider);
  const goalStore = new GoalRepository(db.prisma, db.provider);
  return {
    settings,
    log,
    clock,
    jobs: new JobStore(db.prisma),
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
    pairing: pairingService,
    hours,
    plans,
    homes: new HomeService({ members, meetings, plans, goals: goalStore, clock, timeZone: zone, goalHours }),
    dashboard: new DashboardService(new DashboardRepository(db.prisma), config.COORDINATOR_IDS, clock),
    goals: new GoalsService({
      members,
      pairs: meetings,
      goals: goalStore,
      drafts,
      clock,
      safety: assistant,
    }),
    planning: new MeetingsService({
      members,
      pairs: meetings,
      plans,
      drafts,
      hours,
      guardian: pairingService,
      safety: assistant,
      mailer,
      clock,
      timeZone: zone,
      readMeet: readMeetText,
    }),
    assistant,
    reports: new ReportService(snapshots, settings, clock, agreements),
    snapshots,
    privacy: new PrivacyService(privacyStore, members, contactMessages, settings, clock, log),
    privacyStore,
    contactMessages,
    throttle,
    metrics,
    close: () => mailer?.close(),
  };
}
