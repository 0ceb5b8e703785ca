// Text as a teenager types it, folded to one spelling before the crisis lexicon looks at it:
// invisible and look-alike characters gone, lower case, no accents or apostrophes, stretched letters
// shortened ("dieeee"), filter dodges undone ("k!ll", "s.u.i.c.i.d.e", "unal1ve"), and slang and
// common misspellings spelled out ("kms", "sewerslide", "suiside"). The lexicon is written against
// this form only, so each pattern is written once.

/** Format, control and filler characters that hide letters (zero-width joiners, RTL marks, U+3164). */
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/gu;
/** Emoji that stand for a means of harm keep their meaning. */
const MEANING: Record<string, string> = {
  "🔪": " knife ",
  "💊": " pills ",
  "🪢": " rope ",
  "🔫": " gun ",
  "🩸": " blood ",
  "⚰": " coffin ",
  "🪦": " grave ",
};

/** Letter look-alikes used to slip past filters, replaced only between letters ("k!ll", "h@rm"). */
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
  "*": "",
  "/": "",
};

/** Whole-word spellings folded to one form. Order matters: longer phrases first. */
const FOLDS: [RegExp, string][] = [
  // slang and euphemisms for suicide and killing oneself
  [/\bk+ ?m+ ?s+\b/g, "kill myself"],
  [/\bk+ ?y+ ?s+\b/g, "kill yourself"],
  [/\bkermit\b/g, "commit"],
  [/\bsewer ?slide\w*|\bsewerslide\w*|\bsuwu?icide\b|\bsuey?side\b/g, "suicide"],
  [/\bcommit(ting|ted)? (sudoku|toaster bath|die)\b/g, "commit suicide"],
  [/\bself ?(delete|deleting|deletion|destruct|terminate|unalive)\w*/g, "suicide"],
  [/\bun ?aliv(e|ed|es|ing)\b/g, "kill"],
  [/\bgame ?end(ing|ed|s)?\b/g, "kill"],
  [/\bk+i+l+(s|ed|ing|in)?\b/g, "kill$1"],
  [/\bkil(s|ed|ing)\b/g, "kill$1"],
  [/\bkll\b/g, "kill"],
  [/\bkilin\b/g, "killing"],
  [/\bmy ?sel(f|ve)\b|\bmyslef\b|\bmysef\b|\bmyelf\b|\bmeself\b/g, "myself"],
  [/\bur ?self\b|\byour ?self\b|\byoself\b/g, "yourself"],
  // misspellings of suicide: sucide, suiside, suicde, suicid, s*icide, suisidal
  [/\bs[uiy]{1,3}[cs]{1,2}[iy]?d(e|es|ed|al|ally)?\b/g, "suicid$1"],
  [/\bsuicid(?=\b)/g, "suicide"],
  [/\bself[ -]?h(ar|r|a)?m+(ing|ed|s|er)?\b/g, "selfharm$2"],
  [/\bself[ -]?injur\w*/g, "selfharm"],
  [/\bover ?dos(e|ed|es|ing)\b/g, "overdos$1"],
  [/\bover ?does\b/g, "overdosed"],
  [/\bod ?(d|ed|ing)\b/g, "overdosed"],
  // texting shorthand
  [/\bwanna\b/g, "want to"],
  [/\bwana\b/g, "want to"],
  [/\bwan\b/g, "want"],
  [/\bgonna\b|\bgona\b|\bfinna\b/g, "going to"],
  [/\bgotta\b/g, "got to"],
  [/\btryna\b/g, "trying to"],
  [/\bim+a\b(?= \w)/g, "im going to"],
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\br\b/g, "are"],
  [/\b(pls|plz)\b/g, "please"],
  [/\brn\b/g, "right now"],
  [/\bb?c(u|o)z\b|\bcause\b|\bbc\b/g, "because"],
  [
    /\b(think|feel|go|do|try|want|hurt|cutt|kill|plann|noth|someth|cry|sleep|eat|start|talk|stay|hid|lov|liv|dy|leav|say)in\b/g,
    "$1ing",
  ],
  [/\bgf\b/g, "girlfriend"],
  [/\bbf\b/g, "boyfriend"],
  [/\bppl\b/g, "people"],
  [/\bsm\b/g, "so much"],
  [/\bthru\b/g, "through"],
  [/\b(tmrw|tmr|tomorow|tommorow|tomorrw)\b/g, "tomorrow"],
  [/\btonite\b/g, "tonight"],
  [/\bnite\b/g, "night"],
  [/\bsum1\b/g, "someone"],
  [/\bno ?1\b/g, "no one"],
  [/\bno ?body\b|\bno ?one\b|\bnoone\b/g, "nobody"],
  [/\bany ?body\b|\bany ?one\b/g, "anyone"],
  [/\bevery ?one\b|\bevery ?body\b/g, "everyone"],
  [/\bsome ?body\b/g, "someone"],
  [/\bstep ?(dad|mom|father|mother|brother|sister)\b/g, "step$1"],
  [/\bmom'?s boyfriend\b/g, "momsboyfriend"],
  // contractions, with the apostrophes already removed
  [/\bi am\b/g, "im"],
  [/\bi have\b(?! to\b)/g, "ive"],
  [/\bi would\b/g, "id"],
  [/\bi will\b/g, "ill"],
  [/\bdo not\b/g, "dont"],
  [/\bcan ?not\b/g, "cant"],
  [/\bwill not\b/g, "wont"],
  [/\bwould not\b/g, "wouldnt"],
  [/\bis not\b/g, "isnt"],
  [/\bdid not\b/g, "didnt"],
  [/\bwas not\b/g, "wasnt"],
  [/\bwere not\b/g, "werent"],
  [/\bgoing to to\b/g, "going to"],
];

function undoLeet(s: string): string {
  // "k!ll", "unal1ve", "self h@rm", "s*icide": a look-alike with a letter on at least one side,
  // inside a word that also has letters.
  return s.replace(/[a-z][0-9@$!|*/]+[a-z]*|[0-9@$!|*/]+[a-z]+/g, (w) =>
    /[a-z]{2}/.test(w.replace(/[^a-z]/g, "xx")) &&
    !/^\d+(st|nd|rd|th|s|am|pm|mg|k|x|h|hr|hrs|min|mins)$/.test(w)
      ? w.replace(/[0-9@$!|*/]/g, (c) => LEET[c] ?? c)
      : w,
  );
}

/** "s.u.i.c.i.d.e", "K M S", "k-i-l-l": three or more single letters in a row become one word. */
function joinSpelledOut(s: string): string {
  return s.replace(/\b(?:[a-z][ .\-_*]){2,}[a-z]\b/g, (w) => w.replace(/[ .\-_*]/g, ""));
}

export function normalizeForSafety(raw: string): string {
  let s = raw.normalize("NFKC").replace(INVISIBLE, "");
  for (const [emoji, word] of Object.entries(MEANING)) s = s.split(emoji).join(word);
  s = s.replace(EMOJI, " ");
  s = s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"');
  s = joinSpelledOut(s);
  s = undoLeet(s);
  // apostrophes vanish ("i'm" -> "im", "don't" -> "dont"); other punctuation becomes a space
  s = s.replace(/'/g, "").replace(/[^a-z0-9 ]+/g, " ");
  // stretched letters: "dieeee" -> "die", "sooo" -> "so"
  s = s.replace(/([a-z])\1{2,}/g, "$1");
  s = ` ${s.replace(/\s+/g, " ").trim()} `;
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s.replace(/\s+/g, " ").trim();
}
