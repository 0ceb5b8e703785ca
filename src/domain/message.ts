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

export const msg = (text: string, buttons?: Button[]): Message => (buttons ? { text, buttons } : { text });

export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join("\n");
}
