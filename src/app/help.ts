import { commands } from "../../commands/index.ts";
import type { Message } from "../domain/message.ts";

export function helpMessage(opts: { consoleExtras?: boolean } = {}): Message {
  const lines = commands.map((c) => {
    const who = c.coordinatorOnly ? " (coordinators)" : "";
    const subs = c.subcommands
      ? `\n${c.subcommands.map((s) => `    ${c.usage.split(" ")[0]} ${s.name}: ${s.description}${s.coordinatorOnly ? " (coordinators)" : ""}`).join("\n")}`
      : "";
    return `- ${c.usage}: ${c.description}${who}${subs}`;
  });
  if (opts.consoleExtras)
    lines.push(
      "- /as NAME: act as another simulated member",
      "- /press BUTTON: press a button shown in a message",
      "- /help: this list",
      "- /quit: stop the bot",
    );
  return { text: `**Commands**\n${lines.join("\n")}` };
}
