// A model's answer is checked before anyone reads it: it must not give medicine amounts, advice
// about the asker's own health, means of harm, or an application essay written for them. Any of
// these and the local answer from the FAQ is shown instead.
import { crisisKindOf } from "./detect.ts";

const DOSE =
  /\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|g\b|grams?|ml|millilit(?:er|re)s?|cc|units?|iu|tablets?|tabs?|pills?|capsules?|caps?|doses?|puffs?)\b|\bevery\s+\d+\s*(?:to\s+\d+\s*)?(?:hours?|hrs?)\b|\b(?:take|taking|give|use)\s+(?:one|two|three|four|\d+|a\s+(?:pill|tablet|dose))\b|\b(?:dose|dosage|maximum daily|max daily)\b/i;
const ADVICE =
  /\byou\s+(?:should|could|can|may|might|need\s+to|ought\s+to)\s+(?:take|try|use|stop\s+taking|start\s+taking|double|increase|lower|skip)\s+(?:some\s+|an?\s+|your\s+)?(?:ibuprofen|acetaminophen|tylenol|advil|aspirin|antibiotics?|medication|medicine|meds|pills?|insulin|an?\s+antihistamine|benadryl|melatonin|supplements?)\b|\byou\s+(?:probably|likely|may|might)\s+have\s+(?:an?\s+)?(?:infection|virus|flu|strep|concussion|fracture|depression|anxiety|adhd|disorder|condition|allergy|\w+itis)\b|\b(?:your\s+symptoms|it\s+sounds\s+like\s+you\s+have)\b/i;
const ESSAY_OPENING =
  /^(?:dear\s+admissions|to\s+whom\s+it\s+may\s+concern|personal\s+statement\s*:|here(?:'s| is)\s+(?:a|your)\s+(?:draft|personal\s+statement|essay))|\b(?:ever\s+since\s+i\s+was|from\s+a\s+young\s+age,?\s+i|i\s+have\s+always\s+(?:wanted|dreamed|known))\b/im;

/** Whether the text reads as an essay in the first person: long, and mostly "I". */
function looksLikeEssay(text: string): boolean {
  if (ESSAY_OPENING.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean);
  const firstPerson = words.filter((w) => /^(?:i|my|me|i'm|i've)$/i.test(w.replace(/[^\w']/g, ""))).length;
  return words.length >= 120 && firstPerson / words.length > 0.06;
}

export type UnsafeOutput = "dose" | "health_advice" | "essay" | "means_of_harm";

export function unsafeOutputOf(answer: string): UnsafeOutput | null {
  if (DOSE.test(answer)) return "dose";
  if (ADVICE.test(answer)) return "health_advice";
  if (looksLikeEssay(answer)) return "essay";
  const kind = crisisKindOf(answer);
  if (kind === "suicide_plan" || kind === "overdose") return "means_of_harm";
  return null;
}
