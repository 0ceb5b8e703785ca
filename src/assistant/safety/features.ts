// Features of a message for the crisis classifier: words, pairs of neighbouring words, and the
// letters inside words (four at a time), all over the folded text, so a misspelling or a new
// word order still shares most features with the phrasings the classifier learned from.
import { normalizeForSafety } from "./normalize.ts";

export function featuresOf(raw: string): string[] {
  const words = normalizeForSafety(raw).split(" ").filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.add(`w:${w}`);
    if (i + 1 < words.length) out.add(`b:${w} ${words[i + 1]}`);
    if (i + 2 < words.length) out.add(`s:${w} _ ${words[i + 2]}`);
    const padded = ` ${w} `;
    if (w.length > 3) for (let j = 0; j + 4 <= padded.length; j++) out.add(`c:${padded.slice(j, j + 4)}`);
  }
  return [...out];
}
