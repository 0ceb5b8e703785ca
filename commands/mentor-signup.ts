import type { CommandDefinition } from "../src/app/command.ts";

export const mentorSignup: CommandDefinition = {
  name: "mentor-signup",
  description: "Sign up as a mentor (or see and update what is on file)",
  opensForm: true,
  usage: "/mentor-signup",
  async run(ctx) {
    return { kind: "flow", flow: await ctx.services.signup.start(ctx.user, "mentor-signup") };
  },
};
