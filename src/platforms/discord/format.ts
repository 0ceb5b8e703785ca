// Neutral markdown to Discord messages, within Discord's limits.

import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from "discord.js";
import type { Agreement } from "../../domain/agreement.ts";
import { chunkAgreement } from "../../domain/agreement.ts";
import { type Button, type Message, renderMarked, unmarked } from "../../domain/message.ts";
import { splitText } from "../../domain/text.ts";

export const DISCORD_LIMITS = {
  content: 2000,
  embedDescription: 4096,
  embedsTotal: 6000,
  embedsPerMessage: 10,
  modalTextInputs: 5,
  modalTitle: 45,
  textInputLabel: 45,
  placeholder: 100,
  selectOptions: 25,
  buttonLabel: 80,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
} as const;

export const ACTION_PREFIX = "a:";

/** A row of buttons or one select menu, as Discord's API types it. */
export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function buttonRows(buttons: Button[], prefix = ACTION_PREFIX): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length && rows.length < DISCORD_LIMITS.rows; i += DISCORD_LIMITS.buttonsPerRow)
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        custom_id: clip(`${prefix}${b.id}`, DISCORD_LIMITS.customId),
        label: clip(unmarked(b.label), DISCORD_LIMITS.buttonLabel),
        style:
          b.style === "danger"
            ? ButtonStyle.Danger
            : b.style === "primary"
              ? ButtonStyle.Primary
              : ButtonStyle.Secondary,
      })),
    });
  return rows;
}

/**
 * Member text for Discord: markdown escaped (discord.js' escapeMarkdown, then the brackets and angle
 * brackets it leaves, so no masked link or mention forms), and no scheme Discord would link.
 */
export function discordData(value: string): string {
  return escapeMarkdown(value)
    .replace(/([[\]()<>])/g, "\\$1")
    .replace(/:\/\//g, ":\u200b//")
    .replace(/\.(?=[\p{L}\p{N}])/gu, ".\u200b")
    .replace(/@/g, "@\u200b");
}

/** Neutral markdown for Discord: the bot's own text as it is (Discord reads the same markdown), member text escaped. */
export function toDiscordText(text: string): string {
  return renderMarked(text, {
    own: (t) => t,
    data: discordData,
    code: (v) => `\`${v.replace(/`/g, "'")}\``,
    // Discord shows it in the reader's own time zone, with how far off it is
    time: (unix) => `<t:${unix}:F> (<t:${unix}:R>)`,
  });
}

/** A core message as one or more Discord messages: text split at 2,000 characters, buttons on the last. */
export function toDiscordMessages(
  m: Message,
): { content: string; components: Row[]; files?: { attachment: Buffer; name: string }[] }[] {
  const parts = splitText(toDiscordText(m.text), DISCORD_LIMITS.content);
  if (parts.length === 0) parts.push("\u200b");
  return parts.map((content, i) => {
    const last = i === parts.length - 1;
    return {
      content,
      components: last && m.buttons?.length ? buttonRows(m.buttons) : [],
      ...(last && m.attachments?.length
        ? { files: m.attachments.map((a) => ({ attachment: a.data, name: a.filename })) }
        : {}),
    };
  });
}

export interface Embed {
  title?: string;
  description: string;
  color?: number;
}

/** The agreement as messages of embeds: each embed within 4,096 characters, each message within 6,000 and 10 embeds. */
export function agreementMessages(a: Agreement): Embed[][] {
  const title = `${a.title} (${a.version})`;
  const chunks = chunkAgreement(a, DISCORD_LIMITS.embedDescription, (s) =>
    s.heading ? `**${s.heading}**\n${s.body}` : s.body,
  );
  const messages: Embed[][] = [];
  let current: Embed[] = [];
  let size = 0;
  chunks.forEach((description, i) => {
    const embed: Embed = { ...(i === 0 ? { title } : {}), description, color: 0x1d4e89 };
    const len = description.length + (embed.title?.length ?? 0);
    if (
      current.length > 0 &&
      (size + len > DISCORD_LIMITS.embedsTotal || current.length >= DISCORD_LIMITS.embedsPerMessage)
    ) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += len;
  });
  if (current.length) messages.push(current);
  return messages;
}
