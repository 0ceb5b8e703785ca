import { z } from "zod";
import { userIdFromToken } from "../src/app/args.ts";
import { type CommandDefinition, reply } from "../src/app/command.ts";
import { UserError } from "../src/domain/errors.ts";

export const myData: CommandDefinition = {
  name: "my-data",
  description: "See everything the bot stores about you, or ask to be forgotten",
  usage: "/my-data show|forget",
  subcommands: [
    { name: "show", description: "Everything the bot stores about you (with a JSON file)", options: [] },
    { name: "forget", description: "Ask a coordinator to erase your personal data", options: [] },
    {
      name: "erase",
      description: "Erase a member's personal data (keeps anonymous hour totals)",
      coordinatorOnly: true,
      options: [{ name: "member", description: "The member", type: "user", required: true }],
    },
  ],
  async run(ctx, args) {
    const { privacy } = ctx.services;
    switch (args.sub) {
      case "forget":
        return reply(await privacy.requestForget(ctx.user, ctx.platform));
      case "erase": {
        const r = z.string().safeParse(args.values.member);
        const id = r.success
          ? (userIdFromToken(r.data) ?? (/^[\w.-]{2,80}$/.test(r.data) ? r.data : null))
          : null;
        if (!id)
          throw new UserError(
            "Please name the member with an @mention, for example /my-data erase @sam.",
            "bad_arguments",
          );
        return reply(await privacy.erase(ctx.user, ctx.platform, id));
      }
      default:
        // "/my-data show @sam": it shows only the asker's own data, and says so rather than ignore the name
        if (args.sub === "show" && args.text?.trim())
          throw new UserError(
            "/my-data show takes no name: it shows what the bot stores about you, and each member sees their own. Coordinators see a pair's hours and meetings with /pairings list, the report or the dashboard.",
            "bad_arguments",
          );
        return reply(await privacy.show(ctx.user));
    }
  },
};
