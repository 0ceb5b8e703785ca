import type { AuditEntry, Member, PlatformName } from "../members.ts";
import type { Attachment, Message } from "../message.ts";

export type PairingStatus = "opening" | "active" | "ended";

/** The platform steps of opening a pairing that are already done, so a retry does only the rest. */
export interface PairingSteps {
  invited?: string[];
  welcomed?: boolean;
  guardianSent?: boolean;
  introSent?: boolean;
  emailed?: boolean;
  archived?: boolean;
}

export interface Pairing {
  id: string;
  platform: PlatformName;
  mentorId: string;
  menteeId: string;
  status: PairingStatus;
  startedOn: string;
  createdAt: Date;
  createdBy: string;
  spaceId: string | null;
  spaceName: string | null;
  steps: PairingSteps;
  endedAt: Date | null;
  endReason: string | null;
  guardianAttendedAt: Date | null;
}

export interface PairingWithMembers extends Pairing {
  mentor: Member;
  mentee: Member;
}

export type PairingPatch = Partial<
  Pick<Pairing, "status" | "spaceId" | "spaceName" | "steps" | "endedAt" | "endReason" | "guardianAttendedAt">
>;

export interface NewPairing {
  platform: PlatformName;
  mentorId: string;
  menteeId: string;
  startedOn: string;
  createdBy: string;
  createdAt: Date;
}

export interface PairingStore {
  openForMentee(menteeId: string): Promise<Pairing | null>;
  /** the most recently ended pairing of a student, if any */
  lastEndedForMentee(menteeId: string): Promise<Pairing | null>;
  /**
   * One transaction: inserts an "opening" pairing unless the mentor is at capacity or the student
   * already has a pairing that is not ended, and writes the audit entry.
   */
  createOpening(
    p: NewPairing,
    capacity: number,
    audit: AuditEntry[],
  ): Promise<{ ok: true; pairing: Pairing } | { ok: false; reason: "capacity" | "taken" }>;
  /** sets guardianAttendedAt if it was not set; false when it already was (a second press) */
  recordGuardianAttended(id: string, at: Date, audit: AuditEntry[]): Promise<boolean>;
  /** whether either member has logged a meeting of this pair (entries removed since do not count) */
  hasLoggedMeeting(id: string): Promise<boolean>;
  update(id: string, patch: PairingPatch, audit?: AuditEntry[]): Promise<Pairing>;
  get(id: string): Promise<PairingWithMembers | null>;
  listOpen(platform: PlatformName): Promise<PairingWithMembers[]>;
  /** mentors on a platform with how many pairings each has open */
  mentorsWithLoad(platform: PlatformName): Promise<{ mentor: Member; openPairings: number }[]>;
}

/** Where a sent message is, so it can be deleted later: its conversation and the ids of its parts. */
export interface SentRef {
  channel: string;
  ids: string[];
}

/** What the pairing service needs from a chat platform. */
export interface SpacePort {
  readonly name: PlatformName;
  /** Creates a private space, or finds the one this bot made earlier under exactly this name. */
  openPrivateSpace(name: string, topic: string): Promise<{ id: string; name: string }>;
  /** Adds a member; already being a member is fine. */
  addToSpace(spaceId: string, userId: string): Promise<void>;
  postToSpace(spaceId: string, message: Message): Promise<void>;
  archiveSpace(spaceId: string): Promise<void>;
  spaceRef(spaceId: string, name: string): string;
  /** Where the message went (null where nothing can be deleted later, as on the console's screen). */
  sendDirect(userId: string, message: Message): Promise<SentRef | null>;
  /** Deletes a message the bot sent; one already gone counts as deleted. */
  deleteSent(ref: SentRef): Promise<void>;
  /**
   * Renames a pair's space to a neutral name and purpose and archives it (an erased member's).
   * `renamed` is false, with why, where the platform would not rename it; it is archived anyway.
   */
  retireSpace(spaceId: string, name: string, purpose: string): Promise<{ renamed: boolean; why?: string }>;
  mention(userId: string): string;
  /** Whether this message is among the bot's recent messages there: how a send interrupted by a crash is checked. */
  /** Where it is when found, so a resumed send can still be recorded. */
  wasDelivered(kind: "dm" | "space", id: string, message: Message): Promise<SentRef | null>;
  /** Members who hold the coordinator role, where the platform has roles (Discord); others rely on COORDINATOR_IDS. */
  roleCoordinators?(): Promise<string[]>;
}

export interface Mailer {
  send(mail: { to: string; subject: string; text: string; attachments?: Attachment[] }): Promise<void>;
}
