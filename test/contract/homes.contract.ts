// Homes (Slack's App Home, /home on Discord and the console): a member sees where they stand with
// each pair and acts from its buttons; a coordinator sees the program and gets the dashboard's
// sign-in link. The same on every platform.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Driver, DriverFactory } from "./driver.ts";
import { ADULT, signUp } from "./pairing.contract.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

async function say(d: Driver, person: string, command: string, text = ""): Promise<string> {
  const out = await d.run(person, command, text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text;
}

const LABELS = ["Log time", "Plan a meeting", "Take a break", "My data"];

export function homesContract(name: string, makeDriver: DriverFactory): void {
  describe(`homes on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"], env: { DASHBOARD_PORT: "0" } });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("a member's home: the pair, this month's hours with a bar, the next meeting, goals and last entries", async () => {
      expect(await d.home("lee")).toMatch(/You haven't signed up yet\. Mentors: \/mentor-signup/);
      await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
      await signUp(d, "lee", "mentee", { ...ADULT, name: "Lee Student" });
      expect(await d.home("lee")).toMatch(/not in an active pair right now: a coordinator makes the pairs/);
      expect(await say(d, "cora", "pairings", "create @maria @lee")).toMatch(/Paired/);

      const fresh = await d.home("lee");
      expect(fresh).toMatch(/With\W*Dr\. Maria Lopez\W*\(your mentor\)/);
      expect(fresh).toMatch(/November: 0 of 2 hours ▱▱▱▱▱▱▱▱▱▱ 0%/);
      expect(fresh).toMatch(/Next meeting: none planned yet/);
      for (const label of LABELS) expect(fresh).toContain(label);

      expect(await say(d, "lee", "log-hours", "90m")).toMatch(/Logged/);
      await say(d, "maria", "meet", "thu 4pm Loussac Library");
      await say(d, "maria", "goals", "add Shadow in the ER this spring");
      const home = await d.home("lee");
      expect(home).toMatch(/November: 1\.5 of 2 hours ▰▰▰▰▰▰▰▰▱▱ 75%/);
      expect(home).toMatch(
        /Next meeting: (.*Thursday, November 12, 4:00 PM AKST.*|<t:1794531600:F>.*), for 1 hour at\W*Loussac Library/,
      );
      expect(home).toMatch(/Goals \(0 done, 1 open\)/);
      expect(home).toMatch(/1\.\W+Shadow in the ER this spring\W*\(open\)/);
      expect(home).toMatch(
        /Your last entries[\s\S]*Tuesday, November 10: 1 hour 30 minutes with\W+Dr\. Maria Lopez/,
      );
      // the mentor sees the same pair from their side, with the entry the student logged
      const mentors = await d.home("maria");
      expect(mentors).toMatch(/With\W+Lee Student\W*\(your student\)[\s\S]*1\.5 of 2 hours/);
      expect(mentors).toMatch(/1 hour 30 minutes, logged by\W*Lee Student/);
    });

    it("a mentor with two students sees one block per pair", async () => {
      await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
      await signUp(d, "lee", "mentee", { ...ADULT, name: "Lee Student" });
      await signUp(d, "ann", "mentee", { ...ADULT, name: "Ann Student" });
      await say(d, "cora", "pairings", "create @maria @lee");
      await say(d, "cora", "pairings", "create @maria @ann");
      const home = await d.home("maria");
      expect(home.match(/\(your student\)/g)?.length).toBe(2);
      expect(home).toMatch(/Lee Student/);
      expect(home).toMatch(/Ann Student/);
    });

    it("the home's buttons: Log time logs once however often it is pressed, Take a break pauses, My data shows the records", async () => {
      await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
      await signUp(d, "lee", "mentee", { ...ADULT, name: "Lee Student" });
      await say(d, "cora", "pairings", "create @maria @lee");
      const pair = await d.prisma.pairing.findFirstOrThrow();

      const choices = await d.press("lee", "home-log");
      expect(choices).toMatch(/Log time for today/);
      expect(choices).toMatch(/Or type it, with the day if it wasn't today/);
      const oneHour = `quicklog:${pair.id}:60:2026-11-10`;
      expect(await d.press("lee", oneHour)).toMatch(/1 hour/);
      expect(await d.press("lee", oneHour)).toMatch(/already|nothing was changed/i);
      expect(await d.prisma.meetingLog.count()).toBe(1);

      const meet = await d.press("lee", "home-meet");
      expect(meet).toMatch(/No meeting is planned\. Plan your next meeting: .*\/meet tomorrow 5pm zoom/);
      // said once, not twice
      expect(meet).not.toMatch(/moves the planned meeting\.\s+Plan your next meeting/);
      const pause = await d.press("lee", "home-break");
      expect(pause).toMatch(/Take a break/);
      expect(pause).toMatch(/The button pauses for one month from today and tells\W*Dr\. Maria Lopez/);
      // pressed on November 10: a month's break is a month, to December 10
      expect(await d.press("lee", `pause-month:${pair.id}`)).toMatch(
        /taking a break until Thursday, December 10, 2026/,
      );
      const onBreak = await d.home("lee");
      expect(onBreak).toMatch(/On a break until Thursday, December 10/);
      // the break shrinks the month's goal: no bar against the full goal
      expect(onBreak).toMatch(/November: 1 hour logged/);
      expect(onBreak).not.toMatch(/of 2 hours/);
      expect(await d.press("lee", `pause-month:${pair.id}`)).toMatch(
        /already on a break until Thursday, December 10/,
      );
      // ended early, the break can be taken again from the home
      expect(await say(d, "lee", "log-hours", "pause until today")).toMatch(/The break is over/);
      expect(await d.home("lee")).not.toMatch(/On a break/);
      expect(await d.press("lee", `pause-month:${pair.id}`)).toMatch(
        /taking a break until Thursday, December 10, 2026/,
      );
      expect(await d.press("lee", "home-data")).toMatch(/What the mentoring bot stores about you/);
    });

    it("a coordinator's home: the counts, the students waiting with Suggest mentors, guardians to confirm; a member cannot press those", async () => {
      await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
      await signUp(d, "sam", "mentee", MINOR);
      await signUp(d, "lee", "mentee", { ...ADULT, name: "Lee Student" });
      await say(d, "cora", "pairings", "create @maria @sam");
      const home = await d.home("cora");
      expect(home).toMatch(/Coordinator's home, November 2026/);
      expect(home).toMatch(/1 active pair so far/);
      expect(home).toMatch(/Students waiting \(1\)[\s\S]*Lee Student\W*\(college\), waiting 0 days/);
      expect(home).toMatch(/Guardian's first session not yet confirmed \(1\)[\s\S]*Sam Student/);
      expect(home).toContain("Open the dashboard");
      expect(home).toContain("Suggest mentors: Lee Student");
      expect(home).not.toMatch(/guardian@|Pat Parent|907/);

      expect(await d.press("cora", `suggest:${d.idOf("lee")}`)).toMatch(/Mentors for\W+Lee Student/);
      expect(await d.press("lee", `suggest:${d.idOf("lee")}`)).toMatch(
        /Only program coordinators can do that/,
      );
      expect(await d.press("lee", "dashboard-link")).toMatch(/Only program coordinators can do that/);
      // a member's home is never the coordinator's
      expect(await d.home("lee")).not.toMatch(/Coordinator's home|Students waiting/);

      // the mentor of the minor is reminded, with the button, until the guardian's first session is confirmed
      const mentor = await d.home("maria");
      expect(mentor).toMatch(/Sam Student\W*is under 18: their guardian joins your first meeting/);
      expect(mentor).toContain("Guardian attended: Sam");
      const pair = await d.prisma.pairing.findFirstOrThrow();
      // once a meeting is logged, the button records at once
      expect((await d.run("maria", "log-hours", "1h")).kind).toBe("reply");
      expect(await d.press("maria", `guardian-attended:${pair.id}`)).toMatch(/Thank you: recorded/);
      expect(await d.home("maria")).not.toMatch(/is under 18|Guardian attended/);
      expect(await d.home("cora")).not.toMatch(/Guardian's first session not yet confirmed/);
    });

    it("the dashboard's sign-in link comes by DM, from the home's button or /pairings dashboard, and signout ends it", async () => {
      expect(await d.home("cora")).toContain("Open the dashboard");
      const said = await d.press("cora", "dashboard-link");
      expect(said).toMatch(
        /I sent you a sign-in link in a direct message\. It works once, within 10 minutes/,
      );
      const dm = (await d.dms("cora")).at(-1) ?? "";
      const link = dm.match(/https?:\/\/[^\s>|)]+\/dashboard\/signin\/[\w-]+/)?.[0];
      expect(link).toBeDefined();
      expect(await say(d, "cora", "pairings", "dashboard")).toMatch(/I sent you a sign-in link/);
      expect((await d.dms("cora")).length).toBeGreaterThanOrEqual(2);
      // the link's page loads (a GET does not use it up)
      const page = await fetch(link as string);
      expect(page.status).toBe(200);
      expect(await say(d, "cora", "pairings", "dashboard signout")).toMatch(
        /weren't signed in to the dashboard anywhere/,
      );
      expect(await say(d, "lee", "pairings", "dashboard")).toMatch(/Only program coordinators can do that/);
      expect(await d.dms("lee")).toEqual([]);
    });
  });
}
