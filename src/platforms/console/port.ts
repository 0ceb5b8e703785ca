// The console's platform port: what would go to Slack or Discord is printed.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Message, renderMarked, unmarked } from "../../domain/message.ts";
import { PLATFORM_FACTS } from "../facts.ts";
import type { PlatformPort } from "../port.ts";

/** Plain text for a terminal: no markdown markers. */
export function renderPlain(m: Message): string {
  let text = renderMarked(m.text, {
    own: (t) =>
      t
        // each marker on its own: a bold span that holds a name is split around it
        .replace(/\*\*/g, "")
        .replace(/(^|\s)_(.+?)_(?=\s|$|[.,;:])/gm, "$1$2")
        .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 ($2)"),
    data: (v) => v,
    code: (v) => v,
  });
  if (m.buttons?.length)
    text += `\n${m.buttons.map((b) => `  [${unmarked(b.label)}] (type: /press ${b.id})`).join("\n")}`;
  for (const a of m.attachments ?? []) text += `\n  (attachment: ${a.filename}, ${a.data.length} bytes)`;
  return text;
}

/** Files (a report's chart, a meeting's invitation) are saved in `dir`: the message without them, and what was saved. */
export function saveAttachments(m: Message, dir: string): { rest: Message; saved: string[] } {
  const { attachments, ...rest } = m;
  if (!attachments?.length) return { rest, saved: [] };
  mkdirSync(dir, { recursive: true });
  const saved = attachments.map((a) => {
    const path = join(dir, a.filename);
    writeFileSync(path, a.data);
    return `(saved ${path}, ${a.data.length} bytes)`;
  });
  return { rest, saved };
}

export function consolePort(print: (text: string) => void, exportDir?: string): PlatformPort {
  const shown = (m: Message) => {
    if (!exportDir) return renderPlain(m);
    const { rest, saved } = saveAttachments(m, exportDir);
    return [renderPlain(rest), ...saved].join("\n");
  };
  // A space's id carries no name (a name can hold a person's first name, and ids outlive erasure).
  const names = new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? id;
  let sent = 0;
  return {
    name: "console",
    facts: PLATFORM_FACTS.console,
    sendDirect: async (userId, m) => {
      print(`--- direct message to ${userId} ---\n${shown(m)}\n---`);
      return { channel: userId, ids: [String(++sent)] };
    },
    // A terminal cannot take back what it printed: the deletion is shown, as on a platform.
    deleteSent: async (ref) => print(`(deleted direct message ${ref.ids.join(", ")} to ${ref.channel})`),
    retireSpace: async (id, name) => {
      print(`(renamed #${nameOf(id)} to #${name})`);
      names.set(id, name);
      print(`(archived #${name})`);
      return { renamed: true };
    },
    mention: (id) => `@${id}`,
    spaceRef: (id, name) => `#${name || nameOf(id)}`,
    // The console's private spaces are simulated: what would be posted there is printed.
    openPrivateSpace: async (name) => {
      const id = `space-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
      names.set(id, name);
      print(`(made the private space #${name})`);
      return { id, name };
    },
    addToSpace: async (id, userId) => print(`(added ${userId} to #${nameOf(id)})`),
    postToSpace: async (id, m) => print(`--- in #${nameOf(id)} ---\n${shown(m)}\n---`),
    archiveSpace: async (id) => print(`(archived #${nameOf(id)})`),
    // A terminal keeps no history to look in: an interrupted send is printed again.
    wasDelivered: async () => null,
  };
}
