// The slash commands as Discord registers them, from the same registry the code runs.
import type { CommandDefinition, OptionSpec } from "../../app/command.ts";

const OPTION_TYPE = { string: 3, number: 10, user: 6 } as const;

function option(o: OptionSpec) {
  return {
    type: OPTION_TYPE[o.type],
    name: o.name,
    description: o.description,
    required: o.required === true,
  };
}

export function commandJson(defs: CommandDefinition[]) {
  return defs.map((d) => ({
    type: 1,
    name: d.name,
    description: d.description,
    // Guild-only; every coordinator-only action is still checked by the bot on each call.
    contexts: [0],
    options: d.subcommands
      ? d.subcommands.map((s) => ({
          type: 1,
          name: s.name,
          description: s.description,
          options: s.options.map(option),
        }))
      : (d.options ?? []).map(option),
  }));
}
