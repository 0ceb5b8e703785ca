import { type CommandDefinition, reply } from "../src/app/command.ts";
import { homeFor } from "../src/app/home.ts";

// Slack shows the same page in the App Home tab; /home is there too, for a phone's quick look.
export const home: CommandDefinition = {
  name: "home",
  description: "Where you stand: your pair, this month's hours, your next meeting and goals (private)",
  usage: "/home",
  async run(ctx) {
    return reply(await homeFor(ctx));
  },
};
