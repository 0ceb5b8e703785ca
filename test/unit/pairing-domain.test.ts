import { describe, expect, it } from "vitest";
import type { Member } from "../../src/domain/members.ts";
import { unmarked } from "../../src/domain/message.ts";
import { slug, spaceName } from "../../src/domain/pairing/names.ts";
import { suggestMentors } from "../../src/domain/pairing/suggest.ts";
import { welcomeMessage } from "../../src/domain/pairing/texts.ts";

function mentor(name: string, p: Partial<NonNullable<Member["mentor"]>>): Member {
  const m = {
    name,
    role: "attending",
    specialty: "FM",
    region: "anchorage",
    accepts: "either",
    capacity: 2,
    contact: "dm",
    ...p,
  };
  return {
    id: name,
    platform: "console",
    platformUserId: name,
    kind: "mentor",
    name,
    createdAt: new Date(),
    updatedAt: new Date(),
    mentor: m,
    mentee: null,
    acceptance: null,
  };
}
const student = (p: Partial<NonNullable<Member["mentee"]>> = {}): Member => ({
  id: "s",
  platform: "console",
  platformUserId: "s",
  kind: "mentee",
  name: "Sam",
  createdAt: new Date(),
  updatedAt: new Date(),
  mentor: null,
  acceptance: null,
  mentee: {
    name: "Sam",
    stage: "college",
    school: "UAF",
    region: "fairbanks",
    gradYear: 2027,
    interests: ["mcat"],
    under18: false,
    turns18: null,
    guardian: null,
    ...p,
  },
});

describe("space names", () => {
  it("are lowercase ASCII, without titles, at most 80 characters, and stable for a pairing", () => {
    expect(slug("Dr. María José O'Brien")).toBe("maria-jose-o-brien");
    expect(slug("李")).toBe("member");
    const name = spaceName("Dr. Maria Lopez", "Sam Student", "C217ab-…");
    expect(name).toBe("pair-maria-sam-c217");
    expect(spaceName("A".repeat(300), "B".repeat(300), "abcd1234").length).toBeLessThanOrEqual(80);
    expect(spaceName("Dr. Maria Lopez", "Sam Student", "C217ab")).toBe(name);
  });
});

describe("suggestions", () => {
  const candidates = [
    {
      mentor: mentor("Near", { region: "fairbanks", role: "med_student" }),
      openPairings: 0,
      agreementCurrent: true,
    },
    {
      mentor: mentor("Far", { region: "outside_us", role: "med_student" }),
      openPairings: 0,
      agreementCurrent: true,
    },
    { mentor: mentor("Full", { region: "fairbanks", capacity: 1 }), openPairings: 1, agreementCurrent: true },
    { mentor: mentor("HSonly", { accepts: "high_school" }), openPairings: 0, agreementCurrent: true },
    { mentor: mentor("Stale", {}), openPairings: 0, agreementCurrent: false },
    {
      mentor: mentor("Alaska", { region: "juneau", role: "attending" }),
      openPairings: 0,
      agreementCurrent: true,
    },
  ];

  it("ranks by region and fit, and says why each was left out", () => {
    const { suggestions, excluded } = suggestMentors(student(), candidates);
    // Fit with what the student wants (a recent applicant for the MCAT) weighs more than being in Alaska.
    expect(suggestions.map((s) => s.mentor.name)).toEqual(["Near", "Far", "Alaska"]);
    expect(unmarked(suggestions[0]!.reasons.join("; "))).toMatch(
      /same region \(Fairbanks and the Interior\).*applied to medical school recently.*the mcat/i,
    );
    expect(excluded.map(unmarked)).toEqual([
      "Full: no places left (1 of 1)",
      "HSonly: mentors high-school students only",
      "Stale: must accept the current agreement first",
    ]);
  });

  it("post-baccalaureate students are matched like college students", () => {
    const { suggestions } = suggestMentors(student({ stage: "post_bacc" }), candidates);
    expect(suggestions.map((s) => s.mentor.name)).not.toContain("HSonly");
  });
});

describe("welcome", () => {
  it("is tailored to the stage and notifies exactly the pair", () => {
    // a high-school student who did not ask about the MCAT gets ideas for their stage, none about it
    const hs = welcomeMessage(
      mentor("Maria", {}),
      student({ stage: "high_school", interests: ["shadowing"] }),
      2,
      (m) => `@${m.name}`,
    );
    expect(hs.text).toMatch(/grades/);
    expect(hs.text).not.toMatch(/MCAT/i);
    const college = welcomeMessage(mentor("Maria", {}), student(), 3, (m) => `@${m.name}`);
    expect(college.text).toMatch(/MCAT/);
    // the student's own wishes keep their spelling: "the MCAT", never "the mcat"
    expect(unmarked(college.text)).toMatch(/Wants help with: the MCAT\./);
    expect(college.text).toMatch(/at least 3 hours a month/);
    expect(college.notify).toEqual(["Maria", "s"]);
  });
});
