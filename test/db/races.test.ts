// Two instances (or two requests) writing at the same instant, straight on the repositories, so the
// database itself must decide: runs on SQLite and, with TEST_DATABASE=postgresql, on PostgreSQL,
// where these writes really interleave.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { MemberRepository } from "../../src/db/member-repository.ts";
import { PairingRepository } from "../../src/db/pairing-repository.ts";
import { parseAgreement } from "../../src/domain/agreement.ts";
import { AlreadyDone } from "../../src/domain/errors.ts";
import type { SignupWrite } from "../../src/domain/members.ts";
import { silentLogger } from "../../src/log.ts";
import { tempDbUrl } from "../helpers/harness.ts";

const agreement = parseAgreement("v1.md", "# Professionalism Agreement\n\n## Goals\nBe kind.\n");
const now = new Date("2026-11-10T20:00:00Z");
const mentorProfile = {
  name: "M",
  role: "resident",
  specialty: "Peds",
  region: "anchorage",
  accepts: "either",
  capacity: 1,
  contact: "DM",
};
const menteeProfile = (name: string) => ({
  name,
  stage: "college",
  school: "UAA",
  region: "anchorage",
  gradYear: 2028,
  interests: ["mcat"],
  under18: false,
  turns18: null,
  guardian: null,
});

describe("writes at the same instant", () => {
  let db: Database;
  let members: MemberRepository;
  let pairings: PairingRepository;
  beforeEach(async () => {
    db = await openDatabase(tempDbUrl(), silentLogger);
    members = new MemberRepository(db.prisma);
    pairings = new PairingRepository(db.prisma, db.provider);
  });
  afterEach(async () => {
    await db.close();
  });

  const signUp = (userId: string, w: Partial<SignupWrite>) =>
    members.saveSignup({
      user: { platform: "slack", userId },
      kind: "mentee",
      name: userId,
      audit: [],
      now,
      ...w,
    } as SignupWrite);

  it("a mentor with one place, opened with two students at once, ten times: never two pairings", async () => {
    for (let round = 0; round < 10; round++) {
      const m = await signUp(`M${round}`, { kind: "mentor", name: "M", mentor: mentorProfile });
      const a = await signUp(`A${round}`, { mentee: menteeProfile("A") });
      const b = await signUp(`B${round}`, { mentee: menteeProfile("B") });
      const open = (menteeId: string) =>
        pairings.createOpening(
          {
            platform: "slack",
            mentorId: m.id,
            menteeId,
            startedOn: "2026-11-10",
            createdBy: "cora",
            createdAt: now,
          },
          1,
          [],
        );
      const results = await Promise.all([open(a.id), open(b.id)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ reason: "capacity" });
    }
  });

  it("one student opened with two mentors at once: one pairing; the other reads 'taken', not an error", async () => {
    const m1 = await signUp("M1", { kind: "mentor", name: "M", mentor: { ...mentorProfile, capacity: 3 } });
    const m2 = await signUp("M2", { kind: "mentor", name: "M", mentor: { ...mentorProfile, capacity: 3 } });
    const s = await signUp("S", { mentee: menteeProfile("S") });
    const open = (mentorId: string) =>
      pairings.createOpening(
        {
          platform: "slack",
          mentorId,
          menteeId: s.id,
          startedOn: "2026-11-10",
          createdBy: "cora",
          createdAt: now,
        },
        3,
        [],
      );
    const results = await Promise.all([open(m1.id), open(m2.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "taken" });
  });

  it("the same signup form saved twice at once: one member, one acceptance, one audit entry; the second is AlreadyDone", async () => {
    const w: Partial<SignupWrite> = {
      kind: "mentor",
      name: "M",
      mentor: mentorProfile,
      accept: agreement,
      audit: [{ actorId: "{member}", action: "mentor.signed_up", subjectId: "{member}" }],
      onceKey: "signup:slack:U9:V123",
    };
    const results = await Promise.allSettled([signUp("U9", w), signUp("U9", w)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AlreadyDone);
    expect(await db.prisma.member.count()).toBe(1);
    expect(await db.prisma.agreementAcceptance.count()).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { action: "mentor.signed_up" } })).toBe(1);
  });

  it("the same acceptance twice from two different forms at once: recorded once", async () => {
    await signUp("U8", { kind: "mentor", name: "M", mentor: mentorProfile });
    const w: Partial<SignupWrite> = { kind: "mentor", name: "M", mentor: mentorProfile, accept: agreement };
    await Promise.allSettled([signUp("U8", { ...w, onceKey: "f1" }), signUp("U8", { ...w, onceKey: "f2" })]);
    expect(await db.prisma.agreementAcceptance.count()).toBe(1);
  });
});
