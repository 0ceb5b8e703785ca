// What must be handled before any lookup: crisis language first, then questions the assistant
// declines (someone's own health, writing an application for them) and attempts to change its rules.
export type Concern = "crisis" | "personal_health" | "write_for_me" | "manipulation";

const CRISIS = [
  /\bsuicid\w*/,
  /\bkill(ing)?\s+(my\s*self|myself)\b/,
  /\bend(ing|ed|s)?\s+(my\s+life|it\s+all|things)\b/,
  /\btake\s+my\s+(own\s+)?life\b/,
  /\b(want|wanted|wanna|going)\s+to\s+die\b|\bwanna\s+die\b/,
  /\bdon'?t\s+want\s+to\s+(live|be\s+alive|be\s+here|wake\s+up)\b/,
  /\bbetter\s+off\s+dead\b|\bno\s+reason\s+to\s+live\b|\bcan'?t\s+go\s+on\b|\bno\s+way\s+out\b|\bhopeless\b/,
  /\bself[-\s]?harm\w*|\bhurt(ing)?\s+my\s*self\b|\bcut(ting)?\s+my\s*self\b|\boverdos\w*/,
  /\babus(e|ed|es|ing|ive|er)\b|\bmolest\w*|\brap(e|ed|ing)\b|\bsexual(ly)?\s+assault\w*/,
  /\b(hits?|beats?|hurts?|hurting|chok\w+|touch(es|ed)?)\s+me\b/,
  /\b(not|don'?t\s+feel|never\s+feel)\s+safe\b|\bunsafe\b|\bin\s+danger\b|\bafraid\s+to\s+go\s+home\b/,
  /\bthreaten\w*\s+(me|to\s+(hurt|kill))\b|\bkick(ed)?\s+me\s+out\b|\bnowhere\s+(safe\s+)?to\s+(go|sleep|stay)\b/,
];

const SELF =
  /\b(i|i'?m|im|i'?ve|ive|me|my|mine|myself|my\s+(mom|dad|mother|father|sister|brother|friend|grandma|grandpa|grandmother|grandfather|son|daughter|child|baby|aunt|uncle|cousin))\b/;
const HEALTH =
  /\b(symptoms?|sick|pain|aches?|hurts?|rash|fever|cough\w*|diagnos\w*|medications?|medicines?|meds|pills?|dose|dosage|prescri\w*|treat(ment|ed|ing)?|cure|diseases?|infections?|injur\w*|pregnan\w*|std|diabetes|asthma|blood\s+pressure|cancer|lump|bleeding|broken|sprain\w*|concussion|allerg\w*|vomit\w*|headaches?|migraines?)\b/;
const WRITE =
  /\b(write|writing|wright|draft|compose|rewrite|re-write|generate|make|create)\b[\s\S]{0,40}\b(personal\s+statement|statement|essay|secondar(y|ies)|application|activities|letter)\b/;
const MANIPULATION =
  /\b(ignore|disregard|forget|override)\b[\s\S]{0,30}\b(instructions?|rules|prompt|guidelines)\b|\bsystem\s+prompt\b|\byour\s+(instructions|prompt|rules|programming)\b|\bthe\s+prompt\b|\byou\s+are\s+now\b|\bact\s+as\b|\bpretend\s+(to\s+be|you\s+are)\b|\bdeveloper\s+mode\b|\bjailbreak\b|\bdo\s+anything\s+now\b/;

export function concernOf(question: string): Concern | null {
  const q = question.toLowerCase().replace(/[’`]/g, "'");
  if (CRISIS.some((re) => re.test(q))) return "crisis";
  if (MANIPULATION.test(q)) return "manipulation";
  if (WRITE.test(q)) return "write_for_me";
  if (SELF.test(q) && HEALTH.test(q)) return "personal_health";
  return null;
}
