// What the core says, before any platform formats it. Text is a small neutral markdown:
// **bold**, _italic_, "- " bullets, blank lines between paragraphs, [label](https://link).

export interface Button {
  /** routed back to the core as an action; at most 60 characters so platforms can add a prefix */
  id: string;
  label: string;
  style?: "primary" | "danger";
}

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
  title?: string;
}

export interface Message {
  text: string;
  buttons?: Button[];
  attachments?: Attachment[];
  /** platform user ids this message should notify; every other mention stays silent */
  notify?: string[];
}

export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join("\n");
}

// Member-supplied text (a name, a note, a school, a guardian's contact) is data: it is marked where
// a message is written, and each platform shows the marked part as text only, never as a link, a
// mention or formatting. The marks are private-use characters that a platform never shows.
const DATA_OPEN = "\uE000";
const DATA_CLOSE = "\uE001";
const CODE_OPEN = "\uE002";
const CODE_CLOSE = "\uE003";
const TIME_OPEN = "\uE004";
const TIME_CLOSE = "\uE005";
const MARKS = /[\uE000-\uE005]/g;

/** Marks member-supplied text: shown as typed, never as a link, mention or format. */
export function data(value: string | null | undefined): string {
  return `${DATA_OPEN}${(value ?? "").replace(MARKS, "")}${DATA_CLOSE}`;
}

/** Marks member-supplied text to show in a code font (e-mail addresses and phones: copied, not followed). */
export function dataCode(value: string | null | undefined): string {
  return `${CODE_OPEN}${(value ?? "").replace(MARKS, "")}${CODE_CLOSE}`;
}

/**
 * A moment in time, shown in each reader's own time zone where the platform can (Slack's and
 * Discord's timestamps), else as `fallback` (written in the program's time zone).
 */
export function moment(at: Date, fallback: string): string {
  return `${TIME_OPEN}${Math.floor(at.getTime() / 1000)}|${fallback.replace(MARKS, "")}${TIME_CLOSE}`;
}

export interface DataRenderer {
  /** the bot's own neutral markdown, between marked parts */
  own(text: string): string;
  data(value: string): string;
  code(value: string): string;
  /** a moment (seconds since 1970) as the platform shows times; without it, the fallback text */
  time?(unixSeconds: number, fallback: string): string;
}

/** "Logged 1 hour with Dani R.." : a name that ends a sentence with its own full stop keeps only one */
const oneFullStop = (text: string) => text.replace(/\.\uE001\.(?!\.)/g, ".\uE001");

/** Renders a text with marked parts for one surface. */
export function renderMarked(marked: string, r: DataRenderer): string {
  const text = oneFullStop(marked);
  let out = "";
  const re =
    /\uE000([^\uE000-\uE005]*)\uE001|\uE002([^\uE000-\uE005]*)\uE003|\uE004(\d+)\|([^\uE000-\uE005]*)\uE005/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += r.own(text.slice(last, m.index));
    if (m[1] !== undefined) out += r.data(m[1]);
    else if (m[2] !== undefined) out += r.code(m[2]);
    else out += r.time ? r.time(Number(m[3]), m[4] ?? "") : r.own(m[4] ?? "");
    last = re.lastIndex;
  }
  return out + r.own(text.slice(last).replace(MARKS, ""));
}

/** The text with its marks taken off (for plain surfaces: button labels, the console, logs). */
export function unmarked(text: string): string {
  return oneFullStop(text)
    .replace(/\uE004\d+\|/g, "")
    .replace(MARKS, "");
}
