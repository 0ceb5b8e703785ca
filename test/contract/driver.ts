// One interface over every platform, so the same scenarios run on Slack, Discord and the console.
import type { PrismaClient } from "@prisma/client";
import type { FormValues } from "../../src/domain/forms.ts";
import type { PlatformName } from "../../src/domain/members.ts";

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
  /** direct messages the person received, oldest first */
  dms(person: string): Promise<string[]>;
  prisma: PrismaClient;
  contentDir: string;
  stop(): Promise<void>;
}

export type DriverFactory = (opts: { coordinators?: string[] }) => Promise<Driver>;
