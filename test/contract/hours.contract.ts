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

/** logs a further meeting on a day the member already logged, answering Yes to the question */
async function logAnotherThatDay(d: Driver, person: string, text: string) {
  expect(await say(d, person, "log-hours", text)).toMatch(/Was this another meeting that day\?/);
  const draft = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "log-hours" } });
  expect(await d.press(person, `log-pick:${draft.id}:0`)).toMatch(/Logged/);
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
        /Logged 1 hour 30 minutes on Tuesday, November 10 with lee Student\. November: 1\.5 of 2 hours\./,
      );
      expect(await spaceText(d)).toMatch(
        /Dr\. Maria Lopez logged 1 hour 30 minutes on Tuesday, November 10\. November: 1\.5 of 2 hours\./,
      );

      const both = await say(d, "lee", "log-hours", "1h nov 10 zoom call");
      expect(both).toMatch(
        /Dr\. Maria Lopez logged Tuesday, November 10 too: the same meeting counts once\. November: 1\.5 of 2 hours\./,
      );
      expect(await spaceText(d)).toMatch(
        /lee Student logged 1 hour on Tuesday, November 10\. Dr\. Maria Lopez logged Tuesday, November 10 too: the same meeting counts once/,
      );
      expect(await say(d, "lee", "log-hours", "90m yesterday")).toMatch(/began on Nov 10, 2026/);
    });

    it("refuses bad input with what is allowed, and records nothing", async () => {
      await pair(d);
      const cases: [string, RegExp][] = [
        [
          "abc",
          /couldn't find an amount of time.*Nothing was logged.*For example: \/log-hours 45 min yesterday/,
        ],
        ["0", /more than 0\. Nothing was logged/],
        ["-1", /can't be negative/],
        ["25 hours", /more than one day can hold \(12 hours\)/],
        ["13h", /more than one day can hold/],
        ["1 2026-11-20", /Friday, November 20 is in the future/],
        ["1 2026-11-05", /began on Nov 10, 2026/],
        ["2-3 hours", /range/],
        ["45 min last week", /could be several days/],
      ];
      for (const [text, message] of cases) expect(await say(d, "maria", "log-hours", text)).toMatch(message);
      d.clock.set("2026-11-30T20:00:00Z");
      expect(await say(d, "maria", "log-hours", "1 2026-11-30")).toMatch(
        /Logged 1 hour on Monday, November 30/,
      );
      d.clock.set("2026-12-07T20:00:00Z"); // November stays open until December 7
      expect(await say(d, "maria", "log-hours", "30m 2026-11-29")).toMatch(
        /Logged 30 minutes on Sunday, November 29/,
      );
      d.clock.set("2026-12-08T20:00:00Z");
      expect(await say(d, "maria", "log-hours", "1 2026-11-30")).toMatch(/November is closed for logging/);
      expect(await logCount(d)).toBe(2);
      expect(await say(d, "nobody", "log-hours", "1")).toMatch(/haven't signed up/);
    });

    it("lists a member's own entries with short ids that stay put, and removes by id", async () => {
      await pair(d);
      await say(d, "maria", "log-hours", "1.5 coffee at the library");
      // three meetings on one day: the second and third are asked about, and confirmed
      await logAnotherThatDay(d, "maria", "30m");
      await logAnotherThatDay(d, "maria", "45 min");
      const list = await say(d, "maria", "log-hours", "list");
      const ids = [...new Set([...list.matchAll(/`([a-z2-9]{4,})` /g)].map((m) => m[1] as string))];
      expect(ids).toHaveLength(3);
      expect(list).toMatch(
        /`\w+` Tuesday, November 10: 1 hour 30 minutes with lee Student \(coffee at the library\)/,
      );
      expect(await say(d, "lee", "log-hours", "list")).toMatch(/haven't logged any meetings/);
      const [a, b, c] = ids as [string, string, string];
      const first = list.split("\n").find((l) => l.includes("coffee")) as string;
      const coffee = (first.match(/`(\w+)`/) as RegExpMatchArray)[1] as string;
      expect(await say(d, "maria", "log-hours", `remove ${coffee}`)).toMatch(
        /Removed 1 hour 30 minutes on Tuesday, November 10\. November: 1\.25 of 2 hours/,
      );
      // the other ids did not shift
      const again = await say(d, "maria", "log-hours", "list");
      expect([a, b, c].filter((id) => id !== coffee).every((id) => again.includes(`\`${id}\``))).toBe(true);
      expect(await spaceText(d)).toMatch(/removed an entry of 1 hour 30 minutes/);
      expect(await say(d, "maria", "log-hours", "remove zzzz")).toMatch(
        /couldn't find "zzzz".*Nothing was removed/,
      );
      expect(await logCount(d)).toBe(2);
      // several at once are confirmed first; pressing twice removes them once
      const rest = [a, b, c].filter((id) => id !== coffee);
      const asked = await say(d, "maria", "log-hours", `remove ${rest.join(" ")}`);
      expect(asked).toMatch(/Remove these 2 entries \(1 hour 15 minutes in all\)\?/);
      expect(await logCount(d)).toBe(2);
      const draft = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "hours-remove" } });
      expect(await d.press("maria", `hours-remove-many:${draft.id}`)).toMatch(/Removed 2 entries/);
      expect(await d.press("maria", `hours-remove-many:${draft.id}`)).toMatch(/already removed/);
      expect(await logCount(d)).toBe(0);
      const log = await d.prisma.meetingLog.findFirstOrThrow();
      expect(await d.press("maria", `hours-remove:${log.id}`)).toMatch(/already removed/);
      await say(d, "maria", "log-hours", "1");
      const live = await d.prisma.meetingLog.findFirstOrThrow({ where: { deletedAt: null } });
      expect(await d.press("lee", `hours-remove:${live.id}`)).toMatch(
        /only remove entries you logged yourself/,
      );
    });

    it("one day holds at most 12 hours for a member; more is refused with what to check", async () => {
      await pair(d);
      expect(await say(d, "maria", "log-hours", "12 hours")).toMatch(/Logged 12 hours/);
      for (let i = 0; i < 4; i++)
        expect(await say(d, "maria", "log-hours", "12 hrs")).toMatch(
          /already logged 12 hours with lee Student on Tuesday, November 10, and one day holds at most 12 hours.*Nothing was logged/,
        );
      expect(await say(d, "maria", "log-hours", "1 yesterday")).toMatch(/began on/);
      expect(await d.prisma.meetingLog.aggregate({ _sum: { minutes: true } })).toEqual({
        _sum: { minutes: 720 },
      });
    });

    it("the same entry sent twice, even at once, is logged once; the second is asked about, and Yes adds it", async () => {
      await pair(d);
      const send = () => say(d, "maria", "log-hours", "1h");
      // a message sent again because the first answer was slow; where the platform can, both at once
      const answers =
        d.platform === "console" ? [await send(), await send()] : await Promise.all([send(), send()]);
      expect(answers.filter((t) => /Logged 1 hour on Tuesday, November 10/.test(t))).toHaveLength(1);
      expect(
        answers.filter((t) =>
          /You already logged \W*1 hour\W* with lee Student on Tuesday, November 10\. Was this another meeting that day\?/.test(
            t,
          ),
        ),
      ).toHaveLength(1);
      expect(await logCount(d)).toBe(1);
      const draft = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "log-hours" } });
      expect(await d.press("maria", `log-pick:${draft.id}:0`)).toMatch(
        /Logged 1 hour on Tuesday, November 10/,
      );
      expect(await logCount(d)).toBe(2);
    });

    it("a bare number over 12 is asked as minutes; Yes records it once, however often pressed, No records nothing", async () => {
      await pair(d);
      const asked = await say(d, "maria", "log-hours", "90");
      expect(asked).toMatch(/Did you mean \W*1 hour 30 minutes on Tuesday, November 10\W*\?/);
      expect(await logCount(d)).toBe(0);
      const draft = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "log-hours" } });
      // a double click: two presses at once where the platform can deliver them so (the console reads
      // one line at a time)
      const press = () => d.press("maria", `log-pick:${draft.id}:0`);
      const [one, two] =
        d.platform === "console" ? [await press(), await press()] : await Promise.all([press(), press()]);
      // two presses at once (a double click): one entry, whichever press won
      expect([one, two].some((t) => /Logged 1 hour 30 minutes/.test(t))).toBe(true);
      expect(await logCount(d)).toBe(1);
      expect(await d.press("maria", `log-pick:${draft.id}:0`)).toMatch(/already logged/);
      expect(await logCount(d)).toBe(1);
      await say(d, "maria", "log-hours", "45");
      const no = await d.prisma.flowDraft.findFirstOrThrow({ where: { flow: "log-hours" } });
      expect(await d.press("maria", `log-cancel:${no.id}`)).toMatch(/nothing was logged/);
      expect(await d.press("maria", `log-cancel:${no.id}`)).toMatch(
        /already answered, so nothing changed now/,
      );
      // "No" after "Yes" logged the entry does not claim that nothing was logged
      expect(await d.press("maria", `log-cancel:${draft.id}`)).toMatch(
        /already answered, so nothing changed now/,
      );
      expect(await d.press("maria", `log-pick:${no.id}:0`)).toMatch(/expired/);
      expect(await logCount(d)).toBe(1);
    });

    it("a mentor with two students is asked which pair", async () => {
      await pair(d, "maria", "lee");
      await pair(d, "maria", "kim");
      const out = await d.run("maria", "log-hours", "2 yesterday");
      if (out.kind !== "reply") throw new Error("expected a reply");
      expect(out.text).toMatch(/Which pair was this 2 hours on Monday, November 9 with\?/);
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
      ).toMatch(/Logged 2 hours on Tuesday, November 10 with kim Student/);
      expect(await d.prisma.meetingLog.findFirstOrThrow()).toMatchObject({ pairingId: kim.id, minutes: 120 });
    });

    it("a coordinator or a member pauses a pair until a date", async () => {
      const p = await pair(d);
      expect(await say(d, "cora", "pairings", "pause @lee until 2027-01-10")).toMatch(
        /taking a break until Sunday, January 10, 2027/,
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
      expect(await say(d, "lee", "log-hours", "pause until dec 1")).toMatch(
        /until Tuesday, December 1, 2026/,
      );
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
      expect(toMaria[0]).toMatch(/Your November check-in.*lee Student.*1 hour 30 minutes in November/s);
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

    it("every check-in button works, and pressing it twice changes nothing", async () => {
      const p = await pair(d, "maria", "lee");
      await say(d, "maria", "log-hours", "1");
      await d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
      d.clock.set("2026-12-01T19:30:00Z");
      const checkin = (await d.dms("maria")).at(-1) as string;
      expect(checkin).toMatch(/Yes, that's right/);
      expect(checkin).toMatch(/Add a meeting/);
      expect(checkin).toMatch(/Take a month's break/);

      expect(await d.press("maria", `checkin-ok:${p.id}:2026-11`)).toMatch(/November is confirmed/);
      expect(await d.press("maria", `checkin-ok:${p.id}:2026-11`)).toMatch(/already confirmed/);
      expect(await d.prisma.auditEvent.count({ where: { action: "checkin.confirmed" } })).toBe(1);

      for (let i = 0; i < 2; i++)
        expect(await d.press("maria", "checkin-add:2026-11")).toMatch(
          /November stays open until Dec 7, 2026/,
        );

      const before = (await d.dms("lee")).length;
      expect(await d.press("maria", `pause-month:${p.id}`)).toMatch(
        /taking a break until Friday, January 1, 2027/,
      );
      expect(await d.press("maria", `pause-month:${p.id}`)).toMatch(
        /already on a break until Friday, January 1/,
      );
      expect(await d.press("lee", `pause-month:${p.id}`)).toMatch(/already on a break/);
      expect(await d.prisma.pause.findMany()).toEqual([
        expect.objectContaining({ pairingId: p.id, startsOn: "2026-12-01", until: "2027-01-01" }),
      ]);
      const toLee = (await d.dms("lee")).slice(before);
      expect(toLee).toHaveLength(1);
      expect(toLee[0]).toMatch(/took a month's break for your pair.*no reminders until Friday, January 1/);
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
      expect(await d.press("lee", `quicklog:${p.id}:60:2026-12`)).toMatch(
        /Logged 1 hour on Monday, December 28/,
      );
      expect(await d.press("lee", `quicklog:${p.id}:60:2026-12`)).toMatch(
        /already logged: nothing was changed/,
      );
      expect(await d.prisma.meetingLog.count({ where: { pairingId: p.id, deletedAt: null } })).toBe(1);
      expect((await d.runJob("month-end-reminder", "2026-12-28T20:00:00Z")).sent).toBe(0);
    });

    it("the coordinator digest lists pairs under their goal, flagging two months running only where both months counted; a break pro-rates the goal", async () => {
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
      expect(digest).toMatch(/December digest\W+2 of 3 pairs ended December under the goal/);
      expect(digest).toMatch(/1 flagged: under the goal in November too/);
      expect(digest).toMatch(/two months running.*Dr\. Maria Lopez ↔ lee Student: 0 of 2 hours/);
      // sam's pair was on a break Dec 1-4: its goal is 27 of 31 days; November was all break: no flag
      const sam = digest.split("\n").find((l) => l.includes("sam Student")) as string;
      expect(sam).toMatch(/0 of 1\.74 hours \(goal pro-rated for a break or a late start\)/);
      expect(sam).not.toMatch(/two months running/);
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
