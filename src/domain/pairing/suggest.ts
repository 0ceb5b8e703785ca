// Ranks mentors for a student: the stage they accept and capacity left decide who can be asked;
// region and what the student wants help with decide the order. Each suggestion says why.
import { INTERESTS, labelOf, levelOfStage, REGIONS } from "../choices.ts";
import type { Member } from "../members.ts";
import { data } from "../message.ts";

export interface Candidate {
  mentor: Member;
  openPairings: number;
  agreementCurrent: boolean;
}

export interface Suggestion {
  mentor: Member;
  score: number;
  capacityLeft: number;
  reasons: string[];
}

const APPLYING = ["med_school_apps", "mcat", "personal_statement", "mock_interviews"];
const PRACTICE = ["physician_life", "shadowing"];
const inAlaska = (region: string | undefined) => !!region && !region.startsWith("outside");

export function suggestMentors(
  mentee: Member,
  candidates: Candidate[],
  limit = 5,
): { suggestions: Suggestion[]; excluded: string[] } {
  const s = mentee.mentee;
  const level = levelOfStage(s?.stage ?? "college");
  const interests = s?.interests ?? [];
  const excluded: string[] = [];
  const suggestions: Suggestion[] = [];
  for (const c of candidates) {
    const m = c.mentor.mentor;
    if (!m) continue;
    const capacityLeft = m.capacity - c.openPairings;
    if (m.accepts !== "either" && m.accepts !== level) {
      excluded.push(
        `${data(c.mentor.name)}: mentors ${m.accepts === "high_school" ? "high-school" : "college"} students only`,
      );
      continue;
    }
    if (capacityLeft <= 0) {
      excluded.push(`${data(c.mentor.name)}: no places left (${c.openPairings} of ${m.capacity})`);
      continue;
    }
    if (!c.agreementCurrent) {
      excluded.push(`${data(c.mentor.name)}: must accept the current agreement first`);
      continue;
    }
    let score = 0;
    const reasons: string[] = [];
    if (s?.region && s.region === m.region) {
      score += 3;
      reasons.push(`same region (${labelOf(REGIONS, m.region)})`);
    } else if (inAlaska(m.region)) {
      score += 1;
      reasons.push(`in Alaska (${labelOf(REGIONS, m.region)})`);
    }
    const applying = interests.filter((i) => APPLYING.includes(i));
    const practice = interests.filter((i) => PRACTICE.includes(i));
    if (applying.length && (m.role === "med_student" || m.role === "resident")) {
      score += 2;
      reasons.push(
        `applied to medical school recently; ${data(mentee.name)} wants help with ${applying.map((i) => labelOf(INTERESTS, i).toLowerCase()).join(", ")}`,
      );
    }
    if (practice.length && (m.role === "attending" || m.role === "resident")) {
      score += 2;
      reasons.push(
        `practicing physician; ${data(mentee.name)} wants ${practice.map((i) => labelOf(INTERESTS, i).toLowerCase()).join(", ")}`,
      );
    }
    if (m.accepts === level) {
      score += 1;
      reasons.push(`chose to mentor ${level === "high_school" ? "high-school" : "college"} students`);
    }
    score += Math.min(capacityLeft, 3) * 0.5;
    reasons.push(`${capacityLeft} of ${m.capacity} place${m.capacity === 1 ? "" : "s"} free`);
    suggestions.push({ mentor: c.mentor, score, capacityLeft, reasons });
  }
  suggestions.sort(
    (a, b) =>
      b.score - a.score || b.capacityLeft - a.capacityLeft || a.mentor.name.localeCompare(b.mentor.name),
  );
  return { suggestions: suggestions.slice(0, limit), excluded };
}
