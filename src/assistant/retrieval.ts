// Local retrieval over the FAQ with MiniSearch (a well-kept full-text library with BM25 scores,
// fuzzy and prefix matching). An answer is given only on a confident match.
import MiniSearch from "minisearch";
import type { FaqEntry } from "./knowledge.ts";

const STOP = new Set(
  "a an and are as at be can could did do does for from get got have how i if in into is it its me my of on or our should so than that the their them then there these they this to was we what when where which who why will with would you your im ive id about any like just really also very know want make".split(
    " ",
  ),
);

/** Lower case, no stop words, a light stemmer: "schools", "schooling" and "school" meet. */
export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOP.has(t))
    .map(stem);
}

function stem(t: string): string {
  if (t.length > 5 && t.endsWith("ing")) return t.slice(0, -3);
  if (t.length > 4 && t.endsWith("ies")) return `${t.slice(0, -3)}y`;
  if (t.length > 4 && t.endsWith("es") && /(ches|shes|sses|xes)$/.test(t)) return t.slice(0, -2);
  if (t.length > 3 && t.endsWith("s") && !t.endsWith("ss")) return t.slice(0, -1);
  if (t.length > 5 && t.endsWith("ed")) return t.slice(0, -2);
  return t;
}

/** Every word, stop words too: "what is the MCAT?" and "how should I prepare for the MCAT?" differ only in those. */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/**
 * Among the best few hits, the one whose title asks the question the way it was asked comes first;
 * the raw score still decides whether any answer is confident enough.
 */
const RERANKED = 3;

export interface Hit {
  entry: FaqEntry;
  score: number;
  /** the share of the question the entry matched, each term weighted by how rare it is in the FAQ */
  coverage: number;
}

/**
 * How sure the best hit must be to be given as an answer: it matches a good share of the question (words
 * weighted by rarity), and strongly. Tuned on test/assistant/question-sets.ts, where every paraphrased question
 * clears it and no out-of-scope one does.
 */
export const CONFIDENCE = { minCoverage: 0.3, minScorePerTerm: 15 } as const;

export class FaqIndex {
  private readonly search: MiniSearch<FaqEntry>;
  private readonly byId: Map<string, FaqEntry>;
  /** in how many entries each term appears */
  private readonly df = new Map<string, number>();

  constructor(readonly entries: FaqEntry[]) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries)
      for (const t of new Set(terms(`${e.title} ${e.keywords} ${e.body}`)))
        this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.search = new MiniSearch<FaqEntry>({
      fields: ["title", "keywords", "body"],
      idField: "id",
      tokenize: (text) => text.split(/\s+/),
      processTerm: (term) => terms(term)[0] ?? null,
      searchOptions: {
        boost: { title: 3, keywords: 2.5, body: 1 },
        fuzzy: 0.15,
        prefix: (t) => t.length > 4,
        combineWith: "OR",
      },
    });
    this.search.addAll(entries);
  }

  get(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** A word the FAQ never uses weighs most: a question about "pizza" is not about the MCAT fee. */
  private weight(term: string): number {
    return Math.log((this.entries.length + 1) / ((this.df.get(term) ?? 0) + 0.5));
  }

  find(question: string, limit = 3): Hit[] {
    const qTerms = [...new Set(terms(question))];
    const total = qTerms.reduce((n, t) => n + this.weight(t), 0) || 1;
    const asked = words(question);
    return this.search
      .search(question)
      .slice(0, limit + RERANKED)
      .map((r) => {
        const entry = this.byId.get(String(r.id)) as FaqEntry;
        const matched = new Set(r.queryTerms.flatMap((t) => terms(t)));
        const covered = qTerms.filter((t) => matched.has(t)).reduce((n, t) => n + this.weight(t), 0);
        const title = words(entry.title);
        const same = asked.size ? [...asked].filter((w) => title.has(w)).length / asked.size : 0;
        return { hit: { entry, score: r.score, coverage: covered / total }, rank: r.score * (1 + same) };
      })
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit)
      .map((x) => x.hit);
  }

  /** The best entry if it is a confident match, otherwise null: never a guess. */
  confident(question: string): Hit | null {
    const [best] = this.find(question, 1);
    if (!best) return null;
    const n = Math.max(1, terms(question).length);
    return best.coverage >= CONFIDENCE.minCoverage && best.score / n >= CONFIDENCE.minScorePerTerm
      ? best
      : null;
  }
}
