// HoursService on its own, on in-memory stores (test/helpers/memory-stores.ts): the rules of
// logging time as a member meets them, in milliseconds, with no bot and no database. The
// platforms' translation of the same rules is the contract suite's business.
import { beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/domain/errors.ts";
import { HoursService } from "../../src/domain/hours/service.ts";
import type { Message } from "../../src/domain/message.ts";
import { unmarked } from "../../src/domain/message.ts";
import type { PairingWithMembers } from "../../src/domain/pairing/types.ts";
import { readLogText } from "../../src/language/log-text.ts";
import { FixedClock } from "../helpers/harness.ts";
import { activePair, MemoryDrafts, MemoryMeetings, MemoryMembers, member } from "../helpers/memory-stores.ts";
import { silentPort } from "../helpers/silent-port.ts";

const ZONE = "America/Anchorage";
const dana = member("dana", "mentor");
const sam = member("sam", "mentee");
const lee = member("lee", "mentee");
const asUser = (m: typeof dana) => ({ platform: m.platform, userId: m.platformUserId });

function setUp(pairs: PairingWithMembers[]) {
  // Thursday 19 November 2026, 2 pm in Anchorage
  const clock = new FixedClock(new Date("2026-11-19T23:00:00Z"));
  const meetings = new MemoryMeetings(pairs);
  const posted: string[] = [];
  const port = silentPort("slack", {
    postToSpace: async (_id, m) => {
      posted.push(unmarked(m.text));
    },
  });
  const hours = new HoursService({
    members: new MemoryMembers([dana, sam, lee]),
    meetings,
    drafts: new MemoryDrafts(),
    clock,
    timeZone: ZONE,
    goalHours: 2,
    readLog: (text, today, minute) => readLogText(text, today, ZONE, minute),
  });
  return { hours, meetings, port, posted, clock };
}

/** what the member reads: no bold markers, names as plain text */
const text = (m: Message) => unmarked(m.text).replace(/\*\*/g, "");
/** the code a refusal carries (UserErrorCode), for logs and metrics */
const refusalCode = async (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: unknown) => (e instanceof UserError ? e.code : "bug"),
  );
const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return unmarked((err as UserError).message);
};

