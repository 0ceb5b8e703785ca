import { type CommandDefinition, reply } from "../src/app/command.ts";
import { HOURS_HELP } from "../src/domain/hours/service.ts";

export const logHours: CommandDefinition = {
  name: "log-hours",
  description: "Log meeting time with your mentor or student (or: list, remove N, pause until DATE)",
  usage: "/log-hours 1.5 [date] [note]",
  options: [
    {
      name: "hours",
      description: "Time: 1.5, 90m or 1h30m (or list, remove 2, pause until 2027-01-10)",
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
  async run(ctx, args) {
    const { hours } = ctx.services;
    const text = (args.text ?? "").trim();
    const [first = "", ...rest] = text.split(/\s+/);
    switch (first.toLowerCase()) {
      case "":
      case "help":
        return reply(HOURS_HELP);
      case "list":
        return reply(await hours.list(ctx.user));
      case "remove":
        return reply(await hours.removeByIds(ctx.user, ctx.platform, rest.join(" ")));
      case "pause":
        return reply(await hours.pauseOwn(ctx.user, ctx.platform, rest.join(" ")));
      default:
        return reply(await hours.log(ctx.user, ctx.platform, text));
    }
  },
};
