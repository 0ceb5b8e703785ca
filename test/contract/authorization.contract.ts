// Generated from the command registry: every coordinator-only command, subcommand and button, run
// by someone who is not a coordinator, on every platform: refused, and nothing changes. A new
// command or button marked coordinator-only is covered here without anyone adding a test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { COORDINATORS_ONLY } from "../../src/app/actions.ts";
import type { OptionSpec } from "../../src/app/command.ts";
import type { Driver, DriverFactory } from "./driver.ts";
import { ADULT, signUp } from "./pairing.contract.ts";
import { MENTOR } from "./signup.contract.ts";

/** Arguments that would be valid for a coordinator, so only the authorization can refuse them. */
function exampleText(options: OptionSpec[]): string {
  return options
    .map((o) =>
      o.type === "user"
        ? o.name === "mentor"
          ? "@maria"
          : "@lee"
        : o.name === "until"
          ? "until 2027-01-10"
          : o.name === "month"
            ? "2026-11"
            : "because",
    )
    .join(" ");
}

export const COORDINATOR_ONLY_CASES: { command: string; text: string }[] = commands.flatMap((c) => [
  ...(c.coordinatorOnly ? [{ command: c.name, text: exampleText(c.options ?? []) }] : []),
  ...(c.subcommands ?? [])
    .filter((s) => s.coordinatorOnly || c.coordinatorOnly)
    .map((s) => ({ command: c.name, text: `${s.name} ${exampleText(s.options)}`.trim() })),
]);

async function fingerprint(d: Driver): Promise<string> {
  const tables = [
    "Member",
    "MentorProfile",
    "MenteeProfile",
    "Guardian",
    "AgreementAcceptance",
    "AuditEvent",
    "Pairing",
    "MeetingLog",
    "Pause",
    "ScheduledSend",
  ];
  const rows = await Promise.all(
    tables.map((t) => d.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${t}"`)),
  );
  return JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? Number(v) : v));
}

export function authorizationContract(name: string, makeDriver: DriverFactory): void {
  describe(`coordinator-only actions on ${name}, generated from the registry`, () => {
    let d: Driver;
    beforeAll(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
    });
    afterAll(async () => {
      await d.stop();
    });

    it("the registry has coordinator-only commands to check", () => {
      expect(COORDINATOR_ONLY_CASES.length).toBeGreaterThanOrEqual(7);
    });

    for (const c of COORDINATOR_ONLY_CASES)
      it(`/${c.command} ${c.text}: refused for a mentor, nothing changed`, async () => {
        const before = await fingerprint(d);
        const out = await d.run("maria", c.command, c.text);
        expect(out.kind).toBe("reply");
        if (out.kind === "reply") expect(out.text).toMatch(/Only program coordinators can do that/);
        expect(await fingerprint(d)).toBe(before);
        expect(await d.spaces()).toEqual([]);
      });

    for (const action of COORDINATORS_ONLY)
      it(`the ${action} button: refused for a student, nothing sent`, async () => {
        const before = await fingerprint(d);
        expect(await d.press("lee", `${action}:2026-11`)).toMatch(/Only program coordinators can do that/);
        expect(await fingerprint(d)).toBe(before);
        expect(await d.files("lee")).toEqual([]);
      });
  });
}
