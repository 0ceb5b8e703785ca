// What two people (or one double click) do at the same instant: the database decides, on SQLite and
// on PostgreSQL (the suite runs on both). A mentor's capacity holds, a student gets one mentor and
// the coordinator who lost hears why, and a form submitted twice at once is saved once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADULT, signUp } from "../contract/pairing.contract.ts";
import { MENTOR } from "../contract/signup.contract.ts";
import { SlackDriver } from "../contract/slack-driver.ts";
import { waitFor } from "../helpers/harness.ts";

const text = async (d: SlackDriver, person: string, line: string) => {
  const out = await d.run(person, "pairings", line);
  return out.kind === "reply" ? out.text : "";
};

describe("races", () => {
  let d: SlackDriver;
  beforeEach(async () => {
    d = new SlackDriver();
    await d.init(["cora", "rita"]);
  });
  afterEach(async () => {
    await d.stop();
  });

  it("a mentor with one place, paired with two students at the same instant, five times: one pairing each time", async () => {
    for (let round = 0; round < 5; round++) {
      await signUp(d, `m${round}`, "mentor", { ...MENTOR, name: `Mentor ${round}`, capacity: "1" });
      await signUp(d, `a${round}`, "mentee", { ...ADULT, name: `A ${round}` });
      await signUp(d, `b${round}`, "mentee", { ...ADULT, name: `B ${round}` });
      const answers = await Promise.all([
        text(d, "cora", `create @m${round} @a${round}`),
        text(d, "rita", `create @m${round} @b${round}`),
      ]);
      expect(answers.filter((a) => /Paired/.test(a))).toHaveLength(1);
      expect(answers.find((a) => !/Paired/.test(a))).toMatch(/already has 1 mentee, their capacity/);
      const mentor = await d.prisma.member.findFirstOrThrow({ where: { name: `Mentor ${round}` } });
      expect(await d.prisma.pairing.count({ where: { mentorId: mentor.id } })).toBe(1);
    }
  });

  it("two coordinators pairing one student with two mentors at once: one pairing, and the other is told why", async () => {
    await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "2" });
    await signUp(d, "omar", "mentor", { ...MENTOR, name: "Dr. Omar", capacity: "2" });
    await signUp(d, "lee", "mentee", ADULT);
    const answers = await Promise.all([
      text(d, "cora", "create @maria @lee"),
      text(d, "rita", "create @omar @lee"),
    ]);
    expect(answers.filter((a) => /Paired/.test(a))).toHaveLength(1);
    expect(answers.find((a) => !/Paired/.test(a))).toMatch(
      /already has a mentor|was just paired by someone else/,
    );
    expect(answers.join("\n")).not.toMatch(/something went wrong/);
    expect(await d.prisma.pairing.count()).toBe(1);
  });

  it("the same signup form submitted twice at once: one member, one acceptance, one signup in the audit log, one confirmation", async () => {
    await d.run("maria", "mentor-signup");
    const statuses = await d.submitTwiceAtOnce("maria", MENTOR);
    expect(statuses).toEqual([200, 200]);
    await waitFor(() => d.emulator.messagesTo(d.idOf("maria")).length > 0, "the confirmation");
    await new Promise((r) => setTimeout(r, 300));
    expect(await d.prisma.member.count()).toBe(1);
    expect(await d.prisma.agreementAcceptance.count()).toBe(1);
    expect(await d.prisma.auditEvent.count({ where: { action: "mentor.signed_up" } })).toBe(1);
    expect(await d.prisma.auditEvent.count({ where: { action: "agreement.accepted" } })).toBe(1);
    expect(
      d.emulator.messagesTo(d.idOf("maria")).filter((m) => /signed up as a mentor/.test(m)),
    ).toHaveLength(1);
  });
});
