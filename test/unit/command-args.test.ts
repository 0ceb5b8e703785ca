// Typed text (Slack, the console) becomes the same subcommand and options Discord sends, so the
// command reads one shape: "/log-hours 1.5 yesterday" is "/log-hours add" with its options.
import { describe, expect, it } from "vitest";
import { findCommand } from "../../commands/index.ts";
import { parseCommandText } from "../../src/app/args.ts";
import type { CommandDefinition } from "../../src/app/command.ts";
import { commandJson } from "../../src/platforms/discord/commands-json.ts";

const logHours = findCommand("log-hours") as CommandDefinition;

describe("/log-hours as typed", () => {
  it("a time without a subcommand is 'add', the whole text kept for the reader", () => {
    expect(parseCommandText(logHours, "1.5 yesterday coffee at the library")).toEqual({
      sub: "add",
      values: { hours: "1.5", date: "yesterday", note: "coffee at the library" },
      text: "1.5 yesterday coffee at the library",
    });
    expect(parseCommandText(logHours, "")).toEqual({ sub: "add", values: {}, text: "" });
  });

  it("list, remove and pause are subcommands, in any case, with the rest as their text", () => {
    expect(parseCommandText(logHours, "LIST")).toMatchObject({ sub: "list", text: "" });
    expect(parseCommandText(logHours, "remove k3f9 m2p7")).toEqual({
      sub: "remove",
      values: { ids: "k3f9 m2p7" },
      text: "k3f9 m2p7",
    });
    expect(parseCommandText(logHours, "pause until jan 10")).toMatchObject({
      sub: "pause",
      text: "until jan 10",
    });
  });

  it("a word that only starts like a subcommand is a time to read, not a subcommand", () => {
    expect(parseCommandText(logHours, "listening session 1h")).toMatchObject({
      sub: "add",
      text: "listening session 1h",
    });
  });

  it("Discord registers the same four subcommands, 'add' with the time required", () => {
    const [json] = commandJson([logHours]);
    expect(json?.options.map((o) => o.name)).toEqual(["add", "list", "remove", "pause"]);
    const add = json?.options[0] as unknown as { options: { name: string; required: boolean }[] };
    expect(add.options.map((o) => [o.name, o.required])).toEqual([
      ["hours", true],
      ["date", false],
      ["note", false],
    ]);
  });
});
