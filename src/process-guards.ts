// Process-wide guards for npm start.
import type { Logger } from "./log.ts";

/** A promise nobody awaited that fails is a bug to log, not a reason to stop serving everyone else. */
export function logUnhandledRejections(log: Logger): () => void {
  const onRejection = (err: unknown) => log.error("unhandled rejection", { err });
  process.on("unhandledRejection", onRejection);
  return () => process.off("unhandledRejection", onRejection);
}
