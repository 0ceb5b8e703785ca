// Spanish as parents and students mix it into English ("1 hora ayer", "hora y media el lunes",
// "hace 3 días"), folded to the English the readers know, so a Spanish day is never passed over
// as part of a note. Only words that are not also English words, or only in these phrases.

const NUMBERS: [string, string][] = [
  ["una|uno|un", "1"],
  ["dos", "2"],
  ["tres", "3"],
  ["cuatro", "4"],
  ["cinco", "5"],
  ["seis", "6"],
  ["siete", "7"],
  ["ocho", "8"],
  ["nueve", "9"],
  ["diez", "10"],
  ["quince", "15"],
  ["veinte", "20"],
  ["treinta", "30"],
  ["cuarenta", "40"],
  ["cuarenta y cinco", "45"],
];

const WEEKDAYS: [string, string][] = [
  ["lunes", "monday"],
  ["martes", "tuesday"],
  ["mi[eé]rcoles", "wednesday"],
  ["jueves", "thursday"],
  ["viernes", "friday"],
  ["s[aá]bado", "saturday"],
  ["domingo", "sunday"],
];
const WEEKDAY = WEEKDAYS.map(([es]) => es).join("|");
const english = (day: string) =>
  WEEKDAYS.find(([es]) => new RegExp(`^(?:${es})$`, "i").test(day))?.[1] ?? day;

const PHRASES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\b(?:una )?hora y media\b/gi, "an hour and a half"],
  [/\bmedia hora\b/gi, "half an hour"],
  [/\b(?:y )?(?:un )?cuarto de hora\b/gi, "15 minutes"],
  [new RegExp(`\\bel (${WEEKDAY}) pasado\\b`, "gi"), (_m, d) => `last ${english(d as string)}`],
  [new RegExp(`\\b(?:el )?(${WEEKDAY})\\b`, "gi"), (_m, d) => english(d as string)],
  [/\bla semana pasada\b/gi, "last week"],
  [/\bel mes pasado\b/gi, "last month"],
  [
    /\bhace (\d+|un|una|dos|tres|cuatro|cinco) d[ií]as?\b/gi,
    (_m, n) => `${spanishNumber(n as string)} days ago`,
  ],
  [/\bhace (\d+|un|una|dos|tres) semanas?\b/gi, (_m, n) => `${spanishNumber(n as string)} weeks ago`],
  [/\bantier\b|\banteayer\b/gi, "day before yesterday"],
  [/\bayer\b/gi, "yesterday"],
  [/\banoche\b/gi, "last night"],
  [/\bhoy\b/gi, "today"],
  [/\besta ma[nñ]ana\b/gi, "this morning"],
  [/\besta tarde\b/gi, "this afternoon"],
  [/\besta noche\b/gi, "tonight"],
  [/\bpasado ma[nñ]ana\b/gi, "day after tomorrow"],
  [/\bma[nñ]ana\b/gi, "tomorrow"],
  [/\b(?:como|unas?|aproximadamente|casi|m[aá]s o menos)\b(?= (?:\d|una|un|dos|tres|media|hora))/gi, "about"],
  [/\bhoras?\b/gi, "hours"],
  [/\bminutos?\b/gi, "minutes"],
];

function spanishNumber(word: string): string {
  const hit = NUMBERS.find(([es]) => new RegExp(`^(?:${es})$`, "i").test(word));
  return hit ? hit[1] : word;
}

export function foldSpanish(text: string): string {
  let s = text;
  // numbers only before a Spanish unit: "dos horas", "cuarenta y cinco minutos"
  for (const [es, n] of [...NUMBERS].reverse())
    s = s.replace(new RegExp(`\\b(?:${es})\\b(?= (?:horas?|minutos?)\\b)`, "gi"), n);
  s = s.replace(/\b(\d+) horas? y (\d+) minutos?\b/gi, "$1 hours $2 minutes");
  for (const [re, to] of PHRASES) s = s.replace(re, to as never);
  return s;
}
