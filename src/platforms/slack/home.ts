// The bot's App Home: the core's home (a coordinator's view of the program, or a member's own
// pairs) as a Home tab, one section per paragraph and the buttons in rows of five.
import type { types } from "@slack/bolt";
import type { Message } from "../../domain/message.ts";
import { buttonsBlock, SLACK_LIMITS, sectionBlocks } from "./format.ts";

const PER_ROW = 5;

export function homeView(m: Message): types.HomeView {
  const blocks: types.KnownBlock[] = m.text
    .split(/\n{2,}/)
    .flatMap((paragraph, i) => [
      ...(i > 0 ? [{ type: "divider" } as const] : []),
      ...sectionBlocks(paragraph),
    ]);
  const buttons = m.buttons ?? [];
  for (let i = 0; i < buttons.length; i += PER_ROW) blocks.push(buttonsBlock(buttons.slice(i, i + PER_ROW)));
  return { type: "home", blocks: blocks.slice(0, SLACK_LIMITS.modalBlocks) };
}