describe("logging time, one pair", () => {
  let s: ReturnType<typeof setUp>;
  beforeEach(() => {
    s = setUp([activePair("p1", dana, sam, "2026-10-01")]);
  });

  it("'1.5' is an hour and a half today, said back with the month's progress and posted in the space", async () => {
    const answer = await s.hours.log(asUser(sam), s.port, "1.5");
    expect(s.meetings.logs.map((l) => [l.minutes, l.meetingOn])).toEqual([[90, "2026-11-19"]]);
    expect(text(answer)).toMatch(
      /Logged 1 hour 30 minutes on Thursday, November 19 with Dana\. November: 1\.5 of 2 hours\./,
    );
    expect(s.posted).toEqual([
      expect.stringMatching(/^Sam logged 1 hour 30 minutes on Thursday, November 19\./),
    ]);
  });

  it("the reply names the entry's id, and a meeting logged late is in the list and can be removed by it", async () => {
    for (let d = 9; d <= 18; d++) {
      s.clock.set(`2026-11-${d + 1}T01:00:00Z`);
      await s.hours.log(asUser(sam), s.port, "1 hr today");
    }
    s.clock.set("2026-11-19T23:00:00Z");
    const late = text(await s.hours.log(asUser(sam), s.port, "45 min nov 2"));
    const id = /\/log-hours remove (\w+)/.exec(late)?.[1] ?? "";
    expect(id).toMatch(/^[a-z2-9]{4,}$/);
    expect(text(await s.hours.list(asUser(sam)))).toContain(`\`${id}\` Monday, November 2: 45 minutes`);
    await s.hours.removeByIds(asUser(sam), s.port, id);
    expect(s.meetings.logs.filter((l) => l.meetingOn === "2026-11-02" && !l.removedAt)).toEqual([]);
  });

  it("'10 min' is ten minutes, never ten hours", async () => {
    await s.hours.log(asUser(sam), s.port, "10 min");
    expect(s.meetings.logs.map((l) => l.minutes)).toEqual([10]);
  });

  it("'45m yesterday coffee at the library' is 45 minutes on Wednesday with its note", async () => {
    await s.hours.log(asUser(sam), s.port, "45m yesterday coffee at the library");
    expect(s.meetings.logs.map((l) => [l.minutes, l.meetingOn, l.note])).toEqual([
      [45, "2026-11-18", "coffee at the library"],
    ]);
  });

  it("a bare '90' is asked about, not recorded, and 'No' records nothing", async () => {
    const asked = await s.hours.log(asUser(sam), s.port, "90");
    expect(text(asked)).toMatch(/Did you mean 1 hour 30 minutes on Thursday, November 19\?/);
    expect(s.meetings.logs).toEqual([]);
    const no = asked.buttons?.find((b) => b.label === "No");
    await s.hours.cancel(asUser(sam), (no?.id ?? "").split(":")[1] ?? "");
    expect(s.meetings.logs).toEqual([]);
  });

  it("the same meeting logged by both members counts once in the month", async () => {
    await s.hours.log(asUser(dana), s.port, "1h");
    const second = await s.hours.log(asUser(sam), s.port, "1h");
    expect(text(second)).toMatch(
      /Dana logged Thursday, November 19 too: the same meeting counts once\. November: 1 of 2 hours\./,
    );
  });

  it("'counts once' is said only when the other's entry covered this one, with what it added", async () => {
    await s.hours.log(asUser(dana), s.port, "1h");
    const longer = await s.hours.log(asUser(sam), s.port, "1.5");
    expect(text(longer)).toMatch(/counts once, so this adds 30 minutes\. November: 1\.5 of 2 hours\./);
    // a second meeting of sam's that day goes past dana's hour: all of it counts, and nothing says otherwise
    const asked = await s.hours.log(asUser(sam), s.port, "1h");
    const yes = asked.buttons?.[0]?.id.replace(/^log-pick:/, "") ?? "";
    const another = await s.hours.pick(asUser(sam), s.port, yes);
    expect(text(another)).not.toMatch(/counts once/);
    expect(text(another)).toMatch(/November: 2\.5 of 2 hours\./);
  });

  it("the same entry sent twice is asked about, not counted twice; Yes adds it once however often pressed", async () => {
    await s.hours.log(asUser(sam), s.port, "1h yesterday");
    const again = await s.hours.log(asUser(sam), s.port, "1 hr yesterday");
    expect(text(again)).toMatch(
      /You already logged 1 hour with Dana on Wednesday, November 18\. Was this another meeting that day\?.*nothing is logged until you say yes/,
    );
    expect(again.buttons?.map((b) => unmarked(b.label))).toEqual(["Yes, add 1 hour", "No"]);
    expect(s.meetings.logs.map((l) => l.minutes)).toEqual([60]);
    const yes = again.buttons?.[0]?.id.replace(/^log-pick:/, "") ?? "";
    expect(text(await s.hours.pick(asUser(sam), s.port, yes))).toMatch(
      /Logged 1 hour on Wednesday, November 18/,
    );
    expect(await refusal(s.hours.pick(asUser(sam), s.port, yes))).toMatch(/already logged/);
    expect(s.meetings.logs.map((l) => l.minutes)).toEqual([60, 60]);
  });

  it("No to the same-day question logs nothing; another day, or the partner's own entry, is not asked about", async () => {
    await s.hours.log(asUser(sam), s.port, "45 min");
    const again = await s.hours.log(asUser(sam), s.port, "30 min");
    const no = again.buttons?.[1]?.id.replace(/^log-cancel:/, "") ?? "";
    expect(text(await s.hours.cancel(asUser(sam), no))).toMatch(/nothing was logged/);
    expect(text(await s.hours.log(asUser(sam), s.port, "1h yesterday"))).toMatch(/^Logged 1 hour/);
    expect(text(await s.hours.log(asUser(dana), s.port, "45 min"))).toMatch(/^Logged 45 minutes/);
    expect(s.meetings.logs.map((l) => l.minutes)).toEqual([45, 60, 45]);
  });

  it("a confirmed reading on a day already logged is asked about too, before anything is added", async () => {
    await s.hours.log(asUser(sam), s.port, "1h");
    const doubt = await s.hours.log(asUser(sam), s.port, "10"); // 10 hours or 10 minutes?
    const yes = doubt.buttons?.[0]?.id.replace(/^log-pick:/, "") ?? "";
    const asked = await s.hours.pick(asUser(sam), s.port, yes);
    expect(text(asked)).toMatch(/You already logged 1 hour with Dana on Thursday, November 19/);
    expect(s.meetings.logs).toHaveLength(1);
  });

  it("a day holds at most 12 hours: the entry that would pass it is refused and nothing is logged", async () => {
    await s.hours.log(asUser(sam), s.port, "10h");
    expect(await refusal(s.hours.log(asUser(sam), s.port, "3h"))).toMatch(
      /already logged 10 hours with Dana on Thursday, November 19, and one day holds at most 12 hours/,
    );
    expect(s.meetings.logs.map((l) => l.minutes)).toEqual([600]);
  });

  it("a day in the future, before the pairing began, or in a closed month is refused", async () => {
    expect(await refusal(s.hours.log(asUser(sam), s.port, "1h tomorrow"))).toMatch(/is in the future/);
    expect(await refusal(s.hours.log(asUser(sam), s.port, "1h 2026-09-20"))).toMatch(
      /I read Sunday, September 20, and your pairing began on Oct 1, 2026/,
    );
    expect(s.meetings.logs).toEqual([]);
  });

  it("a second one-tap amount on a day already logged is asked about, not added", async () => {
    await s.hours.quickLog(asUser(sam), s.port, "p1:30:2026-11");
    const asked = await s.hours.quickLog(asUser(sam), s.port, "p1:90:2026-11");
    expect(text(asked)).toMatch(
      /You already logged 30 minutes with Dana on Thursday, November 19\. Was this another meeting/,
    );
    expect(s.meetings.logs.map((l) => l.minutes)).toEqual([30]);
  });

  it("a reminder's one-tap button logs once, however many times it is pressed", async () => {
    const first = await s.hours.quickLog(asUser(sam), s.port, "p1:60:2026-11");
    expect(text(first)).toMatch(/Logged 1 hour/);
    expect(await refusal(s.hours.quickLog(asUser(sam), s.port, "p1:60:2026-11"))).toMatch(/already logged/);
    expect(s.meetings.logs).toHaveLength(1);
  });

  it("a forged one-tap button (another pair, a silly amount) logs nothing", async () => {
    expect(await refusal(s.hours.quickLog(asUser(sam), s.port, "p9:60"))).toMatch(
      /not for one of your active pairs .*Nothing was logged/,
    );
    expect(await refusal(s.hours.quickLog(asUser(sam), s.port, "p1:9999"))).toMatch(/no longer valid/);
    expect(await refusal(s.hours.quickLog(asUser(sam), s.port, "p1:-5"))).toMatch(/no longer valid/);
    expect(s.meetings.logs).toEqual([]);
  });

  it("someone not signed up is told how to sign up", async () => {
    const stranger = { platform: "slack" as const, userId: "UNKNOWN" };
    expect(await refusal(s.hours.log(stranger, s.port, "1h"))).toMatch(
      /run \/mentor-signup or \/mentee-signup/,
    );
  });

  it("text that is not a time is asked back, never recorded", async () => {
    expect(await refusal(s.hours.log(asUser(sam), s.port, "we met and talked about the mcat"))).toBeTruthy();
    expect(s.meetings.logs).toEqual([]);
  });
});

