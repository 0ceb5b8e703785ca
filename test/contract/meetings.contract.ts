// Planning meetings (/meet): the card and its invitation, the reminders once each, "Did you meet?"
// logging the meeting once, moving and cancelling, and a minor's first meeting. Same on every platform.
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Driver, DriverFactory } from "./driver.ts";
import { ADULT, signUp } from "./pairing.contract.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

async function say(d: Driver, person: string, command: string, text: string): Promise<string> {
  const out = await d.run(person, command, text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text;
}

/** maria mentors lee (or a minor, sam); the clock reads Tuesday Nov 10, 2026, 11:00 in Anchorage. */
async function pair(d: Driver, student: "lee" | "sam" = "lee") {
  await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
  await signUp(d, student, "mentee", student === "lee" ? { ...ADULT, name: "lee Student" } : MINOR);
  const said = await say(d, "cora", "pairings", `create @maria @${student}`);
  if (!/Paired/.test(said)) throw new Error(said);
}

const spaceText = async (d: Driver) => (await d.spaces()).flatMap((s) => s.messages).join("\n---\n");
/** how many messages in the spaces say this */
const posts = async (d: Driver, re: RegExp) =>
  (await d.spaces()).flatMap((s) => s.messages).filter((m) => re.test(m)).length;

/** the VEVENT of the newest invitation posted in the space, read with an independent parser */
async function lastInvitation(d: Driver) {
  const files = (await d.spaceFiles()).filter((f) => f.filename.endsWith(".ics"));
  const file = files.at(-1);
  if (!file) throw new Error("no invitation was posted");
  const cal = new ICAL.Component(ICAL.parse(file.data.toString("utf8")));
  const event = cal.getFirstSubcomponent("vevent") as ICAL.Component;
  return { file, cal, event, files };
}

export function meetingsContract(name: string, makeDriver: DriverFactory): void {
  describe(`planned meetings on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("plans a meeting with a card and an invitation, reminds once each, and a Yes from both logs it once", async () => {
      await pair(d);
      expect(await say(d, "maria", "meet", "thu 4pm Loussac Library")).toMatch(
        /Planned: Thursday, November 12, 4:00 PM AKST, for 1 hour at Loussac Library\. The card/,
      );
      const card = await spaceText(d);
      expect(card).toMatch(/Meeting planned/);
      expect(card).toMatch(/Loussac Library/);
      expect(card).toMatch(/Zoom or in a public place/);
      expect(card).toMatch(/calendar\.google\.com/);
      const meeting = await d.prisma.plannedMeeting.findFirstOrThrow();
      const { cal, event, file } = await lastInvitation(d);
      expect(file.filename).toBe("meeting-2026-11-12-1600.ics");
      expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
      expect(event.getFirstPropertyValue("uid")).toBe(`${meeting.id}@premed-mentoring-bot`);
      expect(event.getFirstPropertyValue("sequence")).toBe(0);
      expect(event.getFirstProperty("dtstart")?.toICALString()).toBe("DTSTART:20261113T010000Z");
      expect(String(event.getFirstPropertyValue("duration"))).toBe("PT60M");
      expect(event.getFirstSubcomponent("valarm")).not.toBeNull();

      // "I'll be there", pressed twice
      const rsvp = `meet-rsvp:${meeting.id}:0:yes`;
      expect(await d.press("lee", rsvp)).toMatch(/Great: you'll be there on Thursday, November 12/);
      expect(await d.press("lee", rsvp)).toMatch(/Already noted/);

      // the reminders: each once, however often the job runs (01:00Z on Nov 13 is 4 pm on Nov 12)
      const r1 = await d.runJob("meeting-reminders", "2026-11-12T01:05:00Z");
      expect(r1.sent).toBe(1);
      expect((await d.runJob("meeting-reminders", "2026-11-12T01:10:00Z")).alreadySent).toBe(1);
      expect((await d.runJob("meeting-reminders", "2026-11-13T00:05:00Z")).sent).toBe(1);
      expect((await d.runJob("meeting-reminders", "2026-11-13T00:30:00Z")).sent).toBe(0);
      expect(await posts(d, /Tomorrow:/)).toBe(1);
      expect(await posts(d, /In an hour:/)).toBe(1);

      // after the end, each member is asked once
      expect((await d.runJob("meeting-reminders", "2026-11-13T02:05:00Z")).sent).toBe(2);
      expect((await d.runJob("meeting-reminders", "2026-11-13T02:10:00Z")).alreadySent).toBe(2);
      expect((await d.dms("maria")).join("\n")).toMatch(/Did you meet\?/);
      const yes = `meet-met:${meeting.id}:0:yes`;
      expect(await d.press("maria", yes)).toMatch(/Logged 1 hour on Thursday, November 12 with lee Student/);
      expect(await d.press("maria", yes)).toMatch(/already answered/);
      expect(await d.press("lee", yes)).toMatch(/Dr\. Maria Lopez already said you met, so it is logged/);
      expect(await d.prisma.meetingLog.count({ where: { deletedAt: null } })).toBe(1);
      expect(await say(d, "maria", "log-hours", "list")).toMatch(
        /Thursday, November 12: 1 hour with lee Student/,
      );
    });

    it("moves a meeting (same invitation, a higher sequence) and cancels it: no reminder for either", async () => {
      await pair(d);
      await say(d, "maria", "meet", "thu 4pm zoom");
      const meeting = await d.prisma.plannedMeeting.findFirstOrThrow();
      expect(await say(d, "lee", "meet", "fri 5:30pm zoom 45m")).toMatch(
        /Moved: Friday, November 13, 5:30 PM AKST, for 45 minutes at zoom/,
      );
      expect(await spaceText(d)).toMatch(/Meeting moved/);
      const moved = await lastInvitation(d);
      expect(moved.event.getFirstPropertyValue("uid")).toBe(`${meeting.id}@premed-mentoring-bot`);
      expect(moved.event.getFirstPropertyValue("sequence")).toBe(1);
      expect(String(moved.event.getFirstPropertyValue("duration"))).toBe("PT45M");
      expect(await d.press("lee", `meet-rsvp:${meeting.id}:0:yes`)).toMatch(/moved since/);
      expect(await say(d, "lee", "meet", "list")).toMatch(/with Dr\. Maria Lopez, for 45 minutes at zoom/);
      expect(await say(d, "lee", "meet", "fri 5:30pm zoom 45m")).toMatch(
        /That's already the plan.*Nothing was changed/,
      );

      // Thursday's reminder time passes with nothing sent; then it is cancelled, twice
      expect((await d.runJob("meeting-reminders", "2026-11-12T01:05:00Z")).sent).toBe(0);
      d.clock.set("2026-11-12T03:00:00Z");
      expect(await say(d, "maria", "meet", "cancel")).toMatch(/Cancelled the meeting on Friday, November 13/);
      expect(await spaceText(d)).toMatch(/Meeting cancelled/);
      const cancelled = await lastInvitation(d);
      expect(cancelled.cal.getFirstPropertyValue("method")).toBe("CANCEL");
      expect(cancelled.event.getFirstPropertyValue("sequence")).toBe(2); // higher than the move's
      expect(await say(d, "maria", "meet", "cancel")).toMatch(/No meeting is planned/);
      expect(await d.press("maria", `meet-cancel:${meeting.id}`)).toMatch(/already cancelled/);
      for (const at of ["2026-11-13T02:35:00Z", "2026-11-14T02:00:00Z", "2026-11-14T03:30:00Z"])
        expect((await d.runJob("meeting-reminders", at)).planned).toBe(0);
    });

    it("a minor's first meeting: the card says a guardian attends, and the mentor's Yes records it", async () => {
      await pair(d, "sam");
      await say(d, "maria", "meet", "thu 4pm zoom");
      expect(await spaceText(d)).toMatch(
        /first meeting, and they are under 18: a parent or guardian attends/,
      );
      const meeting = await d.prisma.plannedMeeting.findFirstOrThrow();
      await d.runJob("meeting-reminders", "2026-11-12T01:05:00Z");
      expect(await spaceText(d)).toMatch(/Tomorrow:[\s\S]*a parent or guardian attends/);
      await d.runJob("meeting-reminders", "2026-11-13T02:05:00Z");
      expect((await d.dms("maria")).join("\n")).toMatch(/did a parent or guardian attend\?/);
      expect((await d.dms("sam")).join("\n")).not.toMatch(/did a parent or guardian attend/);
      expect(await d.press("sam", `meet-met:${meeting.id}:0:guardian`)).toMatch(/Logged 1 hour/);
      const pairing = await d.prisma.pairing.findFirstOrThrow();
      expect(pairing.guardianAttendedAt).toBeNull(); // only the mentor (or a coordinator) confirms it
      expect(await d.press("maria", `meet-met:${meeting.id}:0:guardian`)).toMatch(
        /recorded that Sam Student's parent or guardian attended/,
      );
      expect((await d.prisma.pairing.findFirstOrThrow()).guardianAttendedAt).not.toBeNull();
      expect(await d.prisma.meetingLog.count()).toBe(1);
    });

    it("with a student under 18, a meeting at someone's home is refused, also when a move would keep it there", async () => {
      await pair(d, "sam");
      expect(await say(d, "maria", "meet", "fri 4pm at my house")).toMatch(
        /sounds like someone's home.*Zoom or in a public place.*Nothing was planned/s,
      );
      expect(await d.prisma.plannedMeeting.count()).toBe(0);
      await say(d, "maria", "meet", "fri 4pm loussac library");
      expect(await say(d, "maria", "meet", "sat 2pm his apartment")).toMatch(/Nothing was planned/);
      const kept = await d.prisma.plannedMeeting.findFirstOrThrow();
      expect(kept.place.toLowerCase()).toBe("loussac library");
    });

    it("goals: up to three open, shown in the space, marked done once, asked about in the check-in, in the report", async () => {
      await pair(d);
      expect(await say(d, "lee", "goals", "add Shadow in the ER this spring")).toMatch(
        /Added the goal .*1 of 3 open/,
      );
      expect(await spaceText(d)).toMatch(/lee Student added a goal: .*Shadow in the ER this spring/);
      // the same goal again (sent twice, or by the other member) is not a second goal
      expect(await say(d, "maria", "goals", "add shadow in the ER this spring.")).toMatch(
        /already has the goal .*Shadow in the ER this spring.* open: nothing was added/,
      );
      const send = () => say(d, "maria", "goals", "add Volunteer at the food bank");
      const both =
        d.platform === "console" ? [await send(), await send()] : await Promise.all([send(), send()]);
      expect(both.filter((t) => /Added the goal/.test(t))).toHaveLength(1);
      expect(await d.prisma.goal.count()).toBe(2);
      await say(d, "lee", "goals", "add Take the MCAT in 2029");
      expect(await say(d, "lee", "goals", "add One too many")).toMatch(
        /already has 3 open goals.*Nothing was added/,
      );
      expect(await say(d, "lee", "goals", "add   ")).toMatch(/Say what the goal is/);
      const list = await say(d, "maria", "goals", "list");
      expect(list).toMatch(
        /1\. Shadow in the ER this spring \(open\)\n2\. Volunteer at the food bank \(open\)\n3\. Take the MCAT in 2029/,
      );
      expect(await say(d, "maria", "goals", "done 2")).toMatch(/Noted: "Volunteer at the food bank" is done/);
      expect(await spaceText(d)).toMatch(/Goal done: .*Volunteer at the food bank/);
      expect(await say(d, "maria", "goals", "done 2")).toMatch(/already done/); // numbers stay put
      // typed text on Slack and the console; Discord's client offers only the registered subcommands
      if (d.platform !== "discord")
        expect(await say(d, "maria", "goals", "remove 1")).toMatch(/There is no \/goals remove/);
      expect(await say(d, "maria", "goals", "done 9")).toMatch(
        /Give the goal's number from \/goals list \(1 to 3\)/,
      );

      await d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
      const checkin = (await d.dms("lee")).join("\n");
      expect(checkin).toMatch(/Your goals:.*how is each going/);
      expect(checkin).toMatch(/Shadow in the ER this spring/);
      const shadow = await d.prisma.goal.findFirstOrThrow({ where: { text: { startsWith: "Shadow" } } });
      expect(await d.press("lee", `goal-progress:${shadow.id}:stuck`)).toMatch(/is stuck/);
      expect(await d.press("lee", `goal-progress:${shadow.id}:stuck`)).toMatch(/Already noted/);
      expect(await d.press("omar", `goal-progress:${shadow.id}:done`)).toMatch(
        /haven't signed up|isn't one of your pair's/,
      );
      const report = await say(d, "cora", "pairings", "report nov");
      expect(report).toMatch(/1 done, 2 open \(1 stuck\)/);
    });

    it("feedback: each member rates a meeting once, notes reach only the coordinators, and two low ratings are flagged", async () => {
      await pair(d);
      const meetAndRate = async (plan: string, endIso: string, rating: number) => {
        await say(d, "maria", "meet", plan);
        const m = await d.prisma.plannedMeeting.findFirstOrThrow({ orderBy: { startsAt: "desc" } });
        d.clock.set(endIso);
        const said = await d.press("lee", `meet-met:${m.id}:0:yes`);
        expect(said).toMatch(/How did it go\?.*Only the program's coordinators see it/);
        expect(await d.press("lee", `meet-rate:${m.id}:${rating}`)).toMatch(
          new RegExp(`${rating} of 5, seen only by the coordinators`),
        );
        expect(await d.press("lee", `meet-rate:${m.id}:5`)).toMatch(
          new RegExp(`already rated this meeting ${rating} of 5`),
        );
        return m;
      };
      await meetAndRate("thu 4pm zoom", "2026-11-13T02:30:00Z", 2);
      await meetAndRate("mon 4pm zoom", "2026-11-17T02:30:00Z", 1);
      expect(await say(d, "lee", "meet", "note we keep getting cut off and it feels rushed")).toMatch(
        /Only the coordinators see it \(not your mentor or student\)/,
      );
      expect(await spaceText(d)).not.toMatch(/cut off/);
      expect((await d.dms("maria")).join("\n")).not.toMatch(/cut off/);
      await d.runJob("coordinator-digest", "2026-12-05T18:00:00Z");
      const digest = (await d.dms("cora")).join("\n");
      expect(digest).toMatch(/Meetings rated low twice in a row.*Dr\. Maria Lopez ↔ lee Student/);
      expect(digest).toMatch(
        /lee Student \(Dr\. Maria Lopez ↔ lee Student\): we keep getting cut off and it feels rushed/,
      );
      expect(await say(d, "cora", "pairings", "report nov")).toMatch(/meetings rated 1\.5 of 5|1\.5\/5/);
    });

    it("danger written in a note or a goal gets the crisis lines and alerts the coordinators at once", async () => {
      await pair(d);
      // no meeting has happened yet: the note cannot be kept, but the student is not told only that
      const note = await say(d, "lee", "meet", "note honestly i dont want to be alive anymore");
      expect(note).toMatch(/988/);
      expect((await d.dms("cora")).join("\n")).toMatch(/Safety alert\.[\s\S]*a private note about a meeting/);
      const goal = await say(d, "lee", "goals", "add stop cutting myself before prom");
      expect(goal).toMatch(/988/);
      expect(await d.prisma.goal.count()).toBe(0);
      expect(await say(d, "lee", "goals", "add Shadow a surgeon this summer")).toMatch(/Added the goal/);
    });

    it("asks back instead of guessing, and refuses buttons that are not the person's", async () => {
      await pair(d);
      const asks: [string, RegExp][] = [
        ["sometime next week", /not settled yet.*Nothing was planned/],
        ["tue 5pm", /Today is a Tuesday/],
        ["thu 5", /Is \W*5\W* am or pm\?/],
        ["nov 9 5pm", /already passed/],
        ["thu 5pm for 6 hours", /from 10 minutes to 4 hours/],
        ["next friday 5pm", /could mean this coming Friday or the one after/],
      ];
      for (const [text, re] of asks) expect(await say(d, "maria", "meet", text)).toMatch(re);
      expect(await say(d, "maria", "meet", "")).toMatch(/Plan your next meeting/);
      expect(await d.prisma.plannedMeeting.count()).toBe(0);
      expect(await say(d, "nobody", "meet", "thu 5pm")).toMatch(/haven't signed up/);

      await say(d, "maria", "meet", "thu 4pm zoom");
      // moved without a place: it stays where it was
      expect(await say(d, "lee", "meet", "thu 5pm")).toMatch(
        /Moved: Thursday, November 12, 5:00 PM AKST, for 1 hour at zoom/,
      );
      const meeting = await d.prisma.plannedMeeting.findFirstOrThrow();
      await signUp(d, "omar", "mentee", { ...ADULT, name: "Omar Other" });
      expect(await d.press("omar", `meet-rsvp:${meeting.id}:1:no`)).toMatch(/isn't for a meeting of yours/);
      expect(await d.press("lee", `meet-rsvp:${meeting.id}:1:maybe`)).toMatch(/no longer valid/);
      expect(await d.press("lee", `meet-met:${meeting.id}:1:yes`)).toMatch(/hasn't ended yet/);
      expect(await d.prisma.meetingLog.count()).toBe(0);
      // "Can't make it" tells the space
      expect(await d.press("lee", `meet-rsvp:${meeting.id}:1:no`)).toMatch(/can't make it/);
      expect(await spaceText(d)).toMatch(/lee Student can't make the meeting on/);
      expect(await d.press("lee", `meet-rsvp:${meeting.id}:1:yes`)).toMatch(/you'll be there/);
      expect(await spaceText(d)).toMatch(/lee Student can make the meeting on .* after all/);
    });
  });
}
