import { describe, expect, it } from "vitest";
import { monthEndReminder } from "../../scheduled/month-end-reminder.ts";
import { monthlyCheckin } from "../../scheduled/monthly-checkin.ts";
import { pausedDuring, pausedOn } from "../../src/domain/hours/pauses.ts";
import { dailyMinutes, monthlyMinutes } from "../../src/domain/hours/totals.ts";
import { dayInWords, durationInWords } from "../../src/domain/hours/words.ts";
import {
  addMonths,
  addMonthsToDay,
  dayInSeason,
  dayOf,
  daysInMonth,
  monthInSeason,
  monthOf,
  parseDay,
} from "../../src/domain/time.ts";
import { missedRuns } from "../../src/jobs/scheduler.ts";
import { readLogText } from "../../src/language/log-text.ts";

const AK = "America/Anchorage";

describe("days and months in the program's time zone", () => {
  it("a month's break is one month from the day it starts, shortened where the month is", () => {
    expect(addMonthsToDay("2026-12-01", 1)).toBe("2027-01-01");
    expect(addMonthsToDay("2026-11-10", 1)).toBe("2026-12-10");
    expect(addMonthsToDay("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonthsToDay("2028-01-31", 1)).toBe("2028-02-29");
  });

  it("puts an instant on Anchorage's calendar, not UTC's", () => {
    expect(dayOf(new Date("2026-12-01T08:30:00Z"), AK)).toBe("2026-11-30"); // 23:30 on Nov 30 in Anchorage
    expect(dayOf(new Date("2026-12-01T09:00:00Z"), AK)).toBe("2026-12-01");
    expect(monthOf(new Date("2027-01-01T05:00:00Z"), AK)).toBe("2026-12");
  });

  it("is right across the daylight-saving change on November 1, 2026", () => {
    // 00:30 AKDT (UTC-8) and 23:30 AKST (UTC-9) on the same local day
    expect(dayOf(new Date("2026-11-01T08:30:00Z"), AK)).toBe("2026-11-01");
    expect(dayOf(new Date("2026-11-02T08:30:00Z"), AK)).toBe("2026-11-01");
    expect(dayOf(new Date("2026-11-01T07:30:00Z"), AK)).toBe("2026-10-31");
  });

  it("knows February in leap years, and puts the month-end reminder three days before the end", () => {
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2027-02")).toBe(28);
    expect(monthEndReminder.isRunDay("2028-02-26")).toBe(true);
    expect(monthEndReminder.isRunDay("2028-02-25")).toBe(false);
    expect(monthEndReminder.isRunDay("2027-02-25")).toBe(true);
    expect(monthEndReminder.isRunDay("2026-11-27")).toBe(true);
    expect(monthEndReminder.isRunDay("2026-12-28")).toBe(true);
    expect(addMonths("2026-12", 1)).toBe("2027-01");
  });

  it("tells what is in the season, across the new year", () => {
    expect(dayInSeason("2026-10-01", "10-01", "05-31")).toBe(true);
    expect(dayInSeason("2027-05-31", "10-01", "05-31")).toBe(true);
    expect(dayInSeason("2027-06-01", "10-01", "05-31")).toBe(false);
    expect(dayInSeason("2026-09-30", "10-01", "05-31")).toBe(false);
    expect(monthInSeason("2026-09", "10-01", "05-31")).toBe(false);
    expect(monthInSeason("2027-05", "10-01", "05-31")).toBe(true);
    expect(monthInSeason("2026-07", "01-15", "08-15")).toBe(true);
  });

  it("reads dates as people type them, choosing the most recent year that is not in the future", () => {
    const today = "2026-11-10";
    expect(parseDay("yesterday", today)).toBe("2026-11-09");
    expect(parseDay("nov 3", today)).toBe("2026-11-03");
    expect(parseDay("November 3rd", today)).toBe("2026-11-03");
    expect(parseDay("dec 20", today)).toBe("2025-12-20");
    expect(parseDay("jan 10", today, "future")).toBe("2027-01-10");
    expect(parseDay("11/3", today)).toBe("2026-11-03");
    expect(parseDay("2026-02-29", today)).toBeNull();
    expect(parseDay("2028-02-29", today)).toBe("2028-02-29");
    expect(parseDay("someday", today)).toBeNull();
  });

  it("catches up a missed check-in while its month is still open, and not after", () => {
    expect(missedRuns(monthlyCheckin, new Date("2026-11-03T20:00:00Z"), AK)).toEqual([
      { period: "2026-10", day: "2026-11-01" },
    ]);
    expect(missedRuns(monthlyCheckin, new Date("2026-11-08T20:00:00Z"), AK)).toEqual([]);
    // before 10:00 on the 1st the run is not due yet
    expect(missedRuns(monthlyCheckin, new Date("2026-11-01T18:00:00Z"), AK)).toEqual([]);
  });
});

/** what a line is read as on a day: "minutes day", or the question back */
function readOn(day: string) {
  return (t: string) => {
    const r = readLogText(t, day, AK);
    return r.kind === "unclear" ? r.message : `${r.entry.minutes} ${r.entry.day}`;
  };
}

describe("logging text", () => {
  const today = "2026-11-10";
  const read = (t: string) => readLogText(t, today, AK);
  it.each([
    ["1.5 hrs", 90],
    ["1,5 hours", 90],
    ["90m", 90],
    ["1h30m", 90],
    ["2h", 120],
    ["45 min", 45],
    ["12 hours", 720],
    ["an hour and a half", 90],
    ["half an hour", 30],
  ])("%s is %d minutes", (text, minutes) => {
    expect(read(text)).toEqual({ kind: "entry", entry: { minutes, day: today, note: null } });
  });

  it.each([
    ["abc", /couldn't find an amount of time/],
    ["2-3 hours", /range/],
    ["1 min 30 sec", /whole minutes/],
    ["-1", /can't be negative/],
    ["45 min last week", /could be several days/],
  ])("%s is asked about, never guessed: %s", (text, message) => {
    const r = read(text);
    expect(r.kind).toBe("unclear");
    if (r.kind === "unclear") expect(r.message).toMatch(message);
    if (r.kind === "unclear") expect(r.message).toMatch(/Nothing was logged.*For example/);
  });

  it("a bare number is hours up to 4; from 5 to 12 it is offered as hours, to be confirmed: '10' could mean minutes", () => {
    expect(read("1.5")).toEqual({ kind: "entry", entry: { minutes: 90, day: today, note: null } });
    expect(read("4")).toMatchObject({ kind: "entry", entry: { minutes: 240 } });
    expect(read("10")).toMatchObject({
      kind: "confirm",
      entry: { minutes: 600, day: today, note: null },
      why: expect.stringMatching(/if you meant 10 minutes, say No and type 10 min/),
    });
  });

  it("a bare number over 12 is offered as minutes, to be confirmed", () => {
    expect(read("90")).toEqual({
      kind: "confirm",
      entry: { minutes: 90, day: today, note: null },
      why: "A number over 12 is read as minutes.",
    });
    // a clock-style amount is confirmed for its own reason
    expect(read("1:30")).toMatchObject({
      kind: "confirm",
      entry: { minutes: 90 },
      why: "A time like 1:30 is read as hours and minutes.",
    });
  });

  it("a clock range is its length: '3-4:30pm' 90 minutes, '11-1pm' 2 hours, 'noon to 12:45' 45 minutes", () => {
    const minutes = (t: string) => {
      const r = read(t);
      return r.kind === "unclear" ? r.message : r.entry.minutes;
    };
    expect(minutes("3-4:30pm yesterday")).toBe(90);
    expect(minutes("11-1pm yesterday")).toBe(120);
    expect(minutes("noon to 12:45 yesterday")).toBe(45);
    expect(minutes("from 1:45 to 2:50 yesterday")).toBe(65);
    expect(minutes("14:00-15:30 yesterday")).toBe(90);
    // whole numbers alone could be hours: asked
    expect(minutes("6-7")).toMatch(/range/);
    // a range in the note, once an amount is read, stays in the note
    expect(read("1hr - the 2-3 page essay")).toMatchObject({ kind: "entry", entry: { minutes: 60 } });
  });

  it("today's evening or a range not ended yet is confirmed first: it may be logged ahead or meant yesterday", () => {
    const at3pm = (t: string) => readLogText(t, today, AK, 15 * 60);
    expect(at3pm("1 hr tonight")).toMatchObject({
      kind: "confirm",
      why: expect.stringMatching(/last night/),
    });
    expect(readLogText("1 hr tonight", today, AK, 21 * 60)).toMatchObject({ kind: "entry" });
    expect(at3pm("3-4:30pm")).toMatchObject({ kind: "confirm", why: expect.stringMatching(/4:30 pm/) });
    expect(at3pm("1-2:30pm")).toMatchObject({ kind: "entry", entry: { minutes: 90 } });
  });

  it("a change of mind or a stray half is asked, never half-read", () => {
    for (const t of [
      "45 min wait no 50",
      "1hr or maybe 1.5",
      "30 min, actually it was 40",
      "1 hr plus a half",
    ])
      expect(read(t).kind).toBe("unclear");
    expect(read("an hr & a half")).toMatchObject({ entry: { minutes: 90 } });
    expect(read("an hour 15")).toMatchObject({ entry: { minutes: 75 } });
  });

  it("a doctor's shorthand: 24-hour ranges, '1:15 hrs', 'x1', dotted dates beside an amount", () => {
    const got = readOn("2026-12-03");
    expect(got("1330-1430 reviewed amcas list yesterday")).toBe("60 2026-12-02");
    expect(got("1:15 hrs yesterday")).toBe("75 2026-12-02");
    expect(got("1h x1 post-call yesterday")).toBe("60 2026-12-02");
    expect(got("mentoring x1")).toMatch(/couldn't find an amount/);
    expect(got("30.11 45m")).toBe("45 2026-11-30");
    expect(got("1h30 11.29")).toBe("90 2026-11-29");
    expect(got("1 hr 11.12")).toMatch(/couldn't read "11.12"/);
    expect(got("12h sat - shadowed an ED shift")).toBe("720 2026-11-28");
    expect(got("1hr gpa 3.85 yesterday")).toBe("60 2026-12-02");
  });

  it("after a shift and late in the month: past midnight, misspelt months, 'friday before last', asides", () => {
    const got = readOn("2026-12-03"); // a Thursday
    expect(got("last night 11pm-12:30am")).toBe("90 2026-12-02");
    expect(got("1hr this morning 0700-0800")).toBe("60 2026-12-03");
    expect(got("novmber 5 1hr")).toBe("60 2026-11-05");
    expect(got("novembre 21 1 hr")).toBe("60 2026-11-21");
    expect(got("friday before last, 40 min")).toBe("40 2026-11-20");
    expect(got("two saturdays ago 1hr")).toBe("60 2026-11-21");
    expect(got("monday of last week 40 min")).toBe("40 2026-11-23");
    expect(got("¾ of an hour yesterday")).toBe("45 2026-12-02");
    expect(got("2 hours on election day")).toBe("120 2026-11-03");
    expect(readLogText("zoom 1 hr 30 last friday (her wifi cut out twice)", "2026-12-03", AK)).toMatchObject({
      kind: "entry",
      entry: { minutes: 90, day: "2026-11-27", note: "zoom her wifi cut out twice" },
    });
    // an aside that names a day or an amount is never set apart: that would read it as today
    expect(got("1 hr (last tuesday)")).toBe("60 2026-12-01");
    expect(readLogText("45 min (or 1h?)", "2026-12-03", AK).kind).toBe("unclear");
    // said unsure, or far back by an ordinal: asked, never recorded
    for (const t of ["hour and a half, not sure which day, maybe the 20th", "the 5th 1 hr"])
      expect(readLogText(t, "2026-12-03", AK).kind).toBe("confirm");
    expect(readLogText("2 hrs while i was in nome", "2026-12-03", AK).kind).toBe("unclear");
  });

  it("English as a second language: 'two hours and half', 'since 7 until 8', 'before 3 days'", () => {
    const got = readOn("2027-03-01");
    expect(got("two hours and half yesterday")).toBe("150 2027-02-28");
    expect(got("one and half hour yesterday")).toBe("90 2027-02-28");
    expect(got("since 7 until 8 at evening yesterday")).toBe("60 2027-02-28");
    expect(got("between 4 and 5pm yesterday")).toBe("60 2027-02-28");
    expect(got("before 3 days 45 minute")).toBe("45 2027-02-26");
  });

  it("a lower bound or a time written like a clock is asked: 'at least an hour', '1hr+', '1.15'", () => {
    for (const t of [
      "at least an hour yesterday",
      "1hr+ yesterday",
      "half hour or so, maybe more",
      "1.15",
      "1.40 hrs",
    ])
      expect(read(t).kind).toBe("unclear");
    expect(read("1.25")).toMatchObject({ entry: { minutes: 75 } });
  });

  it("calendar pastes and times in words: '4p-5p', 'quarter past seven to eight thirty', 'from noon till one'", () => {
    const got = readOn("2026-12-03");
    expect(got("Tue 12/1 @ 4p-5p")).toBe("60 2026-12-01");
    expect(got("Fri, 11/27, 10a–11a")).toBe("60 2026-11-27");
    expect(got("quarter past seven to eight thirty last night")).toBe("75 2026-12-02");
    expect(got("quarter to five till half five yesterday")).toBe("45 2026-12-02");
    expect(got("from noon till one yesterday")).toBe("60 2026-12-02");
    expect(got("half past three for an hour yesterday")).toBe("60 2026-12-02");
    expect(got("an hour and a quarter yesterday")).toBe("75 2026-12-02");
    expect(got("1 hout yesterdya")).toBe("60 2026-12-02");
    // a range of hours in words stays a range
    expect(got("one to two hours yesterday")).toMatch(/range/);
  });

  it("Spanish beside English: '1 hora ayer', 'hora y media el lunes', 'hace 3 días'; 'mañana' is the future", () => {
    const got = readOn("2027-03-01");
    expect(got("1 hora ayer")).toBe("60 2027-02-28");
    expect(got("hora y media el viernes")).toBe("90 2027-02-26");
    expect(got("hace 3 días 1 hora")).toBe("60 2027-02-26");
    expect(got("media hora el miércoles")).toBe("30 2027-02-24");
    expect(got("el sábado pasado 2 horas")).toBe("120 2027-02-27");
    expect(got("1 hora mañana")).toMatch(/in the future/);
    expect(got("la semana pasada 1 hora")).toMatch(/could be several days/);
  });

  it("bounds and other numbers: 'over an hour' asked, 'went over 2 essays' a note, '1 billion hours' asked", () => {
    expect(read("little over an hour yesterday").kind).toBe("unclear");
    expect(read("an hour and change yesterday").kind).toBe("unclear");
    expect(read("an hour and a half, maybe two").kind).toBe("unclear");
    expect(read("1 billion hours").kind).toBe("unclear");
    expect(read("45 min went over 2 practice tests, scored 510")).toMatchObject({ entry: { minutes: 45 } });
    expect(read("1 hr talked about shadowing hours")).toMatchObject({ entry: { minutes: 60 } });
  });

  it("'last tuesday' said on a Wednesday, or 'the 1st' on the 1st, is offered to confirm: people mean two days", () => {
    expect(readLogText("1 hr last tuesday", "2026-11-18", AK)).toMatchObject({
      kind: "confirm",
      entry: { day: "2026-11-17" },
      why: expect.stringMatching(/a week before/),
    });
    expect(readLogText("1 hr last monday", "2026-11-18", AK)).toMatchObject({
      kind: "entry",
      entry: { day: "2026-11-16" },
    });
    expect(readLogText("the 1st 1 hr", "2027-03-01", AK)).toMatchObject({
      kind: "confirm",
      entry: { day: "2027-03-01" },
    });
  });

  it("a note keeps what it says and drops what says nothing; 'SAT' in capitals is the test", () => {
    expect(read("we met for 30 min on monday!!")).toMatchObject({ entry: { minutes: 30, note: null } });
    expect(read("like an hour lol yesterday")).toMatchObject({ entry: { note: null } });
    expect(read("45 min yesterday went over my personal statement")).toMatchObject({
      entry: { note: "went over my personal statement" },
    });
    expect(read("1h20 monday talked about MCAT, she scored 1250 on SAT")).toMatchObject({
      entry: { minutes: 80, day: "2026-11-09" },
    });
    // on Dec 2, "christmas" is this year's, in the future, not last year's
    expect(readLogText("1 hr christmas", "2026-12-02", AK)).toMatchObject({ entry: { day: "2026-12-25" } });
  });

  it("holidays are the last one on or before today; a break is several days", () => {
    const on = (t: string, day: string) => {
      const r = readLogText(t, day, AK);
      return r.kind === "unclear" ? r.message : r.entry.day;
    };
    expect(on("valentine's day 45 min", "2027-03-01")).toBe("2027-02-14");
    expect(on("christmas eve 1hr", "2027-03-01")).toBe("2026-12-24");
    expect(on("1 hr thanksgiving", "2026-12-03")).toBe("2026-11-26");
    expect(on("1 hr black friday", "2026-12-03")).toBe("2026-11-27");
    expect(on("1 hr over winter break", "2027-03-01")).toMatch(/could be several days/);
    expect(on("1 hr on grandma's day", "2027-03-01")).toMatch(/couldn't read/);
    // day first only where the first number cannot be a month
    expect(on("28/02 1h", "2027-03-01")).toBe("2027-02-28");
    expect(on("2/11 1h", "2027-03-01")).toBe("2027-02-11");
  });

  it("takes the date and the note anywhere around the time", () => {
    expect(read("90m yesterday")).toEqual({
      kind: "entry",
      entry: { minutes: 90, day: "2026-11-09", note: null },
    });
    expect(read("1h30m 2026-11-03 coffee at the library")).toEqual({
      kind: "entry",
      entry: { minutes: 90, day: "2026-11-03", note: "coffee at the library" },
    });
    expect(read("zoom 1h 30m nov 3")).toEqual({
      kind: "entry",
      entry: { minutes: 90, day: "2026-11-03", note: "zoom" },
    });
    expect(read("2 talked about the MCAT")).toEqual({
      kind: "entry",
      entry: { minutes: 120, day: today, note: "talked about the MCAT" },
    });
    // said on a Tuesday: a week ago, offered to confirm (some mean today's week)
    expect(read("last tuesday 45 min")).toMatchObject({ kind: "confirm", entry: { day: "2026-11-03" } });
    expect(read("1 2026-13-45").kind).toBe("unclear");
  });

  it("says amounts and days in words", () => {
    expect(durationInWords(90)).toBe("1 hour 30 minutes");
    expect(durationInWords(60)).toBe("1 hour");
    expect(durationInWords(45)).toBe("45 minutes");
    expect(dayInWords("2026-11-17")).toBe("Tuesday, November 17");
  });
});

describe("a meeting counts once", () => {
  const rows = [
    { pairingId: "p", memberId: "mentor", meetingOn: "2026-11-03", minutes: 90 },
    { pairingId: "p", memberId: "student", meetingOn: "2026-11-03", minutes: 60 }, // the same meeting, logged by the other
    { pairingId: "p", memberId: "student", meetingOn: "2026-11-05", minutes: 30 },
    { pairingId: "p", memberId: "student", meetingOn: "2026-11-05", minutes: 30 }, // a second meeting that day, same person
    { pairingId: "q", memberId: "x", meetingOn: "2026-10-31", minutes: 45 },
  ];
  it("a date counts the larger of the two members' totals; one member's separate meetings add up", () => {
    expect(dailyMinutes(rows).get("p")).toEqual(
      new Map([
        ["2026-11-03", 90],
        ["2026-11-05", 60],
      ]),
    );
    expect(monthlyMinutes(rows).get("p")?.get("2026-11")).toBe(150);
    expect(monthlyMinutes(rows).get("q")?.get("2026-10")).toBe(45);
  });
});

describe("breaks", () => {
  const pauses = [{ pairingId: "p", startsOn: "2026-12-10", until: "2027-01-10" }];
  it("cover from their first day up to, not including, the end date", () => {
    expect(pausedOn(pauses, "p", "2026-12-10")).toBeDefined();
    expect(pausedOn(pauses, "p", "2027-01-09")).toBeDefined();
    expect(pausedOn(pauses, "p", "2027-01-10")).toBeUndefined();
    expect(pausedDuring(pauses, "p", "2026-12")).toBe(true);
    expect(pausedDuring(pauses, "p", "2027-01")).toBe(true);
    expect(pausedDuring(pauses, "p", "2027-02")).toBe(false);
    expect(pausedDuring(pauses, "q", "2026-12")).toBe(false);
  });
});
