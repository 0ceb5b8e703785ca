import { z } from "zod";
import { userIdFromToken } from "../src/app/args.ts";
import { type CommandDefinition, reply } from "../src/app/command.ts";
import { dashboardLink } from "../src/app/home.ts";
import { reportCsvMessage, reportMessage } from "../src/app/report.ts";
import { UserError } from "../src/domain/errors.ts";

const mentee = { name: "mentee", description: "The student", type: "user", required: true } as const;

/** A member as typed: a Slack or Discord mention, @name in the console, or a bare id. */
function member(role: string, example: string) {
  return z.string({ error: `Please name the ${role}, for example ${example}.` }).transform((v, ctx) => {
    const id = userIdFromToken(v.trim()) ?? (/^[\w.-]{2,80}$/.test(v.trim()) ? v.trim() : null);
    if (!id)
      ctx.addIssue({
        code: "custom",
        message: `Please name the ${role} with an @mention, for example ${example}.`,
      });
    return id ?? "";
  });
}

function parse<T>(schema: z.ZodType<T>, values: Record<string, string>): T {
  const r = schema.safeParse(values);
  if (!r.success)
    throw new UserError(r.error.issues[0]?.message ?? "Please check the command.", "bad_arguments");
  return r.data;
}

const USAGE =
  "**/pairings** (coordinators):\n- /pairings create @mentor @student\n- /pairings suggest @student\n- /pairings list\n- /pairings pause @student until 2027-01-10\n- /pairings report [month] [csv]\n- /pairings dashboard [signout]\n- /pairings end @student [reason]";

export const pairings: CommandDefinition = {
  name: "pairings",
  description: "Coordinators: pair mentors with students and see every pair",
  usage: "/pairings create|suggest|list|pause|end|report|dashboard",
  subcommands: [
    {
      name: "create",
      description: "Pair a mentor with a student and open their private space",
      coordinatorOnly: true,
      options: [{ name: "mentor", description: "The mentor", type: "user", required: true }, mentee],
    },
    {
      name: "suggest",
      description: "Rank mentors for a student, with the reasons",
      coordinatorOnly: true,
      options: [mentee],
    },
    { name: "list", description: "Show the active pairs", coordinatorOnly: true, options: [] },
    {
      name: "dashboard",
      description:
        "A sign-in link to the dashboard by DM (works once, 10 minutes); signout ends your sessions",
      coordinatorOnly: true,
      options: [
        {
          name: "then",
          description: "Leave empty for a link; signout signs you out everywhere",
          type: "string",
          rest: true,
        },
      ],
    },
    {
      name: "report",
      description: "Who is on track, with a chart; add csv for a file, or a month such as 2026-11",
      coordinatorOnly: true,
      options: [
        { name: "month", description: "A month (2026-11, nov, last) and/or csv", type: "string", rest: true },
      ],
    },
    {
      name: "pause",
      description: "Give a pair a break until a date: no reminders, not counted as behind",
      coordinatorOnly: true,
      options: [
        mentee,
        {
          name: "until",
          description: "The day the break ends, e.g. 2027-01-10 (today ends it)",
          type: "string",
          required: true,
          rest: true,
        },
      ],
    },
    {
      name: "end",
      description: "End a pairing and archive its space (history and hours stay)",
      coordinatorOnly: true,
      options: [
        mentee,
        { name: "reason", description: "Why it ended (optional)", type: "string", rest: true },
      ],
    },
  ],
  async run(ctx, args) {
    const { pairing } = ctx.services;
    switch (args.sub) {
      case "create": {
        const a = parse(
          z.object({
            mentor: member("mentor", "/pairings create @maria @sam"),
            mentee: member("student", "/pairings create @maria @sam"),
          }),
          args.values,
        );
        return reply(await pairing.create(ctx.user, ctx.platform, a.mentor, a.mentee));
      }
      case "suggest": {
        const a = parse(z.object({ mentee: member("student", "/pairings suggest @sam") }), args.values);
        return reply(await pairing.suggest(ctx.platform, a.mentee));
      }
      case "list":
        return reply(await pairing.list(ctx.platform));
      case "dashboard": {
        const then = (args.text ?? args.values.then ?? "").trim().toLowerCase();
        if (then === "") return reply(await dashboardLink(ctx));
        if (/^sign[\s-]?out$/.test(then))
          return reply(await ctx.services.dashboard.signOutEverywhere(ctx.user));
        throw new UserError(
          "/pairings dashboard sends you a sign-in link; /pairings dashboard signout signs you out of it everywhere.",
          "bad_arguments",
        );
      }
      case "report": {
        const words = (args.values.month ?? "").trim().split(/\s+/).filter(Boolean);
        const month = ctx.services.reports.parseMonth(
          words.filter((w) => w.toLowerCase() !== "csv").join(" "),
        );
        if (words.some((w) => w.toLowerCase() === "csv"))
          return reply(await reportCsvMessage(ctx.services.reports, month));
        return reply(await reportMessage(ctx.services.reports, month, 0, ctx.platform.name));
      }
      case "pause": {
        const a = parse(
          z.object({
            mentee: member("student", "/pairings pause @sam until 2027-01-10"),
            until: z.string({
              error: "Please give the day the break ends, for example /pairings pause @sam until 2027-01-10.",
            }),
          }),
          args.values,
        );
        return reply(await pairing.pause(ctx.user, ctx.platform, a.mentee, a.until, ctx.services.hours));
      }
      case "end": {
        const a = parse(
          z.object({
            mentee: member("student", "/pairings end @sam moved away"),
            reason: z.string().max(2000).optional(),
          }),
          args.values,
        );
        return reply(await pairing.end(ctx.user, ctx.platform, a.mentee, a.reason));
      }
      default:
        return reply(USAGE);
    }
  },
};
