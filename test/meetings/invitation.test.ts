// The invitation and links a meeting card carries, read back with an independent parser (ical.js).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarLinks, invitationFile } from "../../src/domain/meetings/invitation.ts";
import { looksLikeAHome } from "../../src/domain/meetings/places.ts";
import type { PlannedMeeting } from "../../src/domain/meetings/types.ts";

const meeting: PlannedMeeting = {
  id: "m-1",
  pairingId: "p-1",
  startsAt: new Date("2026-11-25T02:00:00Z"),
  minutes: 90,
  place: "Kaladi Brothers (Tudor), 2nd floor; bring notes",
  sequence: 2,
  status: "planned",
  plannedBy: "x",
  createdAt: new Date("2026-11-18T00:00:00Z"),
  updatedAt: new Date("2026-11-18T00:00:00Z"),
};
const text = { summary: "Mentoring: Dr. Lopez and Sam", description: "Line one\nLine, two; three" };

describe("a meeting's invitation", () => {
  it("is a valid RFC 5545 request: UID, SEQUENCE, DTSTART in UTC, DURATION, a reminder, the place as typed", () => {
    const file = invitationFile(meeting, text, new Date("2026-11-18T01:02:03Z"), "America/Anchorage");
    expect(file.filename).toBe("meeting-2026-11-24-1700.ics");
    const cal = new ICAL.Component(ICAL.parse(file.data.toString("utf8")));
    expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
    const e = cal.getFirstSubcomponent("vevent") as ICAL.Component;
    expect(e.getFirstPropertyValue("uid")).toBe("m-1@premed-mentoring-bot");
    expect(e.getFirstPropertyValue("sequence")).toBe(2);
    expect(e.getFirstProperty("dtstart")?.toICALString()).toBe("DTSTART:20261125T020000Z");
    expect(e.getFirstProperty("dtstamp")?.toICALString()).toBe("DTSTAMP:20261118T010203Z");
    expect(String(e.getFirstPropertyValue("duration"))).toBe("PT90M");
    expect(e.getFirstPropertyValue("location")).toBe(meeting.place);
    expect(e.getFirstPropertyValue("description")).toBe(text.description);
    expect(String(e.getFirstPropertyValue("organizer"))).toBe("mailto:no-reply@mentoring-bot.invalid");
    const alarm = e.getFirstSubcomponent("valarm") as ICAL.Component;
    expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-PT1H");
  });

  it("a cancellation is the same event, METHOD:CANCEL and STATUS:CANCELLED", () => {
    const file = invitationFile(meeting, text, new Date(), "America/Anchorage", "cancel");
    const cal = new ICAL.Component(ICAL.parse(file.data.toString("utf8")));
    expect(cal.getFirstPropertyValue("method")).toBe("CANCEL");
    const e = cal.getFirstSubcomponent("vevent") as ICAL.Component;
    expect(e.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(e.getFirstPropertyValue("uid")).toBe("m-1@premed-mentoring-bot");
  });

  it("the calendar links hold the place encoded whole, parentheses too, so the link cannot break", () => {
    const { google, outlook } = calendarLinks(meeting, text);
    for (const url of [google, outlook]) {
      expect(url).not.toMatch(/[()\s]/);
      expect(new URL(url).searchParams.get("location")).toBe(meeting.place);
    }
    expect(new URL(google).searchParams.get("dates")).toBe("20261125T020000Z/20261125T033000Z");
  });
});

describe("a place that sounds like a home gets the agreement's reminder", () => {
  it.each([
    ["my house", true],
    ["at home", true],
    ["1234 Spenard Rd", true],
    ["his apartment", true],
    ["apt 4", true],
    ["zoom", false],
    ["Loussac Library 3rd floor", false],
    ["Kaladi Brothers on Tudor", false],
    ["UAA library room 204", false],
    ["providence hospital cafeteria", false],
  ])("%s: %s", (place, home) => {
    expect(looksLikeAHome(place)).toBe(home);
  });
});
