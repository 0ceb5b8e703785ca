// Whether a message means someone is in danger. Two readers: the lexicon (phrases and patterns,
// checked on the folded text and on a lightly cleaned copy of what was typed, so a fold can never
// hide a match) and a classifier trained on how young people write (for wordings no phrase
// foresaw). A lexicon match is certain; the classifier alone is a likely danger.
import { classifierSaysCrisis } from "./classifier.ts";
import { type CrisisKind, LEXICON, SAFE_SPANS } from "./lexicon.ts";
import { normalizeForSafety } from "./normalize.ts";

const KINDS = Object.keys(LEXICON) as CrisisKind[];

export interface CrisisSignal {
  kind: CrisisKind | "likely";
  /** the lexicon matched; otherwise only the classifier did */
  certain: boolean;
}

function lightlyCleaned(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\p{Cf}\p{Cc}]/gu, "")
    .toLowerCase()
    .replace(/[‘’ʼ`']/g, "")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function withoutSafeSpans(text: string): string {
  return SAFE_SPANS.reduce((t, re) => t.replace(new RegExp(re.source, "g"), " "), text);
}

/** The kind of danger the lexicon finds, or null. */
export function crisisKindOf(raw: string): CrisisKind | null {
  for (const text of [normalizeForSafety(raw), lightlyCleaned(raw)]) {
    const rest = withoutSafeSpans(text);
    for (const kind of KINDS) if (LEXICON[kind].some((re) => re.test(rest))) return kind;
  }
  return null;
}

export function crisisSignalOf(raw: string): CrisisSignal | null {
  const kind = crisisKindOf(raw);
  if (kind) return { kind, certain: true };
  return classifierSaysCrisis(raw) ? { kind: "likely", certain: false } : null;
}
