// The pairs' goals (/goals).
import type { PrismaClient } from "@prisma/client";
import type { Goal, GoalProgress, GoalStore } from "../domain/goals/types.ts";
import { MAX_OPEN_GOALS, sameGoalText } from "../domain/goals/types.ts";
import type { AuditEntry } from "../domain/members.ts";
import { writeAudit } from "./member-repository.ts";

type Row = Awaited<ReturnType<PrismaClient["goal"]["findUniqueOrThrow"]>>;
const toGoal = (r: Row): Goal => ({
  id: r.id,
  pairingId: r.pairingId,
  text: r.text,
  status: r.status === "done" ? "done" : "open",
  progress: r.progress === "on_track" || r.progress === "stuck" ? r.progress : null,
  addedBy: r.addedBy,
  createdAt: r.createdAt,
  doneAt: r.doneAt,
});

export class GoalRepository implements GoalStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly provider: "sqlite" | "postgresql" = "sqlite",
  ) {}

  async add(g: { pairingId: string; text: string; addedBy: string; at: Date }, audit: AuditEntry[]) {
    return this.prisma.$transaction(async (tx) => {
      // the pair's row held: two goals added at once cannot both be the third
      if (this.provider === "postgresql")
        await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${g.pairingId} FOR UPDATE`;
      const openGoals = await tx.goal.findMany({ where: { pairingId: g.pairingId, status: "open" } });
      const same = openGoals.find((o) => sameGoalText(o.text, g.text));
      if (same) return { ok: false as const, reason: "same" as const, goal: toGoal(same) };
      const open = openGoals.length;
      if (open >= MAX_OPEN_GOALS) return { ok: false as const, reason: "limit" as const };
      const position = (await tx.goal.count({ where: { pairingId: g.pairingId } })) + 1;
      const row = await tx.goal.create({
        data: {
          pairingId: g.pairingId,
          position,
          text: g.text,
          status: "open",
          addedBy: g.addedBy,
          createdAt: g.at,
          updatedAt: g.at,
        },
      });
      await writeAudit(
        tx,
        audit.map((a) => ({ ...a, subjectId: row.id })),
      );
      return { ok: true as const, goal: toGoal(row), open: open + 1 };
    });
  }

  async forPairs(pairingIds: string[]) {
    const rows = await this.prisma.goal.findMany({
      where: { pairingId: { in: pairingIds } },
      orderBy: [{ pairingId: "asc" }, { position: "asc" }],
    });
    // in the order they were added, done ones too: a goal keeps its number when another is done
    return rows.map(toGoal);
  }

  async get(id: string) {
    const r = await this.prisma.goal.findUnique({ where: { id } });
    return r ? toGoal(r) : null;
  }

  async update(id: string, to: GoalProgress | "done", at: Date, audit: AuditEntry[]) {
    return this.prisma.$transaction(async (tx) => {
      const { count } =
        to === "done"
          ? await tx.goal.updateMany({
              where: { id, status: "open" },
              data: { status: "done", doneAt: at, updatedAt: at },
            })
          : await tx.goal.updateMany({
              // a NULL progress is "not yet said": SQL's <> would skip it
              where: { id, status: "open", OR: [{ progress: null }, { progress: { not: to } }] },
              data: { progress: to, updatedAt: at },
            });
      if (count > 0) await writeAudit(tx, audit);
      return count > 0;
    });
  }
}
