// What must be handled before any lookup: crisis language first (detect.ts and its lexicon), then
// questions the assistant declines (someone's own health, writing an application for them) and
// attempts to change its rules.
import { crisisSignalOf } from "./detect.ts";

export type Concern = "crisis" | "personal_health" | "write_for_me" | "manipulation";

const SELF =
  /\b(i|i'?m|im|i'?ve|ive|me|my|mine|myself|my\s+(mom|dad|mother|father|sister|brother|friend|grandma|grandpa|grandmother|grandfather|son|daughter|child|baby|aunt|uncle|cousin))\b/;
const HEALTH =
  /\b(symptoms?|sick|pain|aches?|hurts?(?!\s+(?:my|your|our|the|their|his|her)\s+(?:chances?|applications?|apps?|gpa|grades?|odds|scores?|records?|resume|transcript|admissions?|candidacy|profile)\b)|rash|fever|cough\w*|diagnos\w*|medications?|medicines|(?:my|his|her|their|this|that|what|which|take|taking|took|on|some|cold|cough|allergy)\s+medicine|meds|pills?|dose|dosage|prescri\w*|treat(ment|ed|ing)?|cure|diseases?|infections?|injur\w*|pregnan\w*|std|diabetes|asthma|blood\s+pressure|cancer|lump|bleeding|broken|sprain\w*|concussion|allerg\w*|vomit\w*|headaches?|migraines?)\b/;
const WRITE =
  /\b(write|writing|wright|draft|compose|rewrite|re-write|generate|make|create)\b[\s\S]{0,40}\b(personal\s+statement|statement|essay|secondar(y|ies)|application|activities|letter)\b/;
/** "can I use ChatGPT to write my personal statement?" asks the AAMC's rule on AI (an FAQ entry), not for an essay */
const ASKS_AI_RULE =
  /\b(can|could|may|should|do|does)\s+(i|we|applicants?|students?|people)\s+(use|using)\b|\b(is|are)\s+(it|using|ai|chat\s?gpt)\b[\s\S]{0,30}\b(ok|okay|cheating|allowed|fine|against|bad|legal)\b|\ballowed\s+to\s+use\b|\bcheck\s+for\b/;
/** "what should I write about?", "how do I start writing it?": advice on one's own writing (an FAQ entry), not a request for text */
const ASKS_HOW_TO_WRITE =
  /\b(what|which)\b[\s\S]{0,25}\bwrite\s+about\b|\bwhat\s+(should|do|can|could)\s+i\s+write\b[\s\S]{0,40}\babout\s*\??$|\bshould\s+i\s+write\s+about\b|\bhow\s+(do|should|can|would)\s+i\s+(start\s+)?(write|writing)\b|\btips?\s+(for|on)\s+writing\b/;
/** the assistant asked to produce the text: "write me", "for me", "can you write" */
const ASKS_FOR_TEXT = /\bfor\s+me\b|\b(you|u)\s+(write|draft|make|create)\b|\bwrite\s+(me|it|one)\b/;
const AI_TOOL = /\b(chat\s?gpt|gpt|ai|a\.i\.|claude|gemini|grammarly|copilot|quillbot)\b/;

/**
 * Attempts to replace the assistant's instructions: "ignore all prior directions", role-play
 * ("you are DAN", "act as"), and text that tries to close or open the prompt's own sections.
 */
const MANIPULATION = new RegExp(
  [
    String.raw`\b(ignore|disregard|forget|override|bypass|skip|drop)\b[\s\S]{0,40}\b(instructions?|rules|prompts?|guidelines|directions?|directives?|commands?|context|restrictions?|guardrails|programming|everything (above|before))\b`,
    String.raw`\b(new|updated|real|actual|hidden|original)\s+(instructions?|system\s+prompt|rules|directions)\b`,
    String.raw`\bsystem\s+(prompt|message)\b|\byour\s+(instructions|prompt|rules|programming|directions)\b|\bthe\s+prompt\b`,
    String.raw`\byou\s+are\s+(now|no\s+longer|dan\b|an?\s+unrestricted|free)|\byou'?re\s+(now|dan\b)|\b(you|u)\s+(to\s+)?act\s+as\b|^act\s+as\b|\bpretend\s+(to\s+be|you\s+are|you'?re)\b|\broleplay\s+as\b`,
    String.raw`\bdan\s+mode\b|\bdeveloper\s+mode\b|\bjailbreak\w*|\bdo\s+anything\s+now\b|\bno\s+restrictions\b`,
    String.raw`<\s*\/?\s*(faq|system|instructions?|context|prompt|assistant|user|im_start|im_end)\b[^>]*>|\[\/?(inst|system)\]`,
  ].join("|"),
);

export function concernOf(question: string): Concern | null {
  return crisisSignalOf(question) ? "crisis" : declineOf(question);
}

/** A question the assistant declines kindly (after the crisis check has run). */
export function declineOf(question: string): Exclude<Concern, "crisis"> | null {
  const q = question.toLowerCase().replace(/[’`]/g, "'");
  if (MANIPULATION.test(q)) return "manipulation";
  if (
    WRITE.test(q) &&
    !(AI_TOOL.test(q) && ASKS_AI_RULE.test(q)) &&
    !(ASKS_HOW_TO_WRITE.test(q) && !ASKS_FOR_TEXT.test(q))
  )
    return "write_for_me";
  if (SELF.test(q) && HEALTH.test(q)) return "personal_health";
  return null;
}
