// Turns slash-command text (Slack, console) into the same named arguments Discord sends.
import type { CommandArgs, CommandDefinition, OptionSpec } from "./command.ts";

/** Slack escapes mentions as <@U123|name>; the console uses @name. */
export function userIdFromToken(token: string): string | null {
  const slack = /^<@([A-Z0-9]+)(\|[^>]*)?>$/i.exec(token);
  if (slack?.[1]) return slack[1];
  const discord = /^<@!?(\d+)>$/.exec(token);
  if (discord?.[1]) return discord[1];
  const plain = /^@([\w.-]{1,80})$/.exec(token);
  return plain?.[1] ?? null;
}

function tokenize(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

export function parseCommandText(def: CommandDefinition, text: string): CommandArgs {
  let tokens = tokenize(text);
  let options: OptionSpec[] = def.options ?? [];
  let sub: string | undefined;
  let named = true;
  if (def.subcommands) {
    sub = tokens[0]?.toLowerCase();
    if (def.defaultSubcommand && !def.subcommands.some((s) => s.name === sub)) {
      sub = def.defaultSubcommand;
      named = false;
    } else tokens = tokens.slice(1);
    options = def.subcommands.find((s) => s.name === sub)?.options ?? [];
  }
  const values: Record<string, string> = {};
  options.forEach((opt, i) => {
    if (i >= tokens.length) return;
    if (opt.rest || i === options.length - 1) {
      const rest = tokens.slice(i).join(" ");
      if (rest) values[opt.name] = rest;
      tokens = [];
    } else values[opt.name] = tokens[i] as string;
  });
  const rest = def.subcommands && named ? text.trim().split(/\s+/).slice(1).join(" ") : text.trim();
  return sub === undefined ? { values, text: rest } : { sub, values, text: rest };
}
