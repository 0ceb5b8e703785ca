// Where the bot keeps track of the DMs that carry a guardian's contact (see domain/privacy).
import type { PrismaClient } from "@prisma/client";
import type { PlatformName } from "../domain/members.ts";
import type { SentRef } from "../domain/pairing/types.ts";
import type {
  ContactMessage,
  ContactMessageStore,
  ErasedMember,
} from "../domain/privacy/contact-messages.ts";
import { isUniqueViolation } from "./receipts.ts";

export class ContactMessageRepository implements ContactMessageStore {
  constructor(private readonly prisma: PrismaClient) {}

  async record(studentId: string, platform: PlatformName, recipient: string, ref: SentRef): Promise<void> {
    try {
      await this.prisma.contactMessage.create({
        data: { studentId, platform, recipient, channel: ref.channel, messageIds: ref.ids.join(",") },
      });
    } catch (err) {
      // the same message found again by a resumed send: already recorded
      if (!isUniqueViolation(err)) throw err;
    }
  }

  async withdrawable(platform: PlatformName, of?: ErasedMember): Promise<ContactMessage[]> {
    const rows = await this.prisma.contactMessage.findMany({
      where: {
        platform,
        ...(of ? { OR: [{ studentId: of.memberId }, { recipient: of.platformUserId }] } : {}),
      },
      orderBy: { sentAt: "asc" },
    });
    if (rows.length === 0 || of) return rows.map(toMessage);
    // without a member being erased: only messages whose student no longer has a guardian stored
    const stillStored = await this.prisma.guardian.findMany({
      where: { memberId: { in: [...new Set(rows.map((r) => r.studentId))] } },
      select: { memberId: true },
    });
    const kept = new Set(stillStored.map((g) => g.memberId));
    return rows.filter((r) => !kept.has(r.studentId)).map(toMessage);
  }

  async forget(id: string): Promise<void> {
    await this.prisma.contactMessage.deleteMany({ where: { id } });
  }

  async failed(id: string, why: string): Promise<number> {
    const row = await this.prisma.contactMessage.update({
      where: { id },
      data: { attempts: { increment: 1 }, lastError: why.slice(0, 200) },
    });
    return row.attempts;
  }
}

function toMessage(r: {
  id: string;
  studentId: string;
  recipient: string;
  channel: string;
  messageIds: string;
  attempts: number;
}): ContactMessage {
  return {
    id: r.id,
    studentId: r.studentId,
    recipient: r.recipient,
    ref: { channel: r.channel, ids: r.messageIds.split(",") },
    attempts: r.attempts,
  };
}
