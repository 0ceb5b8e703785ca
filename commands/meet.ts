import { type CommandDefinition, reply } from "../src/app/command.ts";
import { MEET_HELP } from "../src/domain/meetings/service.ts";

export const meet: CommandDefinition = {
  name: "meet",
  description: "Plan the next meeting with your mentor or student; see or cancel it",
  usage: "/meet WHEN [WHERE] | list | cancel | note TEXT",
  // "/meet tue 5pm zoom" is typed on Slack and the console; Discord names the subcommand
  defaultSubcommand: "plan",
  subcommands: [
    {
      name: "plan",
      description: "Plan (or move) the next meeting: when, and where if you like",
      options: [
        {
          name: "when",
          description: "When and where, e.g. tomorrow 5pm zoom, thu 4:30pm 45m Loussac Library, dec 10 4pm",
          type: "string",
          required: true,
          rest: true,
        },
      ],
    },
    { name: "list", description: "Your next planned meetings", options: [] },
    { name: "cancel", description: "Call off the next planned meeting", options: [] },
    {
      name: "note",
      description: "A private note to the coordinators about your last meeting",
      options: [
        {
          name: "note",
          description: "Your note (only coordinators see it)",
          type: "string",
          required: true,
          rest: true,
        },
      ],
    },
  ],
  async run(ctx, args) {
    const { planning } = ctx.services;
    const text = (args.text ?? "").trim();
    switch (args.sub) {
      case "list":
        return reply(await planning.list(ctx.user));
      case "cancel":
        return reply(await planning.cancel(ctx.user, ctx.platform));
      case "note":
        return reply(await planning.note(ctx.user, ctx.platform, text));
      default:
        if (text === "" || text.toLowerCase() === "help") return reply(MEET_HELP);
        return reply(await planning.plan(ctx.user, ctx.platform, text));
    }
  },
};
