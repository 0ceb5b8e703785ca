// Names, notes, schools and contacts are data: whatever a member types, nothing they typed becomes a
// link, a mention, a channel ping or formatting in anything the bot sends, on any platform.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Driver, DriverFactory } from "./driver.ts";
import { signUp } from "./pairing.contract.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

// Names and schools that are links or mentions are refused at signup (signup.contract.ts); what is
// left of them, formatting, must still show as typed. Links and mentions come in through the
// fields that take any text: the specialty, the contact, a note.
const LINK = "[Dr. Maria](https://evil.example/login)";
const HOSTILE = {
  mentor: "Dr. Maria **urgent** _x_",
  student: "Sam _x_ ~y~ > quote",
  school: "~strike~ High | pipes",
  specialty: `${LINK} <!channel> @everyone <@U0EVIL> \`code\``,
  guardian: "Pat **bold**",
  note: "see https://evil.example/x and <@U0EVIL> <#C0EVIL> <https://evil.example|click here>",
};

/** What a member typed that must not survive as active syntax, per platform. */
function activeSyntax(platform: string, text: string): string[] {
  const found: string[] = [];
  const bad = [
    /evil\.example/, // any link to the attacker's host (Slack and Discord link bare domains and schemes)
    /https?:\/\/evil/,
  ];
  if (platform === "discord") bad.push(/(^|[^\\])\]\(https?:/); // a masked link
  if (platform === "slack") bad.push(/<!channel>|<!here>|<@U0EVIL>|<#C0EVIL>|<https?:/, /\*urgent\*/);
  if (platform === "discord")
    bad.push(/(^|[^\\])@everyone|(^|[^\\])<@U0EVIL>|(^|[^\\])<#C0EVIL>|(^|[^\\])\*\*urgent\*\*/);
  for (const re of bad)
    if (re.test(text))
      found.push(`${re}: …${text.slice(Math.max(0, text.search(re) - 40), text.search(re) + 60)}…`);
  return found;
}

export function namesAreDataContract(name: string, makeDriver: DriverFactory): void {
  describe(`names are data on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("a hostile name, note, school and contact is shown as typed text, never as a link, mention or format", async () => {
      await signUp(d, "maria", "mentor", {
        ...MENTOR,
        name: HOSTILE.mentor,
        specialty: HOSTILE.specialty,
        contact: HOSTILE.note,
      });
      await signUp(d, "sam", "mentee", {
        ...MINOR,
        name: HOSTILE.student,
        school: HOSTILE.school,
        guardianName: HOSTILE.guardian,
      });
      const seen: string[] = [];
      const say = async (person: string, command: string, text = "") => {
        const out = await d.run(person, command, text);
        if (out.kind === "reply") seen.push(out.text);
      };
      await say("cora", "pairings", "suggest @sam");
      await say("cora", "pairings", "create @maria @sam");
      await say("maria", "log-hours", `1 hr ${HOSTILE.note}`);
      await say("maria", "log-hours", "list");
      await say("cora", "pairings", "list");
      await say("cora", "pairings", "report");
      await say("sam", "my-data", "show");
      await d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
      for (const p of ["maria", "sam", "cora"]) seen.push(...(await d.dms(p)));
      for (const s of await d.spaces()) seen.push(...s.messages);

      const all = seen.join("\n");
      expect(all).toMatch(/Dr\. Maria/); // the names are there, as text
      if (d.platform === "console") {
        expect(all).toContain(HOSTILE.mentor); // a terminal shows exactly what was typed
        return;
      }
      const problems = seen.flatMap((t) => activeSyntax(d.platform, t));
      expect(problems).toEqual([]);
    });
  });
}
