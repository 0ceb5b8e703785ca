// Direct messages that carry a parent's or guardian's contact. The program promises to keep that
// contact only while it is needed; a copy left in a mentor's DMs would break the promise, so each
// such message is recorded when sent and deleted on the platform once the contact is removed.
import { refusalOf } from "../errors.ts";
import type { PlatformName } from "../members.ts";
import type { SentRef, SpacePort } from "../pairing/types.ts";

export interface ContactMessage {
  id: string;
  studentId: string;
  recipient: string;
  ref: SentRef;
  attempts: number;
}

export interface ContactMessageStore {
  /** Records a sent message; recording the same message twice keeps one row. */
  record(studentId: string, platform: PlatformName, recipient: string, ref: SentRef): Promise<void>;
  /**
   * Messages on a platform whose contact is no longer stored; or, for a member being erased, every
   * one about them as a student or sent to them (a mentor who leaves keeps no guardian's contact).
   */
  withdrawable(platform: PlatformName, of?: ErasedMember): Promise<ContactMessage[]>;
  /** The message is gone from the platform: the row goes too. */
  forget(id: string): Promise<void>;
  /** Deleting it failed: kept to try again at the next daily run; returns the attempts so far. */
  failed(id: string, why: string): Promise<number>;
}

export interface ErasedMember {
  memberId: string;
  platformUserId: string;
}

export interface Withdrawal {
  deleted: number;
  /** messages that could not be deleted this time, by who holds them, with the attempts so far */
  kept: { recipient: string; why: string; attempts: number }[];
}

/**
 * Deletes, on the platform, every recorded message whose guardian contact has been removed. A
 * message that fails stays recorded for the next day's run; a failure that is a bug also goes to
 * `onBug`, to be logged.
 */
export async function withdrawContactMessages(
  store: ContactMessageStore,
  port: SpacePort,
  onBug: (err: unknown) => void,
  of?: ErasedMember,
): Promise<Withdrawal> {
  const result: Withdrawal = { deleted: 0, kept: [] };
  for (const m of await store.withdrawable(port.name, of)) {
    try {
      await port.deleteSent(m.ref);
      await store.forget(m.id);
      result.deleted++;
    } catch (err) {
      const refusal = refusalOf(err);
      if (refusal === null) onBug(err);
      const why = refusal ?? "unexpected error";
      const attempts = await store.failed(m.id, why);
      result.kept.push({ recipient: m.recipient, why, attempts });
    }
  }
  return result;
}
