import { type CommandDefinition, reply } from "../src/app/command.ts";

export const ask: CommandDefinition = {
  name: "ask",
  description: "Ask a pre-med question; answers come from the program's notes (not an advisor)",
  usage: "/ask how long is the MCAT?",
  safetyFirst: true,
  options: [{ name: "question", description: "Your question", type: "string", required: true, rest: true }],
  async run(ctx, args) {
    return reply(
      await ctx.services.assistant.ask(ctx.user, ctx.platform, args.text ?? args.values.question ?? ""),
    );
  },
};
