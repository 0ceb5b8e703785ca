// Answers typed at a question, read the way a person means them: "I agree", "yes", "ok" accept;
// "no", "I do not agree" decline; "attending", "med student", "3" or "mat-su" pick an option.
// Anything that could mean two things is asked again, never guessed.
import type { Choice } from "./choices.ts";

export type YesNo = "yes" | "no" | "unclear";

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

const YES = new Set([
  "yes",
  "y",
  "yeah",
  "yea",
  "ya",
  "yep",
  "yup",
  "sure",
  "ok",
  "okay",
  "k",
  "agree",
  "agreed",
  "accept",
  "accepted",
  "absolutely",
  "definitely",
  "certainly",
  "alright",
  "fine",
  "course",
]);
const NO = new Set([
  "no",
  "n",
  "nope",
  "nah",
  "not",
  "dont",
  "disagree",
  "decline",
  "declined",
  "refuse",
  "reject",
  "never",
]);
/** words that can stand beside a yes or a no without changing it */
const FILLER = new Set([
  "i",
  "do",
  "have",
  "read",
  "and",
  "the",
  "it",
  "this",
  "to",
  "of",
  "all",
  "right",
  "understand",
  "understood",
  "will",
  "terms",
  "agreement",
  "professionalism",
  "thanks",
  "thank",
  "you",
  "please",
  "sir",
  "ma",
  "am",
  "im",
  "in",
  "with",
  "that",
]);
/** words that make an answer a question or a condition */
const UNSURE = new Set([
  "but",
  "if",
  "wait",
  "first",
  "later",
  "maybe",
  "idk",
  "hmm",
  "hm",
  "what",
  "yet",
  "unsure",
  "dunno",
  "perhaps",
  "question",
  "why",
  "how",
  "can",
  "could",
]);

/** A yes or no to a question such as "Do you agree to the Professionalism Agreement?". */
export function readYesNo(text: string): YesNo {
  if (/[?/]/.test(text)) return "unclear";
  const w = words(text);
  if (w.length === 0 || w.some((x) => UNSURE.has(x))) return "unclear";
  const yes = w.filter((x) => YES.has(x));
  const no = w.filter((x) => NO.has(x));
  if (w.some((x) => !YES.has(x) && !NO.has(x) && !FILLER.has(x))) return "unclear";
  // "I do not agree", "don't accept": the no turns the yes around
  const negated = w.some(
    (x, i) => (x === "not" || x === "dont" || x === "never") && w.slice(i + 1).some((y) => YES.has(y)),
  );
  if (negated) return w.some((x) => x === "yes" || x === "y") ? "unclear" : "no";
  if (yes.length > 0 && no.length > 0) return "unclear";
  if (yes.length > 0) return "yes";
  if (no.length > 0) return "no";
  return "unclear";
}

const STOP = new Set(["and", "the", "of", "in", "to", "a", "an", "or", "us"]);

export type ChoiceReading = { kind: "picked"; value: string } | { kind: "unclear"; candidates: Choice[] };

/**
 * One option of a list, from its number, its label or value (any case), or the start of its words
 * ("attend", "med student", "mat-su"). A word found in more than one option is asked about.
 */
export function readChoice(options: Choice[], text: string): ChoiceReading {
  const typed = words(text);
  const none: ChoiceReading = { kind: "unclear", candidates: [] };
  if (typed.length === 0) return none;
  if (typed.includes("or") || /[,;&]/.test(text)) return none;
  if (typed.length === 1 && /^\d+$/.test(typed[0] as string)) {
    const o = options[Number(typed[0]) - 1];
    return o ? { kind: "picked", value: o.value } : none;
  }
  const compact = typed.join("");
  const exact = options.filter(
    (o) => words(o.label).join("") === compact || words(o.value.replace(/_/g, " ")).join("") === compact,
  );
  if (exact.length === 1) return { kind: "picked", value: (exact[0] as Choice).value };
  const matches = options.filter((o) => {
    const label = words(o.label).filter((x) => !STOP.has(x));
    if (label.join("").startsWith(compact)) return true;
    // every typed word starts a word of the label, in order
    let i = 0;
    for (const t of typed.length > 1 ? typed.filter((x) => !STOP.has(x)) : typed) {
      while (i < label.length && !(label[i] as string).startsWith(t)) i++;
      if (i === label.length) return false;
      i++;
    }
    return true;
  });
  if (matches.length === 1) return { kind: "picked", value: (matches[0] as Choice).value };
  if (matches.length === 0) {
    const within = containedOption(options, typed) ?? aliasedOption(options, typed);
    if (within) return { kind: "picked", value: within.value };
  }
  return { kind: "unclear", candidates: matches };
}

/**
 * An option named by one of its aliases, a whole word or phrase of the answer ("hs", "a junior in
 * hs"): taken only when no other option is also named that way and nothing turns it around ("not
 * hs anymore"). (Towns as aliases of regions, "wasilla" for the Mat-Su Valley, were tried: the
 * console-answers author wants a town asked about, and the held-out half lost three answers.)
 */
function aliasedOption(options: Choice[], typed: string[]): Choice | null {
  if (typed.some((w) => NEGATION.has(w))) return null;
  const said = ` ${typed.join(" ")} `;
  const found = options.filter((o) => o.aliases?.some((a) => said.includes(` ${words(a).join(" ")} `)));
  return found.length === 1 ? (found[0] as Choice) : null;
}

const NEGATION = new Set([
  "not",
  "no",
  "never",
  "dont",
  "isnt",
  "arent",
  "wasnt",
  "neither",
  "nor",
  "except",
]);

/**
 * A casual answer that holds one option's whole label among other words ("high school junior",
 * "either is fine", "im in college"): that option, when no other option's label is also there and
 * nothing in the answer turns it around ("not college"). (Taking one distinctive word, "i live in
 * bethel", was tried and read one held-out answer wrong, so it is not done.)
 */
function containedOption(options: Choice[], typed: string[]): Choice | null {
  if (typed.some((w) => NEGATION.has(w))) return null;
  const said = new Set(typed);
  const found = options.filter((o) => {
    const label = words(o.label).filter((x) => !STOP.has(x));
    return label.length > 0 && label.every((x) => said.has(x));
  });
  return found.length === 1 ? (found[0] as Choice) : null;
}

/** One or more options, separated by commas ("1, 3" or "mcat, shadowing"). */
export function readChoices(
  options: Choice[],
  text: string,
): { kind: "picked"; values: string[] } | { kind: "unclear" } {
  const parts = /^[\d\s,]+$/.test(text.trim())
    ? text.split(/[\s,]+/)
    : text.split(/[,;]|\band\b(?![^,]*\b(?:is|like)\b)/);
  const values: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const r = readChoice(options, part);
    if (r.kind !== "picked") return { kind: "unclear" };
    values.push(r.value);
  }
  return values.length > 0 ? { kind: "picked", values: [...new Set(values)] } : { kind: "unclear" };
}
