// Once-only effects: a receipt is written in the same transaction as what a button or a
// confirmation does, and the database's unique key makes a second one fail, however close together.
import { Prisma } from "@prisma/client";
import { AlreadyDone } from "../domain/errors.ts";
import type { Tx } from "./database.ts";

export function isUniqueViolation(err: unknown): boolean {
  return (
    (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") ||
    (typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002")
  );
}

/** Writes the receipt for `key`, or throws AlreadyDone. Call it first inside the effect's transaction. */
export async function claimOnce(tx: Tx, key: string | undefined): Promise<void> {
  if (!key) return;
  try {
    await tx.actionReceipt.create({ data: { key } });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AlreadyDone();
    throw err;
  }
}
