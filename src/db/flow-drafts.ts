// Forms in progress on platforms that need several steps (Discord). Kept in the database so a
// dropped gateway connection or a restart loses nothing; deleted when finished, declined or expired,
// because a draft may hold a guardian's contact.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";

export interface Draft<T> {
  id: string;
  userId: string;
  flow: string;
  data: T;
}

const TTL_MS = 2 * 60 * 60 * 1000;

export class FlowDraftRepository {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  async create<T>(platform: string, userId: string, flow: string, data: T): Promise<Draft<T>> {
    const now = this.now();
    // One open form per person and flow; expired drafts of anyone go too.
    await this.prisma.flowDraft.deleteMany({
      where: { OR: [{ platform, userId, flow }, { expiresAt: { lt: now } }] },
    });
    const id = randomBytes(9).toString("base64url");
    await this.prisma.flowDraft.create({
      data: {
        id,
        platform,
        userId,
        flow,
        data: JSON.stringify(data),
        expiresAt: new Date(now.getTime() + TTL_MS),
      },
    });
    return { id, userId, flow, data };
  }

  /** The draft, if it exists, belongs to this person and has not expired. */
  async get<T>(platform: string, userId: string, id: string): Promise<Draft<T> | null> {
    const row = await this.prisma.flowDraft.findUnique({ where: { id } });
    if (!row || row.platform !== platform || row.userId !== userId || row.expiresAt < this.now()) return null;
    return { id, userId, flow: row.flow, data: JSON.parse(row.data) as T };
  }

  async update<T>(id: string, data: T): Promise<void> {
    await this.prisma.flowDraft.update({
      where: { id },
      data: { data: JSON.stringify(data), expiresAt: new Date(this.now().getTime() + TTL_MS) },
    });
  }

  async delete(id: string): Promise<void> {
    await this.prisma.flowDraft.deleteMany({ where: { id } });
  }
}
