import { type CommandDefinition, reply } from "../src/app/command.ts";
import { HOURS_HELP } from "../src/domain/hours/service.ts";

export const logHours: CommandDefinition = {
  name: "log-hours",
  description: "Log meeting time with your mentor or student, see or remove entries, or take a break",
  usage: "/log-hours 1.5 [date] [note] | list | remove ID | pause until DATE",
  // "/log-hours 1.5 yesterday" is typed on Slack and the console; Discord names the subcommand
  defaultSubcommand: "add",
  subcommands: [
    {
      name: "add",
      description: "Log a meeting: the time, and the date if it wasn't today",
      options: [
        {
          name: "hours",
          description: "Time: 1.5, 90m or 1h30m",
          type: "string",
          required: true,
        },
        {
          name: "date",
          description: "When: today (the default), yesterday, 2026-11-03 or nov 3",
          type: "string",
        },
        {
          name: "note",
          description: "A note for yourself, e.g. coffee at the library",
          type: "string",
          rest: true,
        },
      ],
    },
    { name: "list", description: "Your recent entries, with the short ids to remove one", options: [] },
    {
      name: "remove",
      description: "Remove entries by their ids from /log-hours list",
      options: [
        {
          name: "ids",
          description: "The ids, e.g. k3f9 or k3f9 m2p7",
          type: "string",
          required: true,
          rest: true,
        },
      ],
    },
    {
      name: "pause",
      description: "Take a break until a date: no reminders, not counted as behind",
      options: [
        {
          name: "until",
          description: "The day the break ends, e.g. 2027-01-10 (today ends it)",
          type: "string",
          required: true,
          rest: true,
        },
      ],
    },
  ],
  async run(ctx, args) {
    const { hours } = ctx.services;
    const text = (args.text ?? "").trim();
    switch (args.sub) {
      case "list":
        return reply(await hours.list(ctx.user));
      case "remove":
        return reply(await hours.removeByIds(ctx.user, ctx.platform, text));
      case "pause":
        return reply(await hours.pauseOwn(ctx.user, ctx.platform, text));
      default:
        if (text === "" || text.toLowerCase() === "help") return reply(HOURS_HELP);
        return reply(await hours.log(ctx.user, ctx.platform, text));
    }
  },
};
