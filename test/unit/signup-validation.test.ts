import { describe, expect, it } from "vitest";
import {
  isEmail,
  isPhone,
  normalPhone,
  parseMenteeProfile,
  parseMentorProfile,
} from "../../src/domain/signup/validate.ts";
import { cleanText } from "../../src/domain/text.ts";

const mentor = {
  name: "Dr. A",
  role: "resident",
  specialty: "Peds",
  region: "anchorage",
  accepts: "college",
  capacity: "1",
  contact: "DM",
};
const mentee = {
  name: "B",
  stage: "college",
  school: "UAA",
  region: "anchorage",
  gradYear: "2027",
  interests: ["mcat"],
  under18: "no",
};

describe("mentor profile", () => {
  it("accepts a complete profile, trimming what was pasted", () => {
    const r = parseMentorProfile({ ...mentor, name: "  Dr.\u200B A \u202E ", capacity: " 10 " });
    expect(r).toEqual({ ok: true, value: { ...mentor, name: "Dr. A", capacity: 10 } });
  });

  it.each([
    [{ capacity: "0" }, "capacity", /1 to 10/],
    [{ capacity: "11" }, "capacity", /1 to 10/],
    [{ capacity: "1.5" }, "capacity", /whole number/],
    [{ capacity: "many" }, "capacity", /whole number/],
    [{ name: "   " }, "name", /Please enter your name/],
    [{ name: "é".repeat(101) }, "name", /100 characters/],
    [{ specialty: "x".repeat(501) }, "specialty", /200 characters/],
    [{ role: "nurse" }, "role", /Medical student, Resident, Attending physician/],
    [{ region: undefined }, "region", /where you are/],
  ])("%o is refused on %s", (patch, field, message) => {
    const r = parseMentorProfile({ ...mentor, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toMatch(message);
  });

  // A mentor's preferred contact as mentors write it: the mentee needs one way to reach them.
  const CONTACTS_THAT_WORK = [
    "DM",
    "dm me",
    "a direct message here",
    "Slack DM",
    "slack",
    "message me on discord",
    "DMs are best, I check every evening",
    "pm me here",
    "maria@example.org",
    "email: maria.lopez@alaska.edu",
    "dr.lopez@providence.org or slack",
    "text me at (907) 555-0134",
    "call or text 907.555.0134 after 6pm",
    "cell 907 555 0134",
    "either dm or email mlopez@gmail.com",
    "zoom or a dm here",
    "here on discord",
    "Email is best: mlopez@gmail.com.",
    "dm me, weekdays 9:00-17:00",
    "slack, usually 5-7pm",
    "email maria@example.org, Mon-Fri 10-12",
    "text 907-555-0134 between 6 and 9pm",
  ];
  it.each(CONTACTS_THAT_WORK)("the contact %j is kept as written", (contact) => {
    const r = parseMentorProfile({ ...mentor, contact });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.contact).toBe(contact);
  });

  it.each([
    ["asdf", /how your mentee can reach you/],
    ["idk", /how your mentee can reach you/],
    ["n/a", /how your mentee can reach you/],
    ["?", /how your mentee can reach you/],
    ["👍", /how your mentee can reach you/],
    ["yes", /how your mentee can reach you/],
    ["whatever works", /how your mentee can reach you/],
    ["maria@gmail", /Please check the e-mail address "maria@gmail": it looks incomplete/],
    ["email me at maria@@example.org", /looks incomplete/],
    ["text 555-12", /Please check the phone number "555-12": it looks incomplete/],
    ["call me 907 555 01", /looks incomplete/],
  ])("the contact %j is asked again: %s", (contact, message) => {
    const r = parseMentorProfile({ ...mentor, contact });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.contact).toMatch(message);
  });

  it("counts length in UTF-16 units, as Slack and Discord limit it (an emoji such as 🩺 is two)", () => {
    expect(parseMentorProfile({ ...mentor, name: "🩺".repeat(50) }).ok).toBe(true);
    expect(parseMentorProfile({ ...mentor, name: "🩺".repeat(51) }).ok).toBe(false);
  });
});

