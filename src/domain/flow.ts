import type { Agreement } from "./agreement.ts";
import type { FieldErrors } from "./errors.ts";
import type { FieldSpec, FormValues } from "./forms.ts";
import type { Message } from "./message.ts";

export type FlowId = "mentor-signup" | "mentee-signup";

/** A form the core asks a platform to show: optionally the agreement first, then fields. */
export interface FlowSpec {
  id: FlowId;
  /** at most 24 characters (Slack modal title) */
  title: string;
  /** at most 24 characters */
  submitLabel: string;
  intro: string;
  agreement: Agreement | null;
  /** why the agreement is shown (first time, or it changed) */
  agreementNote: string | null;
  fields: FieldSpec[];
  initial: FormValues;
  /** opaque, short (under 40 characters): carried by the platform and handed back on submit */
  token: string;
}

export type SubmitResult =
  /** duplicate: the same form was submitted again (twice at once, or a retry): nothing new was saved or sent */
  | {
      ok: true;
      confirmation: Message;
      memberId: string;
      duplicate?: boolean;
      /** the confirmation repeats a guardian's contact: its DM is recorded, to be deleted with it */
      carriesGuardianContact?: boolean;
    }
  | { ok: false; errors: FieldErrors };

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
