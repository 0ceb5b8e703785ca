// Dashboard sign-in links and sessions. Tokens arrive already hashed: the database never holds one
// that could be used. Redeeming a link is one conditional update, so two tabs (or two instances)
// opening the same link at once start one session, never two.
import type { PrismaClient } from "@prisma/client";
import type { PlatformName, PlatformUser } from "../domain/members.ts";

type DashboardHolder = PlatformUser;

export class DashboardRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async addLink(tokenHash: string, who: DashboardHolder, now: Date, expiresAt: Date): Promise<void> {
    // Links and sessions a day past their end are of no use to anyone: cleared as new ones are made.
    const old = new Date(now.getTime() - 86_400_000);
    await this.prisma.$transaction([
      this.prisma.dashboardLink.deleteMany({ where: { expiresAt: { lt: old } } }),
      this.prisma.dashboardSession.deleteMany({ where: { expiresAt: { lt: old } } }),
      this.prisma.dashboardLink.create({ data: { tokenHash, ...who, createdAt: now, expiresAt } }),
    ]);
  }

  /**
   * Uses the link and opens the session in one transaction. "used" and "expired" say why a link
   * no longer works; "unknown" is a link that never existed.
   */
  async redeem(
    linkHash: string,
    sessionHash: string,
    now: Date,
    sessionEnds: Date,
  ): Promise<{ ok: true; holder: DashboardHolder } | { ok: false; reason: "used" | "expired" | "unknown" }> {
    return this.prisma.$transaction(async (tx) => {
      const link = await tx.dashboardLink.findUnique({ where: { tokenHash: linkHash } });
      if (!link) return { ok: false, reason: "unknown" } as const;
      const won = await tx.dashboardLink.updateMany({
        where: { tokenHash: linkHash, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (won.count !== 1) return { ok: false, reason: link.usedAt ? "used" : "expired" } as const;
      const holder = { platform: link.platform as PlatformName, userId: link.userId };
      await tx.dashboardSession.create({
        data: { tokenHash: sessionHash, ...holder, createdAt: now, expiresAt: sessionEnds },
      });
      return { ok: true, holder } as const;
    });
  }

  /** The session's holder while it is open. */
  async session(tokenHash: string, now: Date): Promise<DashboardHolder | null> {
    const s = await this.prisma.dashboardSession.findUnique({ where: { tokenHash } });
    if (!s || s.endedAt || s.expiresAt <= now) return null;
    return { platform: s.platform as PlatformName, userId: s.userId };
  }

  async end(tokenHash: string, now: Date): Promise<void> {
    await this.prisma.dashboardSession.updateMany({
      where: { tokenHash, endedAt: null },
      data: { endedAt: now },
    });
  }

  /** Ends every open session of one person; returns how many were open. */
  /** Ends every open session of one person, and spends their unused links; returns how many sessions were open. */
  async endAllOf(who: DashboardHolder, now: Date): Promise<number> {
    const [, sessions] = await this.prisma.$transaction([
      this.prisma.dashboardLink.updateMany({ where: { ...who, usedAt: null }, data: { usedAt: now } }),
      this.prisma.dashboardSession.updateMany({
        where: { ...who, endedAt: null, expiresAt: { gt: now } },
        data: { endedAt: now },
      }),
    ]);
    return sessions.count;
  }
}
