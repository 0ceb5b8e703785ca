// Neutral markdown to Slack mrkdwn and Block Kit, within Slack's limits.
import type { types } from "@slack/bolt";
import { type Button, type Message, renderMarked, unmarked } from "../../domain/message.ts";
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

const escapeEntities = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const ZWSP = "\u200b";

/**
 * Member text for mrkdwn: Slack's control characters as entities (so "<!channel>" and "<url|label>"
 * are text), formatting marks made inert by zero-width spaces around them (Slack only formats at a
 * word boundary), and nothing that Slack would turn into a link (a scheme, "www.", a domain).
 */
export function slackData(value: string): string {
  return escapeEntities(value)
    .replace(/([*_~`|])/g, `${ZWSP}$1${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\.(?=[\p{L}\p{N}])/gu, `.${ZWSP}`)
    .replace(/@/g, `@${ZWSP}`);
}

/** Escapes Slack's control characters, then turns **bold** and [label](url) into mrkdwn; member text stays text. */
export function toMrkdwn(text: string): string {
  return renderMarked(text, {
    own: (t) =>
      escapeEntities(t)
        // each marker on its own: a bold span that holds a name is split around it
        .replace(/\*\*/g, "*")
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, "<$2|$1>")
        .replace(/^- /gm, "• "),
    data: slackData,
    code: (v) => `\`${escapeEntities(v).replace(/`/g, "'")}\``,
    // Slack shows it in the reader's own time zone; the fallback is for clients that cannot
    time: (unix, fallback) => `<!date^${unix}^{date_long_pretty} at {time}|${escapeEntities(fallback)}>`,
  });
}

export function plain(text: string, max = 2000): { type: "plain_text"; text: string; emoji: boolean } {
  return { type: "plain_text", text: text.length > max ? `${text.slice(0, max - 1)}…` : text, emoji: true };
}

export function sectionBlocks(text: string): types.SectionBlock[] {
  return splitText(toMrkdwn(text), SLACK_LIMITS.sectionText).map((t) => ({
    type: "section",
    text: { type: "mrkdwn", text: t },
  }));
}

export function buttonsBlock(buttons: Button[]): types.ActionsBlock {
  return {
    type: "actions",
    elements: buttons.map((b) => ({
      type: "button",
      action_id: `${ACTION_PREFIX}${b.id}`,
      text: plain(unmarked(b.label), 75),
      value: b.id,
      ...(b.style ? { style: b.style } : {}),
    })),
  };
}

export function messageBlocks(m: Message): { text: string; blocks: types.KnownBlock[] } {
  const blocks: types.KnownBlock[] = sectionBlocks(m.text);
  if (m.buttons?.length) blocks.push(buttonsBlock(m.buttons));
  // The plain `text` is the notification and screen-reader fallback: Slack reads it as mrkdwn too, so
  // it is escaped the same way.
  return {
    text: toMrkdwn(m.text)
      .replace(/\*(\S[^*]*?)\*/g, "$1")
      .slice(0, 3000),
    blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks),
  };
}
