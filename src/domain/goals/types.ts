// The goals a pair sets for the student (the agreement's first aim: "to assist mentees with the
// development of goals toward becoming a physician").
import type { AuditEntry } from "../members.ts";

export type GoalProgress = "on_track" | "stuck";

export interface Goal {
  id: string;
  pairingId: string;
  text: string;
  status: "open" | "done";
  progress: GoalProgress | null;
  addedBy: string;
  createdAt: Date;
  doneAt: Date | null;
}

export const MAX_OPEN_GOALS = 3;

/** Two goals are the same when they read the same, whatever the case, spacing or final full stop. */
export function sameGoalText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/[.!\s]+$/, "")
      .trim();
  return norm(a) === norm(b);
}

export interface GoalStore {
  /**
   * One transaction holding the pair's row: adds the goal unless the pair has MAX_OPEN_GOALS open
   * ("limit") or already has the same goal open ("same": a message sent twice adds it once).
   */
  add(
    g: { pairingId: string; text: string; addedBy: string; at: Date },
    audit: AuditEntry[],
  ): Promise<{ ok: true; goal: Goal; open: number } | { ok: false; reason: "limit" | "same"; goal?: Goal }>;
  /** the pairs' goals, each pair's in the order they were added (done ones keep their place) */
  forPairs(pairingIds: string[]): Promise<Goal[]>;
  get(id: string): Promise<Goal | null>;
  /** sets the progress, or marks it done; false when it already was so (a second press) */
  update(id: string, to: GoalProgress | "done", at: Date, audit: AuditEntry[]): Promise<boolean>;
}
