// The command registry: the Slack manifest, Discord registration, console /help and the
// authorization tests are all derived from this list.
import type { CommandDefinition } from "../src/app/command.ts";
import { ask } from "./ask.ts";
import { goals } from "./goals.ts";
import { home } from "./home.ts";
import { logHours } from "./log-hours.ts";
import { meet } from "./meet.ts";
import { menteeSignup } from "./mentee-signup.ts";
import { mentorSignup } from "./mentor-signup.ts";
import { myData } from "./my-data.ts";
import { pairings } from "./pairings.ts";

export const commands: CommandDefinition[] = [
  mentorSignup,
  menteeSignup,
  logHours,
  meet,
  goals,
  pairings,
  ask,
  myData,
  home,
];

export function findCommand(name: string): CommandDefinition | undefined {
  const n = name.replace(/^\//, "").toLowerCase();
  return commands.find((c) => c.name === n);
}
