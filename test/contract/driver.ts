// One interface over every platform, so the same scenarios run on Slack, Discord and the console.
import type { PrismaClient } from "@prisma/client";
import type { FormValues } from "../../src/domain/forms.ts";
import type { PlatformName } from "../../src/domain/members.ts";
import type { RunResult } from "../../src/jobs/runner.ts";
import type { FixedClock } from "../helpers/harness.ts";

export interface ShownForm {
  agreementShown: boolean;
  /** everything the person could read: intro, agreement, labels */
  text: string;
}

export type Outcome = { kind: "reply"; text: string } | { kind: "form"; form: ShownForm };
export type Submitted = { ok: true } | { ok: false; messages: string[] };

export interface Driver {
  readonly platform: PlatformName;
  /** the platform's user id for a named test person */
  idOf(person: string): string;
  run(person: string, command: string, text?: string): Promise<Outcome>;
  /** fills and submits the form the person has open; "agree" is the agreement tick box */
  submit(person: string, values: FormValues): Promise<Submitted>;
  /** closes the open form without submitting (declining the agreement if it was shown) */
  decline(person: string): Promise<string>;
  /** presses a button of the core's ("name:argument"), as this person; returns what they were told */
  press(person: string, buttonId: string): Promise<string>;
  /** files the person was given privately (a report's chart or CSV) */
  files(person: string): Promise<{ filename: string; data: Buffer }[]>;
  /** files posted in the pairs' private spaces (a meeting's invitation), oldest first */
  spaceFiles(): Promise<{ filename: string; data: Buffer }[]>;
  /** the person opens their home (Slack's App Home tab, /home elsewhere): its text and button labels */
  home(person: string): Promise<string>;
  /** the person sends the bot a direct message; returns the bot's answer */
  dmBot(person: string, text: string): Promise<string>;
  /** direct messages the person received, oldest first */
  dms(person: string): Promise<string[]>;
  /** the private spaces the bot made, with what was posted in them */
  spaces(): Promise<SpaceView[]>;
  /** the next call of this kind to the platform fails, as the platform would fail it */
  failNext(op: SpaceOp): void;
  prisma: PrismaClient;
  contentDir: string;
  /** the bot's clock: tests move it */
  clock: FixedClock;
  /** runs a scheduled job once as if the clock read `iso` (what npm run job -- NAME --at does) */
  runJob(name: string, iso: string): Promise<RunResult>;
  /** runs the daily privacy run (guardians' contacts past retention) as if the clock read `iso` */
  runRetention(iso: string): Promise<void>;
  stop(): Promise<void>;
}

export interface SpaceView {
  id: string;
  name: string;
  /** platform user ids */
  members: string[];
  archived: boolean;
  /** the space's purpose, where the platform has one (Slack) */
  purpose?: string;
  messages: string[];
}

export type SpaceOp = "openSpace" | "addToSpace" | "archiveSpace" | "deleteSent";

export type DriverFactory = (opts: {
  coordinators?: string[];
  /** settings on top of the test defaults, e.g. COMMANDS_PER_MINUTE */
  env?: Record<string, string>;
}) => Promise<Driver>;
