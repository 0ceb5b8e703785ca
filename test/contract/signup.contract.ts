// Signup scenarios every platform must pass: the same questions, rules and records everywhere.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256 } from "../../src/domain/agreement.ts";
import { publishAgreement } from "../helpers/harness.ts";
import type { Driver, DriverFactory } from "./driver.ts";

export const MENTOR = {
  agree: "yes",
  name: "Dr. Maria Lopez",
  role: "attending",
  specialty: "Family medicine",
  region: "ykdelta",
  accepts: "either",
  capacity: "2",
  contact: "maria@example.org",
};

export const MINOR = {
  agree: "yes",
  name: "Sam Student",
  stage: "high_school",
  school: "Bethel Regional High School",
  region: "ykdelta",
  gradYear: "2028",
  interests: ["physician_life", "shadowing"],
  under18: "yes",
  guardianName: "Pat Student",
  guardianRelationship: "Mother",
  guardianEmail: "pat@example.org",
  guardianPhone: "907-555-0100",
  turns18: "2028-05",
  guardianConsent: "yes",
};

export function signupContract(name: string, makeDriver: DriverFactory): void {
  describe(`signup on ${name}`, () => {
    let d: Driver;
    beforeEach(async () => {
      d = await makeDriver({});
    });
    afterEach(async () => {
      await d.stop();
    });

    const memberCount = () => d.prisma.member.count();

    it("a mentor reads the whole agreement, signs up, and gets a DM summing up what was recorded", async () => {
      const out = await d.run("maria", "mentor-signup");
      expect(out.kind).toBe("form");
      if (out.kind !== "form") return;
      expect(out.form.agreementShown).toBe(true);
      for (const phrase of [
        "introduce the mentee to the role of a physician",
        "confidentiality",
        "truthful",
        "Respect for Others",
        "Respect for Self",
        "Respect for Community",
        "gifts",
        "via Zoom or in a public place, such as a library or coffee shop",
        "normal clinic hours when staff and patients are present",
        "under 18",
        "not a pre-med advisor, not a tutoring resource and not a counselor",
        "At least 2 hours a month from October to the end of the school year",
      ])
        expect(out.form.text.toLowerCase()).toContain(phrase.toLowerCase());

      expect(await d.submit("maria", MENTOR)).toEqual({ ok: true });

      const member = await d.prisma.member.findFirstOrThrow({ include: { mentor: true, acceptances: true } });
      expect(member).toMatchObject({
        platform: d.platform,
        platformUserId: d.idOf("maria"),
        kind: "mentor",
        name: "Dr. Maria Lopez",
      });
      expect(member.mentor).toMatchObject({
        role: "attending",
        region: "ykdelta",
        accepts: "either",
        capacity: 2,
        contact: "maria@example.org",
      });
      const text = readFileSync(join(d.contentDir, "agreement", "v1.md"), "utf8");
      expect(member.acceptances).toHaveLength(1);
      expect(member.acceptances[0]).toMatchObject({
        version: "v1",
        textSha256: sha256(text),
        platform: d.platform,
      });
      const audit = await d.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
      expect(audit.map((a) => a.action)).toEqual(["mentor.signed_up", "agreement.accepted"]);
      expect(audit.every((a) => !a.details.includes("Maria"))).toBe(true);

      const dm = (await d.dms("maria")).join("\n");
      expect(dm).toContain("signed up as a mentor");
      expect(dm).toContain("Dr. Maria Lopez");
      expect(dm).toContain("Attending physician");
      expect(dm).toContain("v1");
      expect(dm).toContain("What happens next");
    });

    it("a student under 18 gives a guardian's contact and consent, and it is stored apart from the profile", async () => {
      await d.run("sam", "mentee-signup");
      expect(await d.submit("sam", MINOR)).toEqual({ ok: true });
      const m = await d.prisma.member.findFirstOrThrow({ include: { mentee: true, guardian: true } });
      expect(m.mentee).toMatchObject({
        stage: "high_school",
        gradYear: 2028,
        interests: "physician_life,shadowing",
        under18: true,
        guardianConsent: true,
      });
      expect(m.guardian).toMatchObject({
        name: "Pat Student",
        relationship: "Mother",
        email: "pat@example.org",
        phone: "(907) 555-0100",
      });
      const dm = (await d.dms("sam")).join("\n");
      expect(dm).toContain("signed up as a student");
      expect(dm).toContain("parent or guardian");
    });

    it("an adult student is not asked for a guardian", async () => {
      await d.run("lee", "mentee-signup");
      const adult = { ...MINOR, name: "Lee Adult", stage: "college", under18: "no" };
      expect(await d.submit("lee", adult)).toEqual({ ok: true });
      const m = await d.prisma.member.findFirstOrThrow({ include: { mentee: true, guardian: true } });
      expect(m.mentee?.under18).toBe(false);
      expect(m.guardian).toBeNull();
    });

    it("bad input gets a message per problem and saves nothing", async () => {
      await d.run("maria", "mentor-signup");
      const r = await d.submit("maria", { ...MENTOR, name: "x".repeat(501), capacity: "0", contact: "" });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const all = r.messages.join("\n");
      expect(all).toMatch(/your name to 100 characters/);
      expect(all).toMatch(/whole number from 1 to 10/);
      expect(all).toMatch(/preferred contact/);
      expect(await memberCount()).toBe(0);
    });

    it("a name, school or guardian's name that is a link or an @-mention is refused with what to fix", async () => {
      await d.run("sam", "mentee-signup");
      const r = await d.submit("sam", {
        ...MINOR,
        name: "@here",
        school: "[Click me](https://evil.example.com)",
        guardianName: "https://evil.example.com/login",
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const all = r.messages.join("\n");
      expect(all).toMatch(/your name as plain words: no links and no @-mentions/);
      expect(all).toMatch(/your school as plain words/);
      expect(all).toMatch(/the name as plain words/);
      expect(await memberCount()).toBe(0);
    });

    it("a student under 18 without a guardian contact, or with a bad e-mail, is told what to fix", async () => {
      await d.run("sam", "mentee-signup");
      const r = await d.submit("sam", {
        ...MINOR,
        guardianEmail: "not-an-email",
        guardianPhone: "",
        gradYear: "2050",
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const all = r.messages.join("\n");
      expect(all).toMatch(/e-mail doesn't look right/);
      expect(all).toMatch(/graduation year, from 2026 to 2038/);
      expect(await memberCount()).toBe(0);
    });

    it("a student under 18 who gives no contact and does not tick the consent box saves nothing", async () => {
      await d.run("sam", "mentee-signup");
      const r = await d.submit("sam", {
        ...MINOR,
        guardianEmail: "",
        guardianPhone: "",
        guardianConsent: undefined as never,
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const all = r.messages.join("\n");
      expect(all).toMatch(/e-mail, phone number, or both/);
      expect(all).toMatch(/Please confirm, by ticking the box \(or answering yes\): under 18/);
      expect(await memberCount()).toBe(0);
    });

    it("not ticking the agreement saves nothing and says how to decline", async () => {
      await d.run("maria", "mentor-signup");
      const r = await d.submit("maria", { ...MENTOR, agree: undefined as never });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.messages.join("\n")).toMatch(/tick the box to accept the agreement|nothing was saved/);
      expect(await memberCount()).toBe(0);
    });

    it("declining the agreement saves nothing and says so", async () => {
      await d.run("maria", "mentor-signup");
      const said = await d.decline("maria");
      expect(said).toMatch(/nothing was saved/i);
      expect(await memberCount()).toBe(0);
      expect(await d.prisma.agreementAcceptance.count()).toBe(0);
    });

    it("running the command again shows what is on file and updates it without asking to re-accept", async () => {
      await d.run("maria", "mentor-signup");
      await d.submit("maria", MENTOR);
      const again = await d.run("maria", "mentor-signup");
      expect(again.kind).toBe("form");
      if (again.kind !== "form") return;
      expect(again.form.agreementShown).toBe(false);
      expect(again.form.text).toContain("Dr. Maria Lopez");
      expect(await d.submit("maria", { ...MENTOR, agree: undefined as never, capacity: "3" })).toEqual({
        ok: true,
      });
      const m = await d.prisma.member.findFirstOrThrow({ include: { mentor: true, acceptances: true } });
      expect(m.mentor?.capacity).toBe(3);
      expect(m.acceptances).toHaveLength(1);
      const updated = await d.prisma.auditEvent.findFirstOrThrow({ where: { action: "mentor.updated" } });
      expect(JSON.parse(updated.details)).toEqual({ fields: ["capacity"] });
      expect((await d.dms("maria")).at(-1)).toContain("updated");
    });

    it("a new agreement version is shown again and its acceptance recorded", async () => {
      await d.run("maria", "mentor-signup");
      await d.submit("maria", MENTOR);
      publishAgreement(d.contentDir, 2, "## Photographs\nNo photographs of patients, ever.");
      const again = await d.run("maria", "mentor-signup");
      if (again.kind !== "form") throw new Error("expected a form");
      expect(again.form.agreementShown).toBe(true);
      expect(again.form.text).toContain("No photographs of patients");
      expect(again.form.text).toMatch(/changed since you accepted v1/);
      expect(await d.submit("maria", MENTOR)).toEqual({ ok: true });
      const acc = await d.prisma.agreementAcceptance.findMany({ orderBy: { version: "asc" } });
      expect(acc.map((a) => a.version)).toEqual(["v1", "v2"]);
    });

    it("a mentor who runs the student signup is told kindly, and nothing changes", async () => {
      await d.run("maria", "mentor-signup");
      await d.submit("maria", MENTOR);
      const out = await d.run("maria", "mentee-signup");
      expect(out).toMatchObject({ kind: "reply" });
      if (out.kind === "reply") expect(out.text).toMatch(/signed up as a mentor/);
      expect(await d.prisma.menteeProfile.count()).toBe(0);
    });
  });
}
