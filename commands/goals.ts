import { type CommandDefinition, reply } from "../src/app/command.ts";
import { GOALS_HELP } from "../src/domain/goals/service.ts";

export const goals: CommandDefinition = {
  name: "goals",
  description: "Up to three goals for the student's path, set by the pair; see them or mark one done",
  usage: "/goals add GOAL | list | done N",
  defaultSubcommand: "list",
  subcommands: [
    {
      name: "add",
      description: "Add a goal, e.g. Shadow in the ER this spring",
      options: [
        { name: "goal", description: "The goal, in a sentence", type: "string", required: true, rest: true },
      ],
    },
    { name: "list", description: "Your pair's goals, numbered", options: [] },
    {
      name: "done",
      description: "Mark a goal done by its number from /goals list",
      options: [{ name: "number", description: "The goal's number, e.g. 2", type: "string", required: true }],
    },
  ],
  async run(ctx, args) {
    const service = ctx.services.goals;
    const text = (args.text ?? "").trim();
    switch (args.sub) {
      case "add":
        return reply(await service.add(ctx.user, ctx.platform, text));
      case "done":
        return reply(await service.done(ctx.user, ctx.platform, text));
      default:
        if (text.toLowerCase() === "help") return reply(GOALS_HELP);
        // "/goals remove 1": not a subcommand, so it must not quietly show the list
        if (text) return reply(`There is no /goals ${text.split(/\s+/)[0]}. ${GOALS_HELP}`);
        return reply(await service.list(ctx.user));
    }
  },
};
