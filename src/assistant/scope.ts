// What the FAQ is about: the path to medical school (MD and DO) and this program. A question about
// another health career's school, its entrance test, or a college entrance test shares most words
// with an entry ("how many shadowing hours for PA school") but its answer is not ours to give.

const OTHER_PATHS: [RegExp, string][] = [
  [/\b(?:dentists?|dental|dentistry|dds|dmd|dat)\b/, "dental school"],
  [/\b(?:pharmacy|pharmacists?|pharmd|pcat|pharmcas)\b/, "pharmacy school"],
  [
    /\b(?:pa (?:school|programs?|students?)|physician assistants?|physician associates?|caspa|pce)\b/,
    "PA school",
  ],
  [
    /\b(?:pt school|physical therap(?:y|ist)|dpt|ptcas|occupational therap(?:y|ist)|ot school)\b/,
    "therapy programs",
  ],
  [/\b(?:vet|veterinar(?:y|ian)|dvm|vmcas)\b/, "veterinary school"],
  [/\b(?:nursing|nurse practitioner|rn program|bsn|nclex|np school)\b/, "nursing school"],
  [/\b(?:optometry|optometrist|oat)\b/, "optometry school"],
  [/\b(?:chiropract(?:ic|or))\b/, "chiropractic school"],
  [/\b(?:law school|lsat|lawyers?|attorneys?)\b/, "law school"],
  [/\bcommon app\b/, "college applications (the Common App)"],
  [/\b(?:gre)\b/, "the GRE"],
  [/\b(?:sat|psat)\b/, "the SAT"],
  [/\bact (?:score|test|exam|prep)s?\b|\bthe act\b(?!\s+(?:of|like))/, "the ACT"],
];

/** Beyond the FAQ even when medical school is named: schools abroad, and what comes after medical school. */
const BEYOND: [RegExp, string][] = [
  [
    /\b(?:canada|canadian|uk|england|britain|ireland|australia|caribbean|ucat|omsas|ucas)\b/,
    "medical schools outside the US",
  ],
  [
    /\b(?:residency|residencies|the match|matched into|usmle|step 1|step one|step 2|comlex)\b/,
    "residency and licensing",
  ],
  // the price of medical school itself, not of applying (AMCAS's and the MCAT's fees are entries)
  // nor Alaska's WWAMI support and paying it back (an entry)
  [
    /^(?![\s\S]*\b(?:owe|pay (?:it |that )?back|payback|loans?|subsidi[sz]ed|support|forgiv\w*|service|fee assistance)\b)(?:[\s\S]*\btuition\b|[\s\S]*\bcost of attendance\b|[\s\S]*\bhow much (?:does|is|will|would) (?:med(?:ical)? school|it|uw med|wwami)(?: \w+)? cost\b(?![\s\S]*\b(?:apply|applying|application|amcas|aacomas|secondar\w*|mcat|interview\w*)\b))/,
    "what medical school itself costs (tuition and living costs)",
  ],
];

/**
 * The medical school path named outright: then another school's words are only context ("I'm
 * choosing between PA school and med school"). The MCAT and AMCAS alone do not count: "what's the
 * MCAT for nursing school" asks about nursing school.
 */
const MEDICAL_PATH = /\b(?:med(?:ical)?[\s-]?school|md|osteopathic|premed|pre[\s-]med|wwami|mentor)\b/;

/** DO and MD compared ("do DOs and MDs match into the same residencies?"): the DO-or-MD entry's ground */
const DO_AND_MD =
  /\b(?:dos|do (?:grads?|graduates?|students?|schools?|doctors?|physicians?)|osteopathic|osteopaths?)\b[\s\S]*\b(?:mds?|allopathic)\b|\b(?:mds?|allopathic)\b[\s\S]*\b(?:dos|osteopathic|osteopaths?)\b/;

/** The other path a question is about, when it is not also about medical school. */
export function otherPathOf(question: string): string | null {
  const q = question.toLowerCase();
  for (const [pattern, name] of BEYOND) if (pattern.test(q) && !DO_AND_MD.test(q)) return name;
  if (MEDICAL_PATH.test(q)) return null;
  for (const [pattern, name] of OTHER_PATHS) if (pattern.test(q)) return name;
  return null;
}
