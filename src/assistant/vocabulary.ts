// The words students use for the things the FAQ names: abbreviations, slang and synonyms are folded
// into one spelling before the FAQ is searched, on the entries and on the question alike, so
// "orgo", "o-chem" and "organic chemistry" meet, and "a DO" is an osteopathic physician, not a verb.

/** "DO" in capitals, or "do" where only the degree makes sense ("a do", "do schools", "do vs md") */
const DEGREE_DO =
  /\bD\.?O\.?s?\b(?![a-z])|\b(?:a|an|be|become|the|to|as)\s+dos?\b(?=\s*(?:$|[?.!,]|or|vs|and|school|program|degree|doctor|physician|med))|\bdos?(?=\s+(?:schools?|programs?|degrees?|med(?:ical)?\s+schools?|vs\.?|versus|or\s+md|and\s+md|apps?|applications?)\b)|(?<=\bmd\s+(?:or|vs\.?|versus|and)\s+)dos?\b/g;

/** [pattern, replacement]; applied in order, on lower-cased text (the degree "DO" is found before) */
const FOLDS: [RegExp, string][] = [
  [/\bmed(?:ical)?[\s-]?(?:school|schl|skool)s?\b/g, "medical school"],
  [/\bpre[\s-]?meds?\b/g, "premed"],
  [/\b(?:orgo|o[\s-]?chem|organic chem)\b/g, "organic chemistry"],
  [/\bbiochem\b/g, "biochemistry"],
  [/\bchem\b/g, "chemistry"],
  [/\bbio\b/g, "biology"],
  [/\bpsych\b/g, "psychology"],
  [/\bsoc\b/g, "sociology"],
  [/\bcalc\b/g, "calculus"],
  [/\bstats\b/g, "statistics"],
  [/\bp\.?s\.?(?=\s|$|[?.!,])/g, "personal statement"],
  [
    /\b(?:lors?|lor's|recs|rec letters?|recommendation letters?|reference letters?)\b/g,
    "letters of recommendation",
  ],
  [/\b(?:ecs?|extra[\s-]?curriculars?|extracurricular activities)\b/g, "activities"],
  [/\b(?:adcoms?|ad[\s-]?comms?|admissions? committees?)\b/g, "admissions committee"],
  [/\bapps?\b/g, "application"],
  [/\bh\.?s\.?(?=\s|$|[?.!,])/g, "high school"],
  [/\bhighschool\b/g, "high school"],
  [/\buaa\b/g, "university of alaska anchorage"],
  [/\buaf\b/g, "university of alaska fairbanks"],
  [/\buw\b/g, "university of washington"],
  [/\bosteopaths?\b/g, "osteopathic"],
  // "dos" is the degree's plural ("are dos real doctors"), never the verb; "dos and don'ts" aside
  [/\bdos\b(?!\s+(?:and|&)\s+don)/g, "osteopathic"],
  [/\b(?:retook|retak(?:e|es|ing|en))\b/g, "retake"],
  [/\ballopathic\b/g, "md"],
  [/\bm\.d\.?s?\b/g, "md"],
  [/\bmds\b/g, "md"],
  [/\b(?:chat\s?gpt|gpt|claude|gemini|copilot|a\.i\.)\b/g, "ai"],
  [/\b(?:mmis?|multiple mini interviews?)\b/g, "interview"],
  [/\b(?:time off|year off|years off|take a break before)\b/g, "gap year"],
  [/\bgap yr\b/g, "gap year"],
  [/\b(?:mom|mum|dad|mother|father|parents?|guardians?|stepmom|stepdad)\b/g, "parent"],
  [/\b(?:minor|underage|under[\s-]?18|under eighteen)\b/g, "minor"],
  [/\b(?:1[3-7]|thirteen|fourteen|fifteen|sixteen|seventeen)\s*(?:yo|y\/o|years? old)\b/g, "minor"],
  [/\b(?:i'?m|im|i am)\s+(?:only\s+)?(?:1[3-7])\b/g, "i am minor"],
  [/\b(?:docs?|drs?)\b/g, "doctor"],
  [/\bphysicians?\b/g, "doctor"],
  [/\b(?:pay it back|pay back|paying back|payback|repay|repaid|repayment)\b/g, "payback"],
  [/\b(?:costs?|price|prices|pricey|expensive|fees?|how much money)\b/g, "cost"],
  [/\bexams?\b/g, "test"],
  [/\bthru\b/g, "through"],
  [/\b(?:hrs?)\b/g, "hours"],
  [/\b(?:yrs?)\b/g, "years"],
  [/\bvolunteer(?:ing|ed|s)?\b/g, "volunteer"],
  [/\bshadow(?:ing|ed|s)?\b/g, "shadow"],
];

/** A message typed in capitals shouts "WHAT DO I DO": there, "DO" is the verb. */
function shouted(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length > 0 && letters.replace(/[^A-Z]/g, "").length / letters.length > 0.6;
}

export function foldVocabulary(text: string): string {
  let t = text.normalize("NFKC").replace(/[\u2018\u2019]/g, "'");
  t = (shouted(t) ? t.toLowerCase() : t).replace(DEGREE_DO, " osteopathic ").toLowerCase();
  for (const [from, to] of FOLDS) t = t.replace(from, to);
  return t;
}
