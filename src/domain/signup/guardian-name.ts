// Students often type who their guardian is before the name ("my mom, Maria K"): the letter to the
// guardian should greet Maria, and a field holding only "my mom" greets "parent or guardian".

const WORDS =
  "mom|mommy|mum|mother|mama|dad|daddy|father|papa|step[\\s-]?(?:mom|mum|mother|dad|father)|grand(?:ma|pa|mother|father)|aunt(?:ie)?|uncle|(?:legal\\s+)?guardian|parents?|foster\\s+(?:mom|dad|mother|father|parent)";
/** "ma" and "pa" are also family names ("Ma Li"): a relation only after "my" */
const RELATION = new RegExp(
  `^(?:(?:my|our)\\s+(?:${WORDS}|ma|pa)|${WORDS})\\b[\\s,:;.()–-]*(?:is\\s+|named\\s+|called\\s+)?`,
  "i",
);

/** the name without a leading "my mom," when a name follows it */
export function guardianNameOf(raw: string): string {
  const rest = raw.replace(RELATION, "").trim();
  return rest.length > 0 ? rest.replace(/^[\s,:;.()–-]+|[\s,:;.()–-]+$/g, "") : raw.trim();
}

/** how the letter to the guardian greets them */
export function salutationOf(name: string | null | undefined): string {
  const n = (name ?? "").trim();
  return n.length === 0 || n.replace(RELATION, "").trim().length === 0 ? "parent or guardian" : n;
}
