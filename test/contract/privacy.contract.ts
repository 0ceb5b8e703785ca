// /my-data on every platform: see everything, ask to be forgotten, a coordinator erases.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Driver, DriverFactory } from "./driver.ts";
import { signUp } from "./pairing.contract.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

async function say(d: Driver, person: string, command: string, text: string): Promise<string> {
  const out = await d.run(person, command, text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text.replace(/\*/g, "");
}

async function fileNamed(d: Driver, person: string, name: string) {
  for (let i = 0; i < 100; i++) {
    const f = (await d.files(person)).find((x) => x.filename === name);
    if (f) return f;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

/** A coordinator erases sam: the command asks, naming who, and the button erases (pressed twice: once). */
async function eraseSam(d: Driver): Promise<string> {
  const asked = await say(d, "cora", "my-data", "erase @sam");
  if (!/Erase \W*Sam Student\W*'s personal data \(a student\)\?.*cannot be undone/s.test(asked)) return asked;
  if ((await d.prisma.member.count({ where: { erasedAt: { not: null } } })) !== 0)
    throw new Error("the question erased already");
  return d.press("cora", `erase-confirm:${d.idOf("sam")}`);
}

export function privacyContract(name: string, makeDriver: DriverFactory): void {
  describe(`privacy on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "sam", "mentee", MINOR);
      await say(d, "cora", "pairings", "create @maria @sam");
      await d.run("sam", "log-hours", "1.5 coffee with Maria");
    });
    afterEach(async () => {
      await d.stop();
    });

    it("/my-data shows a student everything stored about them, with a JSON file of it", async () => {
      const text = await say(d, "sam", "my-data", "show");
      for (const s of [
        "What the mentoring bot stores about you",
        "Sam Student",
        "Bethel Regional High School",
        "Pat Student",
        "pat@example.org",
        "v1",
        "Dr. Maria Lopez",
        "Meetings you logged: 1 (1 hour 30 minutes)",
        "/my-data forget",
      ])
        expect(text).toContain(s);
      const file = await fileNamed(d, "sam", "my-data.json");
      const data = JSON.parse(file?.data.toString("utf8") ?? "{}");
      expect(data.member.mentee.guardian.email).toBe("pat@example.org");
      expect(data.meetings[0]).toMatchObject({ minutes: 90, note: "coffee with Maria" });
      expect(data.pairings[0]).toMatchObject({ role: "student", partner: "Dr. Maria Lopez" });
      expect(await say(d, "nobody", "my-data", "show")).toMatch(/stores nothing about you/);
      // typed text only (Discord's show takes no options): a name is not ignored silently
      if (d.platform !== "discord")
        expect(await say(d, "cora", "my-data", "show @sam")).toMatch(
          /takes no name: it shows what the bot stores about you/,
        );
    });

    it("a student asks to be forgotten, a coordinator erases: personal data gone, anonymous hours kept", async () => {
      const before = (await d.dms("cora")).length;
      expect(await say(d, "sam", "my-data", "forget")).toMatch(/a coordinator will erase your personal data/);
      expect((await d.dms("cora")).slice(before).join("\n")).toMatch(
        /asked to have their personal data erased/,
      );
      expect(await say(d, "maria", "my-data", "erase @sam")).toMatch(/Only program coordinators/);
      // the button is checked on every press, not only the command that showed it
      expect(await d.press("maria", `erase-confirm:${d.idOf("sam")}`)).toMatch(/Only program coordinators/);
      const season =
        /Season to date\W+\(([^)]*)\): ([^.]*?) served.*?, (\d+(?:\.\d+)?) meeting hours, ([^.]*)\./s;
      const figuresBefore = season.exec(await say(d, "cora", "pairings", "report"))?.slice(2);
      expect(figuresBefore?.[0]).toMatch(/^1 student/);

      expect(await eraseSam(d)).toMatch(
        /Erased Sam Student's personal data.*1 open pairing was ended.*1 meeting entry is kept/s,
      );
      const all = JSON.stringify(
        await Promise.all(
          [
            "Member",
            "MenteeProfile",
            "Guardian",
            "AgreementAcceptance",
            "MeetingLog",
            "FlowDraft",
            "Pairing",
          ].map((t) => d.prisma.$queryRawUnsafe(`SELECT * FROM "${t}"`)),
        ),
        (_k, v) => (typeof v === "bigint" ? Number(v) : v),
      );
      for (const gone of [
        "Sam Student",
        "Bethel Regional High School",
        "Pat Student",
        "pat@example.org",
        "907-555-0100",
        "coffee with Maria",
        d.idOf("sam"),
      ])
        expect(all).not.toContain(gone);
      const log = await d.prisma.meetingLog.findFirstOrThrow();
      expect(log.minutes).toBe(90);
      expect((await d.prisma.menteeProfile.findFirstOrThrow()).stage).toBe("high_school");
      expect(await say(d, "sam", "my-data", "show")).toMatch(/stores nothing about you/);
      expect(await d.prisma.auditEvent.count({ where: { action: "member.erased" } })).toBe(1);
      // the button pressed again erases nothing more
      expect(await d.press("cora", `erase-confirm:${d.idOf("sam")}`)).toMatch(/no data stored/);
      // the program's figures are the same after the erasure: students served, hours, the share met
      const after = await say(d, "cora", "pairings", "report");
      expect(season.exec(after)?.slice(2)).toEqual(figuresBefore);
      expect(after).toMatch(/Erased member/);
      expect(after).not.toMatch(/Sam Student/);
    });

    const CONTACT = /pat@example\.org|907-555-0100/;
    const holdsContact = async (person: string) => (await d.dms(person)).some((m) => CONTACT.test(m));

    it("erasure reaches the platform: the guardian's contact leaves every DM, the space loses the names", async () => {
      // the mentor's copy, the coordinator's introduction and the student's own confirmation
      for (const p of ["maria", "cora", "sam"]) expect(await holdsContact(p)).toBe(true);
      const said = await eraseSam(d);
      expect(said).toMatch(
        /Deleted 3 direct messages the bot had sent with a parent's or guardian's contact/,
      );
      expect(said).toMatch(/Renamed their space to \S+ and archived it/);
      expect(said).toMatch(/What the bot cannot delete:.*messages people wrote themselves/s);
      for (const p of ["maria", "cora", "sam"]) expect(await holdsContact(p)).toBe(false);
      const [space] = await d.spaces();
      expect(space?.name).toMatch(/^pair-closed-[a-z0-9]+$/);
      expect(space?.archived).toBe(true);
      expect(`${space?.name} ${space?.purpose ?? ""}`).not.toMatch(/sam|maria|lopez/i);
      expect(await d.prisma.contactMessage.count()).toBe(0);
      // a second erasure finds nothing: no double deletion, no error
      expect(await eraseSam(d)).toMatch(/no data stored/);
    });

    it("an erased student's space that was already archived: renamed where the platform allows, else named for the coordinator", async () => {
      await say(d, "cora", "pairings", "end @sam");
      const said = await eraseSam(d);
      const [space] = await d.spaces();
      expect(space?.archived).toBe(true);
      if (d.platform === "slack") {
        // Slack lets no bot rename an archived channel, or reopen one
        expect(said).toMatch(
          /cannot delete:.*the name of \S+ \(Slack does not let a bot rename an archived channel\): rename it by hand/s,
        );
        expect(space?.name).toMatch(/^pair-maria-sam-/);
      } else {
        expect(said).toMatch(/Renamed their space to \S+ and archived it/);
        expect(space?.name).toMatch(/^pair-closed-/);
      }
    });

    it("a DM the platform would not delete is named for the coordinator and deleted on a later day", async () => {
      d.failNext("deleteSent");
      const said = await eraseSam(d);
      expect(said).toMatch(/Deleted 2 direct messages/);
      expect(said).toMatch(
        /cannot delete:.*a direct message to \S+ with the guardian's contact \(.+failed.*\); the bot tries again each day/s,
      );
      expect(await d.prisma.contactMessage.count()).toBe(1);
      await d.runRetention(new Date(d.clock.now().getTime() + 86_400_000).toISOString());
      for (const p of ["maria", "cora", "sam"]) expect(await holdsContact(p)).toBe(false);
      expect(await d.prisma.contactMessage.count()).toBe(0);
    });

    it("a DM that cannot be deleted on three days is named to the coordinators, once", async () => {
      await say(d, "cora", "pairings", "end @sam");
      const ended = d.clock.now().getTime();
      const day = (n: number) => new Date(ended + n * 86_400_000).toISOString();
      const told = async () =>
        (await d.dms("cora")).filter((m) => /could not delete this direct message/.test(m)).length;
      for (const n of [31, 32, 33]) {
        expect(await told()).toBe(0);
        d.failNext("deleteSent");
        await d.runRetention(day(n));
      }
      expect(await told()).toBe(1);
      expect(await d.prisma.contactMessage.count()).toBe(1);
      await d.runRetention(day(34));
      expect(await d.prisma.contactMessage.count()).toBe(0);
      expect(await told()).toBe(1);
    });

    it("retention reaches the platform: 30 days after the pairing ends, the DMs with the contact are deleted", async () => {
      await say(d, "cora", "pairings", "end @sam");
      const ended = d.clock.now().getTime();
      const day = (n: number) => new Date(ended + n * 86_400_000).toISOString();
      await d.runRetention(day(29));
      for (const p of ["maria", "cora", "sam"]) expect(await holdsContact(p)).toBe(true);
      await d.runRetention(day(31));
      for (const p of ["maria", "cora", "sam"]) expect(await holdsContact(p)).toBe(false);
      expect(await d.prisma.guardian.count()).toBe(0);
      expect(await d.prisma.contactMessage.count()).toBe(0);
      // the rest of each DM history is untouched: the welcome space and other DMs stay
      expect((await d.dms("maria")).length).toBeGreaterThan(0);
      await d.runRetention(day(32)); // the next day's run has nothing left to do
      expect(await d.prisma.contactMessage.count()).toBe(0);
    });
  });
}