describe("taking a break", () => {
  it("says the day it ends and its last day, so the report's 'to Jan 9' reads the same", async () => {
    const s = setUp([activePair("p1", dana, sam, "2026-10-01")]);
    const said = text(await s.hours.pauseOwn(asUser(sam), s.port, "until 2027-01-10"));
    expect(said).toMatch(
      /taking a break until Sunday, January 10, 2027 \(the last day of it is Saturday, January 9/,
    );
    expect(s.meetings.pauses).toEqual([{ pairingId: "p1", startsOn: "2026-11-19", until: "2027-01-10" }]);
  });

  it("removing an entry after the pairing ended says so to the member and posts nothing in the archived space", async () => {
    const pair = { ...activePair("p1", dana, sam, "2026-10-01"), spaceId: "C1" };
    const s = setUp([pair]);
    await s.hours.log(asUser(sam), s.port, "1h");
    const id = s.meetings.logs[0]?.id as string;
    pair.status = "ended";
    s.posted.length = 0;
    expect(text(await s.hours.remove(asUser(sam), s.port, id))).toMatch(/^Removed 1 hour/);
    expect(s.posted).toEqual([]);
  });

  it("the same break sent again changes nothing and is not announced twice in the space", async () => {
    const s = setUp([{ ...activePair("p1", dana, sam, "2026-10-01"), spaceId: "C1" }]);
    await s.hours.pauseOwn(asUser(sam), s.port, "until 2027-01-10");
    const again = text(await s.hours.pauseOwn(asUser(sam), s.port, "until jan 10"));
    expect(again).toMatch(/already on a break until Sunday, January 10, 2027: nothing was changed/);
    expect(s.posted.filter((p) => /taking a break/.test(p))).toHaveLength(1);
  });
});

describe("logging time after a pairing ended", () => {
  it("says the pairing may have ended and who can add a missing meeting, instead of 'you will be paired soon'", async () => {
    const ended = { ...activePair("p1", dana, sam, "2026-10-01"), status: "ended" as const };
    const s = setUp([ended]);
    const said = await refusal(s.hours.log(asUser(dana), s.port, "1h"));
    expect(said).toMatch(/not in an active pair right now/);
    expect(said).toMatch(/if your pairing has ended and a meeting is missing, ask a coordinator/);
    expect(s.meetings.logs).toEqual([]);
  });
});

describe("each refusal carries its own code", () => {
  it("not signed up, a day to come, before the pairing, a full day, a forged button, a second press", async () => {
    const s = setUp([activePair("p1", dana, sam, "2026-10-01")]);
    const stranger = { platform: "slack" as const, userId: "UNKNOWN" };
    expect(await refusalCode(s.hours.log(stranger, s.port, "1h"))).toBe("not_signed_up");
    // the reader itself refuses a day to come, before the service's own check
    expect(await refusalCode(s.hours.log(asUser(sam), s.port, "1h tomorrow"))).toBe("unclear_hours");
    expect(await refusalCode(s.hours.log(asUser(sam), s.port, "1h 2026-09-20"))).toBe("before_pairing");
    await s.hours.log(asUser(sam), s.port, "10h");
    expect(await refusalCode(s.hours.log(asUser(sam), s.port, "3h"))).toBe("day_full");
    expect(await refusalCode(s.hours.quickLog(asUser(sam), s.port, "p1:9999"))).toBe("bad_button");
    expect(await refusalCode(s.hours.quickLog(asUser(dana), s.port, "p1:30:2026-11"))).toBe("accepted");
    expect(await refusalCode(s.hours.quickLog(asUser(dana), s.port, "p1:30:2026-11"))).toBe("already_done");
  });
});

describe("logging time, a mentor with two students", () => {
  it("asks which pair, logs the one picked once, and a second press changes nothing", async () => {
    const s = setUp([activePair("p1", dana, sam, "2026-10-01"), activePair("p2", dana, lee, "2026-10-01")]);
    const asked = await s.hours.log(asUser(dana), s.port, "1h");
    expect(text(asked)).toMatch(/Which pair was this 1 hour on Thursday, November 19 with\?/);
    expect(asked.buttons?.map((b) => unmarked(b.label))).toEqual(["With Sam", "With Lee", "Cancel"]);
    const withLee = asked.buttons?.[1]?.id.replace(/^log-pick:/, "") ?? "";
    await s.hours.pick(asUser(dana), s.port, withLee);
    expect(s.meetings.logs.map((l) => l.pairingId)).toEqual(["p2"]);
    expect(await refusal(s.hours.pick(asUser(dana), s.port, withLee))).toMatch(/already logged/);
    expect(s.meetings.logs).toHaveLength(1);
  });

  it("the choice pressed by someone else (a forwarded message) records nothing", async () => {
    const s = setUp([activePair("p1", dana, sam, "2026-10-01"), activePair("p2", dana, lee, "2026-10-01")]);
    const asked = await s.hours.log(asUser(dana), s.port, "1h");
    const choice = asked.buttons?.[0]?.id.replace(/^log-pick:/, "") ?? "";
    expect(await refusal(s.hours.pick(asUser(sam), s.port, choice))).toMatch(/expired/);
    expect(s.meetings.logs).toEqual([]);
  });
});
