import type { CommandDefinition } from "../src/app/command.ts";

export const menteeSignup: CommandDefinition = {
  name: "mentee-signup",
  description: "Sign up as a student (or see and update what is on file)",
  opensForm: true,
  usage: "/mentee-signup",
  async run(ctx) {
    return { kind: "flow", flow: await ctx.services.signup.start(ctx.user, "mentee-signup") };
  },
};
