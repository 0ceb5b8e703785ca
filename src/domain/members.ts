import type { Agreement } from "./agreement.ts";
import type { MenteeProfile, MentorProfile } from "./signup/validate.ts";

export type PlatformName = "slack" | "discord" | "console";
export type MemberKind = "mentor" | "mentee";

/** Who is acting, as the platform identifies them. */
export interface PlatformUser {
  platform: PlatformName;
  userId: string;
}

export interface Acceptance {
  version: string;
  textSha256: string;
  platform: string;
  acceptedAt: Date;
}

export interface Member {
  id: string;
  platform: PlatformName;
  platformUserId: string;
  kind: MemberKind;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  mentor: MentorProfile | null;
  mentee: MenteeProfile | null;
  /** the most recent acceptance of the agreement */
  acceptance: Acceptance | null;
  /** personal data erased: kept, unnamed, only so the program's figures still add up */
  erased?: boolean;
}

export interface AuditEntry {
  actorId: string;
  action: string;
  subjectId?: string;
  /** ids, codes and field names only: never personal values */
  details?: Record<string, unknown>;
}

export interface SignupWrite {
  user: PlatformUser;
  kind: MemberKind;
  name: string;
  mentor?: MentorProfile;
  mentee?: MenteeProfile;
  accept?: Agreement;
  /** written in the same transaction; "{member}" in subjectId/actorId is replaced by the member's id */
  audit: AuditEntry[];
  now: Date;
  /** the form's submission: saved once (AlreadyDone the second time) */
  onceKey?: string;
}

export interface MemberStore {
  findByUser(user: PlatformUser): Promise<Member | null>;
  /** One transaction: the member, the profile, the guardian, the acceptance and the audit entries. */
  saveSignup(write: SignupWrite): Promise<Member>;
}

export const MEMBER_PLACEHOLDER = "{member}";
