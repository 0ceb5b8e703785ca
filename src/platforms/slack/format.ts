// Neutral markdown to Slack mrkdwn and Block Kit, within Slack's limits.
import type { Button, Message } from "../../domain/message.ts";
import { splitText } from "../../domain/text.ts";

/** Slack action ids of the core's buttons carry this prefix; the modal's own inputs use "value". */
export const ACTION_PREFIX = "a:";

export const SLACK_LIMITS = {
  sectionText: 3000,
  messageBlocks: 50,
  modalBlocks: 100,
  modalTitle: 24,
  headerText: 150,
  optionText: 75,
  placeholder: 150,
} as const;

/** Escapes Slack's control characters, then turns **bold** and [label](url) into mrkdwn. */
export function toMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\*\*(.+?)\*\*/g, "*$1*")
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, "<$2|$1>")
    .replace(/^- /gm, "• ");
}

export function plain(text: string, max = 2000): { type: "plain_text"; text: string; emoji: boolean } {
  return { type: "plain_text", text: text.length > max ? `${text.slice(0, max - 1)}…` : text, emoji: true };
}

export function sectionBlocks(text: string): Record<string, unknown>[] {
  return splitText(toMrkdwn(text), SLACK_LIMITS.sectionText).map((t) => ({
    type: "section",
    text: { type: "mrkdwn", text: t },
  }));
}

export function buttonsBlock(buttons: Button[]): Record<string, unknown> {
  return {
    type: "actions",
    elements: buttons.map((b) => ({
      type: "button",
      action_id: `${ACTION_PREFIX}${b.id}`,
      text: plain(b.label, 75),
      value: b.id,
      ...(b.style ? { style: b.style } : {}),
    })),
  };
}

export function messageBlocks(m: Message): { text: string; blocks: Record<string, unknown>[] } {
  const blocks = sectionBlocks(m.text);
  if (m.buttons?.length) blocks.push(buttonsBlock(m.buttons));
  // The plain `text` is the notification and screen-reader fallback.
  return {
    text: m.text.replace(/\*\*/g, "").slice(0, 3000),
    blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks),
  };
}
