// Splits a corpus once, by a fixed seed, into a development half (the code may be tuned on it) and a
// held-out half (never looked at while tuning). The split hashes each item's text with the seed, so
// adding items later leaves every earlier item in its half.
import { createHash } from "node:crypto";

export const SPLIT_SEED = "premed-mentoring-2026-12";

export type Half = "development" | "held-out";

export function halfOf(text: string, seed = SPLIT_SEED): Half {
  const byte = createHash("sha256").update(`${seed}\u0000${text}`).digest()[0] as number;
  return byte % 2 === 0 ? "development" : "held-out";
}

export function split<T>(items: T[], textOf: (item: T) => string): Record<Half, T[]> {
  const out: Record<Half, T[]> = { development: [], "held-out": [] };
  for (const item of items) out[halfOf(textOf(item))].push(item);
  return out;
}