describe("student profile", () => {
  it("keeps interests in the program's order, and no guardian for an adult", () => {
    const r = parseMenteeProfile({ ...mentee, interests: ["mcat", "physician_life"] }, 2026);
    expect(r).toMatchObject({
      ok: true,
      value: { interests: ["physician_life", "mcat"], under18: false, guardian: null, gradYear: 2027 },
    });
  });

  it("takes graduation years from this year to 12 years ahead", () => {
    expect(parseMenteeProfile({ ...mentee, gradYear: "2038" }, 2026).ok).toBe(true);
    for (const y of ["2039", "2025", "20x7"]) {
      const r = parseMenteeProfile({ ...mentee, gradYear: y }, 2026);
      expect(r.ok ? "" : r.errors.gradYear).toMatch(/from 2026 to 2038/);
    }
  });

  it("needs at least one interest", () => {
    const r = parseMenteeProfile({ ...mentee, interests: [] }, 2026);
    expect(r.ok ? "" : r.errors.interests).toMatch(/at least one/);
  });

  it("under 18 needs a guardian's name, relationship, a contact, the month they turn 18 and consent", () => {
    const r = parseMenteeProfile({ ...mentee, under18: "yes" }, 2026);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.keys(r.errors).sort()).toEqual([
        "guardianConsent",
        "guardianEmail",
        "guardianName",
        "guardianRelationship",
        "turns18",
      ]);
    const ok = parseMenteeProfile(
      {
        ...mentee,
        under18: "yes",
        guardianName: "P",
        guardianRelationship: "Father",
        guardianPhone: "(907) 555-0100",
        turns18: "2027-08",
        guardianConsent: "yes",
      },
      2026,
      "2026-11",
    );
    expect(ok).toMatchObject({
      ok: true,
      value: { guardian: { name: "P", relationship: "Father", email: null, phone: "(907) 555-0100" } },
    });
  });
});

describe("the month a student turns 18", () => {
  const base = {
    ...mentee,
    under18: "yes",
    guardianName: "P",
    guardianRelationship: "Father",
    guardianPhone: "907-555-0100",
    guardianConsent: "yes",
  };
  it.each([
    ["2026-12", true],
    ["2032-11", true],
    ["2032-12", false],
    ["2026-11", false],
    ["2025-05", false],
    ["2027-13", false],
    ["next year", false],
  ])("%s is accepted: %s", (turns18, ok) => {
    const r = parseMenteeProfile({ ...base, turns18 }, 2026, "2026-11");
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.errors.turns18).toMatch(/after 2026-11 and by 2032-11/);
  });
});

describe("contact formats", () => {
  it.each(["a@b.co", "first.last+tag@school.k12.ak.us"])("%s is an e-mail", (e) =>
    expect(isEmail(e)).toBe(true),
  );
  it.each(["a@b", "@b.co", "a b@c.de", "plainaddress"])("%s is not an e-mail", (e) =>
    expect(isEmail(e)).toBe(false),
  );
  it.each(["907-555-0100", "+1 (907) 555 0100", "9075550100"])("%s is a phone number", (p) =>
    expect(isPhone(p)).toBe(true),
  );
  it("a name with no visible character (U+3164 filler, braille blanks) is refused; lengths count UTF-16 units", () => {
    for (const blank of ["\u3164", "\u3164\u3164 \u2800", "\u115F\u1160"]) {
      const r = parseMentorProfile({ ...mentor, name: blank });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.name).toMatch(/at least one visible letter|Please enter your name/);
    }
    // 100 family emoji are 100 graphemes but 1,100 UTF-16 units: over the 100 a name may have
    const family = "👨‍👩‍👧‍👦".repeat(100);
    const long = parseMentorProfile({ ...mentor, name: family });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.errors.name).toMatch(/100 characters or fewer/);
  });

  it("a phone number is stored in one standard form; an eight-digit one is refused", () => {
    expect(normalPhone("907.543.1234")).toBe("(907) 543-1234");
    expect(normalPhone("+44 20 7946 0958")).toBe("+44 20 7946 0958");
    expect(normalPhone("(907) 543-12")).toBeNull();
  });

  it.each([
    ["2028", 2028],
    ["class of 2028", 2028],
    ["June 2028", 2028],
    ["Class of '28", 2028],
  ])("graduation year %s reads as %d", (text, year) => {
    const r = parseMenteeProfile({ ...mentee, gradYear: text }, 2026);
    expect(r.ok && r.value.gradYear).toBe(year);
  });

  it.each(["555", "(907) 543-12", "call me", "1234567890123456", "+1-907-555-0100-999999"])(
    "%s is not a phone number",
    (p) => expect(isPhone(p)).toBe(false),
  );
});

describe("pasted text", () => {
  it("drops control and direction-override characters and squeezes spaces", () => {
    expect(cleanText("a\u0000b\u202Ec  d\n e")).toBe("abc d e");
    expect(cleanText("line1\r\nline2", { multiline: true })).toBe("line1\nline2");
    expect(cleanText("e\u0301")).toBe("é");
  });
});
