// Pairing scenarios every platform must pass.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FormValues } from "../../src/domain/forms.ts";
import { normalPhone } from "../../src/domain/signup/validate.ts";
import { publishAgreement } from "../helpers/harness.ts";
import type { Driver, DriverFactory } from "./driver.ts";
import { MENTOR, MINOR } from "./signup.contract.ts";

export const ADULT = {
  ...MINOR,
  name: "Lee Adult",
  stage: "college",
  under18: "no",
  interests: ["mcat", "med_school_apps"],
  region: "anchorage",
};

export async function signUp(
  d: Driver,
  person: string,
  kind: "mentor" | "mentee",
  values: FormValues,
): Promise<void> {
  const out = await d.run(person, kind === "mentor" ? "mentor-signup" : "mentee-signup");
  if (out.kind !== "form") throw new Error(`no form for ${person}: ${out.text}`);
  const r = await d.submit(person, values);
  if (!r.ok) throw new Error(`signup of ${person} failed: ${r.messages.join("; ")}`);
}

async function reply(d: Driver, person: string, text: string): Promise<string> {
  const out = await d.run(person, "pairings", text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text;
}

export function pairingContract(name: string, makeDriver: DriverFactory): void {
  describe(`pairings on ${name}`, () => {
    let d: Driver;
    const at = (p: string) => `@${p}`;
    beforeEach(async () => {
      d = await makeDriver({ coordinators: ["cora"] });
    });
    afterEach(async () => {
      await d.stop();
    });

    it("pairs an adult college student: one private space with both and the coordinator, and a welcome for college", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
      const said = await reply(d, "cora", `create ${at("maria")} ${at("lee")}`);
      expect(said).toMatch(/Paired/);

      const spaces = await d.spaces();
      expect(spaces).toHaveLength(1);
      const space = spaces[0]!;
      expect(space.name).toMatch(/^pair-maria-lee-[a-z0-9]{4}$/);
      expect(space.members.sort()).toEqual([d.idOf("cora"), d.idOf("lee"), d.idOf("maria")].sort());
      expect(space.messages).toHaveLength(1);
      const welcome = space.messages[0]!;
      for (const phrase of [
        "Welcome",
        "Lee Adult",
        "Attending physician",
        "prerequisite",
        "MCAT",
        "applying to medical school",
        "shadowing",
        "Zoom or in a public place",
        "normal clinic hours",
        "gifts or favors",
        "confidential",
        "not a pre-med advisor, a tutor or a counselor",
        "at least 2 hours a month",
        "/log-hours",
      ])
        expect(welcome).toContain(phrase);
      expect(welcome).not.toMatch(/grades/);

      const p = await d.prisma.pairing.findFirstOrThrow();
      expect(p).toMatchObject({
        status: "active",
        spaceId: space.id,
        spaceName: space.name,
        createdBy: d.idOf("cora"),
      });
      const actions = (
        await d.prisma.auditEvent.findMany({ where: { action: { startsWith: "pairing." } } })
      ).map((a) => a.action);
      expect(actions).toEqual(["pairing.created", "pairing.opened"]);
    });

    it("pairs a high-school student under 18: the guardian's contact goes only to the mentor and the coordinator", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "sam", "mentee", MINOR);
      const before = {
        sam: (await d.dms("sam")).length,
        maria: (await d.dms("maria")).length,
        cora: (await d.dms("cora")).length,
      };
      const said = await reply(d, "cora", `create ${at("maria")} ${at("sam")}`);
      expect(said).toMatch(/under 18/);

      const [space] = await d.spaces();
      const welcome = space!.messages.join("\n");
      expect(welcome).toMatch(/grades/);
      expect(welcome).toMatch(/getting into college/);
      expect(welcome).toMatch(/volunteering/);
      expect(welcome).toMatch(/parent or guardian joins/);

      // the phone is stored and shown in its standard form
      const secret = [MINOR.guardianEmail, normalPhone(MINOR.guardianPhone) as string, MINOR.guardianName];
      const contains = (texts: string[]) => secret.filter((s) => texts.some((t) => t.includes(s)));
      expect(contains(space!.messages)).toEqual([]);
      expect(contains((await d.dms("sam")).slice(before.sam))).toEqual([]);
      const toMentor = (await d.dms("maria")).slice(before.maria);
      expect(contains(toMentor)).toEqual(secret);
      expect(contains((await d.dms("cora")).slice(before.cora))).toEqual(secret);
      expect((await d.dms("cora")).slice(before.cora).join("\n")).toMatch(/introduction of Dr\. Maria Lopez/);
      expect(toMentor.join("\n")).toMatch(/guardian attended our first meeting/i);

      // The student cannot confirm for the mentor; the mentor can, once.
      const p = await d.prisma.pairing.findFirstOrThrow();
      expect((await d.run("sam", "pairings", "list")).kind).toBe("reply");
      expect(await d.press("sam", `guardian-attended:${p.id}`)).toMatch(/Only this pair's mentor/);
      // pressed before any meeting is logged, it asks first and records nothing
      expect(await d.press("maria", `guardian-attended:${p.id}`)).toMatch(
        /No meeting with \W*Sam Student\W* is logged yet\. Has your first meeting already happened/,
      );
      expect((await d.prisma.pairing.findFirstOrThrow()).guardianAttendedAt).toBeNull();
      expect(await d.press("sam", `guardian-attended:${p.id}:met`)).toMatch(/Only this pair's mentor/);
      expect(await d.press("maria", `guardian-attended:${p.id}:met`)).toMatch(/recorded/);
      expect(await d.press("maria", `guardian-attended:${p.id}:met`)).toMatch(/Already recorded/);
      expect(await d.press("maria", `guardian-attended:${p.id}`)).toMatch(/Already recorded/);
      expect(
        await d.prisma.auditEvent.count({ where: { action: "pairing.guardian_attended", subjectId: p.id } }),
      ).toBe(1);
      expect((await d.prisma.pairing.findFirstOrThrow()).guardianAttendedAt).not.toBeNull();
      expect(await reply(d, "cora", "list")).toMatch(/guardian attended/);
    });

    it("refuses members who have not signed up, and changes nothing", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      expect(await reply(d, "cora", `create ${at("maria")} ${at("nobody")}`)).toMatch(
        /has not signed up yet.*\/mentee-signup/,
      );
      expect(await d.prisma.pairing.count()).toBe(0);
      expect(await d.spaces()).toEqual([]);
    });

    it("refuses while someone has not accepted the current agreement", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
      publishAgreement(d.contentDir, 2, "## New rule\nSomething new.");
      expect(await reply(d, "cora", `create ${at("maria")} ${at("lee")}`)).toMatch(
        /must accept the current Professionalism Agreement \(v2\)/,
      );
      expect(await d.prisma.pairing.count()).toBe(0);
    });

    it("refuses a mentor at capacity and a student who already has a mentor", async () => {
      await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "1" });
      await signUp(d, "omar", "mentor", { ...MENTOR, name: "Omar Ali", capacity: "3" });
      await signUp(d, "lee", "mentee", ADULT);
      await signUp(d, "sam", "mentee", MINOR);
      expect(await reply(d, "cora", `create ${at("maria")} ${at("lee")}`)).toMatch(/Paired/);
      expect(await reply(d, "cora", `create ${at("maria")} ${at("sam")}`)).toMatch(
        /already has 1 mentee, their capacity/,
      );
      expect(await reply(d, "cora", `create ${at("omar")} ${at("lee")}`)).toMatch(
        /already has a mentor: Dr\. Maria Lopez/,
      );
      expect(await d.prisma.pairing.count()).toBe(1);
      expect(await d.spaces()).toHaveLength(1);
    });

    it("an invite that fails is reported exactly; running the command again completes the same pairing", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
      d.failNext("addToSpace");
      const first = await reply(d, "cora", `create ${at("maria")} ${at("lee")}`);
      expect(first).toMatch(/Not finished:.*adding Dr\. Maria Lopez.*failed/);
      expect(first).toMatch(/made the private space/);
      expect(first).toMatch(/Run the same command again/);
      expect((await d.prisma.pairing.findFirstOrThrow()).status).toBe("opening");
      expect((await d.spaces())[0]?.messages).toEqual([]);

      expect(await reply(d, "cora", `create ${at("maria")} ${at("lee")}`)).toMatch(/Paired/);
      const spaces = await d.spaces();
      expect(spaces).toHaveLength(1);
      expect(spaces[0]!.members.sort()).toEqual([d.idOf("cora"), d.idOf("lee"), d.idOf("maria")].sort());
      expect(spaces[0]!.messages).toHaveLength(1);
      expect((await d.prisma.pairing.findFirstOrThrow()).status).toBe("active");
    });

    it("only coordinators can create, suggest, list or end: others are refused and nothing happens", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
      for (const text of [
        `create ${at("maria")} ${at("lee")}`,
        `suggest ${at("lee")}`,
        "list",
        `end ${at("lee")}`,
      ])
        expect(await reply(d, "maria", text)).toMatch(/Only program coordinators can do that/);
      expect(await d.prisma.pairing.count()).toBe(0);
      expect(await d.spaces()).toEqual([]);
    });

    it("suggests mentors for a student, best first, with reasons, leaving out those who cannot take them", async () => {
      await signUp(d, "maria", "mentor", MENTOR); // attending, Y-K Delta, either, 2 places
      await signUp(d, "ben", "mentor", {
        ...MENTOR,
        name: "Ben Med",
        role: "med_student",
        region: "anchorage",
        accepts: "college",
      });
      await signUp(d, "rita", "mentor", {
        ...MENTOR,
        name: "Rita Res",
        role: "resident",
        region: "anchorage",
        accepts: "either",
        capacity: "1",
      });
      await signUp(d, "sam", "mentee", MINOR); // high school, Y-K Delta, physician life + shadowing
      const said = await reply(d, "cora", `suggest ${at("sam")}`);
      const maria = said.indexOf("Dr. Maria Lopez");
      const rita = said.indexOf("Rita Res");
      expect(maria).toBeGreaterThan(-1);
      expect(rita).toBeGreaterThan(maria);
      expect(said).toMatch(/same region \(Bethel and the Y-K Delta\)/);
      expect(said).toMatch(/Ben Med: mentors college students only/);
    });

    it("ends a pairing: the space is archived, history kept, and the student can be paired again", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
      await reply(d, "cora", `create ${at("maria")} ${at("lee")}`);
      expect(await reply(d, "cora", "list")).toMatch(/Dr\. Maria Lopez ↔ Lee Adult/);
      expect(await reply(d, "cora", `end ${at("lee")} moved to Juneau`)).toMatch(
        /Ended the pairing.*archived/,
      );
      const [space] = await d.spaces();
      expect(space?.archived).toBe(true);
      expect(space?.messages.at(-1)).toMatch(/This pairing has ended/);
      const p = await d.prisma.pairing.findFirstOrThrow();
      expect(p).toMatchObject({ status: "ended", endReason: "moved to Juneau" });
      expect(await reply(d, "cora", "list")).toMatch(/No active pairs/);
      expect(await reply(d, "cora", `end ${at("lee")}`)).toMatch(/no active pairing/);
      expect(await reply(d, "cora", `create ${at("maria")} ${at("lee")}`)).toMatch(/Paired/);
      expect(await d.prisma.pairing.count()).toBe(2);
    });

    it("an archive that fails leaves the pairing ended and a second run retries it", async () => {
      await signUp(d, "maria", "mentor", MENTOR);
      await signUp(d, "lee", "mentee", ADULT);
      await reply(d, "cora", `create ${at("maria")} ${at("lee")}`);
      d.failNext("archiveSpace");
      expect(await reply(d, "cora", `end ${at("lee")}`)).toMatch(
        /archiving their space .* failed.*Run the same command again/,
      );
      expect((await d.prisma.pairing.findFirstOrThrow()).status).toBe("ended");
      expect(await reply(d, "cora", `end ${at("lee")}`)).toMatch(/archived/);
      expect((await d.spaces())[0]?.archived).toBe(true);
    });
  });
}
