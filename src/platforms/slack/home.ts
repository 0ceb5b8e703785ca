// The bot's App Home: coordinators see the report's summary; everyone else, how to use the bot.
import type { types } from "@slack/bolt";
import type { Message } from "../../domain/message.ts";
import type { Report } from "../../domain/report/build.ts";
import {
  attentionLines,
  funderLines,
  queueLines,
  rowLine,
  summaryLines,
} from "../../domain/report/render.ts";
import { monthLabel } from "../../domain/time.ts";
import { plain, SLACK_LIMITS, sectionBlocks } from "./format.ts";

export function coordinatorHome(r: Report): types.HomeView {
  const behind = r.rows.filter((x) => x.standing === "behind" || x.standing === "no_hours");
  const blocks: types.KnownBlock[] = [
    { type: "header", text: plain(`Pairs report, ${monthLabel(r.month)}`, SLACK_LIMITS.headerText) },
    ...sectionBlocks([...summaryLines(r), ...attentionLines(r)].join("\n")),
    ...sectionBlocks(funderLines(r).join("\n")),
    { type: "divider" },
    ...sectionBlocks(
      behind.length
        ? `**Behind (${behind.length})**\n${behind
            .slice(0, 15)
            .map((x) => rowLine(x))
            .join("\n")}${behind.length > 15 ? `\n…and ${behind.length - 15} more: /pairings report` : ""}`
        : "**No pair is behind.**",
    ),
    { type: "divider" },
    ...sectionBlocks(queueLines(r).slice(0, 24).join("\n")),
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "Every pair, the season chart and a CSV file: /pairings report (add csv for the file).",
        },
      ],
    },
  ];
  return { type: "home", blocks: blocks.slice(0, SLACK_LIMITS.modalBlocks) };
}

export function memberHome(help: Message): types.HomeView {
  return { type: "home", blocks: sectionBlocks(`**Pre-med mentoring**\n${help.text}`) };
}
