// Meeting hours and scheduled jobs: the same scenarios on every platform.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Driver, DriverFactory } from "./driver.ts";
import { ADULT, signUp } from "./pairing.contract.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

async function say(d: Driver, person: string, command: string, text: string): Promise<string> {
  const out = await d.run(person, command, text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text;
}

/** maria mentors lee (adult, college); the bot's clock reads Nov 10, 2026, 11:00 in Anchorage. */
async function pair(d: Driver, mentor = "maria", student = "lee", values: Record<string, unknown> = ADULT) {
  await signUp(d, mentor, "mentor", {
    ...MENTOR,
    name: mentor === "maria" ? MENTOR.name : `${mentor} Mentor`,
    capacity: "3",
  });
  await signUp(d, student, "mentee", { ...values, name: `${student} Student` } as never);
  const said = await say(d, "cora", "pairings", `create @${mentor} @${student}`);
  if (!/Paired/.test(said)) throw new Error(said);
  return d.prisma.pairing.findFirstOrThrow({ where: { mentee: { name: `${student} Student` } } });
}

const spaceText = async (d: Driver) => (await d.spaces()).flatMap((s) => s.messages).join("\n---\n");
const logCount = (d: Driver) => d.prisma.meetingLog.count({ where: { deletedAt: null } });

export function hoursContract(name: string, makeDriver: DriverFactory): void {
  describe(`meeting hours on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("logs time, tells the pair's space, and counts a meeting both members log once", async () => {
      await pair(d);
      expect(await say(d, "maria", "log-hours", "1.5")).toMatch(
        /Logged 1\.5 hours on Nov 10 with lee Student\. November: 1\.5 of 2 hours\./,
      );
      expect(await spaceText(d)).toMatch(
        /Dr\. Maria Lopez logged 1\.5 hours on Nov 10\. November: 1\.5 of 2 hours\./,
      );

      const both = await say(d, "lee", "log-hours", "1h nov 10 zoom call");
      expect(both).toMatch(
        /Dr\. Maria Lopez logged Nov 10 too: the same meeting counts once\. November: 1\.5 of 2 hours\./,
      );
      expect(await spaceText(d)).toMatch(
        /lee Student logged 1 hour on Nov 10\. Dr\. Maria Lopez logged Nov 10 too: the same meeting counts once/,
      );
      expect(await say(d, "lee", "log-hours", "90m yesterday")).toMatch(/began on Nov 10, 2026/);
    });

    it("refuses bad input with what is allowed, and records nothing", async () => {
      await pair(d);
      const cases: [string, RegExp][] = [
        ["abc", /couldn't read "abc".*1\.5.*90m.*1h30m/],
        ["0", /more than 0/],
        ["-1", /more than 0/],
        ["25", /at most 12 hours/],
        ["13h", /at most 12 hours/],
        ["1 2026-11-20", /Nov 20, 2026 is in the future/],
        ["1 2026-11-05", /began on Nov 10, 2026/],
      ];
      for (const [text, message] of cases) expect(await say(d, "maria", "log-hours", text)).toMatch(message);
      d.clock.set("2026-11-30T20:00:00Z");
      expect(await say(d, "maria", "log-hours", "1 2026-11-30")).toMatch(/Logged 1 hour on Nov 30/);
      d.clock.set("2026-12-07T20:00:00Z"); // November stays open until December 7
      expect(await say(d, "maria", "log-hours", "30m 2026-11-29")).toMatch(/Logged 0\.5 hours on Nov 29/);
      d.clock.set("2026-12-08T20:00:00Z");
      expect(await say(d, "maria", "log-hours", "1 2026-11-30")).toMatch(/November is closed for logging/);
      expect(await logCount(d)).toBe(2);
      expect(await say(d, "nobody", "log-hours", "1")).toMatch(/haven't signed up/);
    });

    it("lists a member's own entries and removes one", async () => {
      await pair(d);
      await say(d, "maria", "log-hours", "1.5 coffee at the library");
      await say(d, "maria", "log-hours", "30m");
      const list = await say(d, "maria", "log-hours", "list");
      expect(list).toMatch(/1\. Nov 10: 1\.5 hours with lee Student \(coffee at the library\)/);
      expect(list).toMatch(/2\. Nov 10: 0\.5 hours/);
      expect(await say(d, "lee", "log-hours", "list")).toMatch(/haven't logged any meetings/);
      expect(await say(d, "maria", "log-hours", "remove 1")).toMatch(
        /Removed 1\.5 hours on Nov 10\. November: 0\.5 of 2 hours/,
      );
      expect(await spaceText(d)).toMatch(/removed an entry of 1\.5 hours/);
      const log = await d.prisma.meetingLog.findFirstOrThrow({ where: { deletedAt: null } });
      expect(await d.press("lee", `hours-remove:${log.id}`)).toMatch(
        /only remove entries you logged yourself/,
      );
      expect(await logCount(d)).toBe(1);
    });

    it("a mentor with two students is asked which pair", async () => {
      await pair(d, "maria", "lee");
      await pair(d, "maria", "kim");
      const out = await d.run("maria", "log-hours", "2 yesterday");
      if (out.kind !== "reply") throw new Error("expected a reply");
      expect(out.text).toMatch(/Which pair was this 2 hours on Nov 9 with\?/);
      expect(await logCount(d)).toBe(0);
      const draft = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "log-hours" } });
      const data = JSON.parse(draft.data) as { pairings: string[] };
      const kim = await d.prisma.pairing.findFirstOrThrow({ where: { mentee: { name: "kim Student" } } });
      const index = data.pairings.indexOf(kim.id);
      // Nov 9 is before both pairings began (Nov 10): the choice is made, then the date refused.
      expect(await d.press("maria", `log-pick:${draft.id}:${index}`)).toMatch(/began on Nov 10/);
      await d.run("maria", "log-hours", "2");
      const again = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "log-hours" } });
      expect(
        await d.press("maria", `log-pick:${again.id}:${JSON.parse(again.data).pairings.indexOf(kim.id)}`),
      ).toMatch(/Logged 2 hours on Nov 10 with kim Student/);
      expect(await d.prisma.meetingLog.findFirstOrThrow()).toMatchObject({ pairingId: kim.id, minutes: 120 });
    });

    it("a coordinator or a member pauses a pair until a date", async () => {
      const p = await pair(d);
      expect(await say(d, "cora", "pairings", "pause @lee until 2027-01-10")).toMatch(
        /taking a break until Jan 10, 2027/,
      );
      expect(await spaceText(d)).toMatch(/no reminders until then/);
      expect(await d.prisma.pause.findFirstOrThrow()).toMatchObject({
        pairingId: p.id,
        startsOn: "2026-11-10",
        until: "2027-01-10",
      });
      expect(await say(d, "lee", "pairings", "pause @lee until 2027-01-10")).toMatch(
        /Only program coordinators/,
      );
      expect(await say(d, "lee", "log-hours", "pause until dec 1")).toMatch(/until Dec 1, 2026/);
      expect(await d.prisma.pause.findFirstOrThrow()).toMatchObject({ until: "2026-12-01" });
      expect(await say(d, "cora", "pairings", "pause @lee until yesterday")).toMatch(/has passed/);
    });
  });

  describe(`scheduled jobs on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("the monthly check-in goes once to each member of an active pair, never to a paused pair, with last month's hours", async () => {
      await pair(d, "maria", "lee");
      await pair(d, "omar", "sam", MINOR);
      await say(d, "maria", "log-hours", "1.5");
      await say(d, "cora", "pairings", "pause @sam until 2027-01-10");
      const before = {
        maria: (await d.dms("maria")).length,
        lee: (await d.dms("lee")).length,
        omar: (await d.dms("omar")).length,
        sam: (await d.dms("sam")).length,
      };

      const first = await d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
      expect(first).toMatchObject({ period: "2026-11", sent: 2, failed: 0 });
      const toMaria = (await d.dms("maria")).slice(before.maria);
      expect(toMaria).toHaveLength(1);
      expect(toMaria[0]).toMatch(/Your November check-in.*lee Student.*1\.5 hours in November/s);
      expect(toMaria[0]).toMatch(/Yes, that's right/);
      expect((await d.dms("lee")).slice(before.lee)).toHaveLength(1);
      expect((await d.dms("omar")).slice(before.omar)).toHaveLength(0);
      expect((await d.dms("sam")).slice(before.sam)).toHaveLength(0);

      const second = await d.runJob("monthly-checkin", "2026-12-01T19:05:00Z");
      expect(second).toMatchObject({ sent: 0, alreadySent: 2 });
      expect((await d.dms("maria")).slice(before.maria)).toHaveLength(1);
      const p = await d.prisma.pairing.findFirstOrThrow({ where: { mentee: { name: "lee Student" } } });
      expect(await d.press("maria", `checkin-ok:${p.id}:2026-11`)).toMatch(/November is confirmed/);
    });

    it("nudges a pair under half the goal in its space mid-month, and reminds each member three days before the end", async () => {
      await pair(d, "maria", "lee");
      await pair(d, "omar", "sam", MINOR);
      d.clock.set("2026-12-02T20:00:00Z");
      await say(d, "omar", "log-hours", "1.5"); // omar and sam are past half the goal
      const nudge = await d.runJob("midmonth-nudge", "2026-12-15T19:00:00Z");
      expect(nudge).toMatchObject({ period: "2026-12", sent: 1 });
      const spaces = await d.spaces();
      const lee = spaces.find((s) => s.name.includes("lee"));
      const sam = spaces.find((s) => s.name.includes("sam"));
      expect(lee?.messages.at(-1)).toMatch(
        /Halfway through December: Dr\. Maria Lopez and lee Student have 0 of 2 hours/,
      );
      expect(sam?.messages.join("\n")).not.toMatch(/Halfway/);

      const before = (await d.dms("lee")).length;
      const reminder = await d.runJob("month-end-reminder", "2026-12-28T19:00:00Z");
      expect(reminder).toMatchObject({ sent: 4 }); // both pairs are under 2 hours
      const toLee = (await d.dms("lee")).slice(before);
      expect(toLee).toHaveLength(1);
      expect(toLee[0]).toMatch(
        /3 days left in December: you and Dr\. Maria Lopez have 0 of 2 hours, 2 to go/,
      );
      const p = await d.prisma.pairing.findFirstOrThrow({ where: { mentee: { name: "lee Student" } } });
      expect(await d.press("lee", `quicklog:${p.id}:60`)).toMatch(/Logged 1 hour on Dec 28/);
      expect((await d.runJob("month-end-reminder", "2026-12-28T20:00:00Z")).sent).toBe(0);
    });

    it("the coordinator digest lists pairs under the goal, flagging two months running; paused and late-made pairs are left out", async () => {
      await pair(d, "maria", "lee"); // made Nov 10: November counts
      await pair(d, "omar", "sam", MINOR);
      await say(d, "cora", "pairings", "pause @sam until 2026-12-05"); // paused part of December
      d.clock.set("2026-11-25T20:00:00Z");
      await pair(d, "rita", "kim"); // made Nov 25: in November's last 10 days
      d.clock.set("2026-12-10T20:00:00Z");
      await say(d, "rita", "log-hours", "2");
      const before = (await d.dms("cora")).length;
      const r = await d.runJob("coordinator-digest", "2027-01-05T18:00:00Z");
      expect(r).toMatchObject({ period: "2026-12", sent: 1 });
      const digest = (await d.dms("cora")).slice(before).join("\n");
      expect(digest).toMatch(/December digest/);
      expect(digest).toMatch(/two months running.*Dr\. Maria Lopez ↔ lee Student: 0 of 2 hours/);
      expect(digest).not.toMatch(/sam Student/);
      expect(digest).not.toMatch(/kim Student/);
    });

    it("sends nothing outside the season", async () => {
      await pair(d);
      const r = await d.runJob("monthly-checkin", "2026-10-01T18:00:00Z");
      expect(r).toMatchObject({ outsideSeason: true, sent: 0 });
      expect(await d.prisma.scheduledSend.count()).toBe(0);
    });
  });
}
