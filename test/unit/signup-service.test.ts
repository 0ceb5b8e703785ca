// SignupService on an in-memory member store: what a person meets when they sign up, in
// milliseconds. The agreement shown must be the one accepted, a form submitted twice is saved
// once, and a student under 18 cannot be saved without a guardian and their consent.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AgreementFiles } from "../../src/content/agreements.ts";
import type { Agreement } from "../../src/domain/agreement.ts";
import { AlreadyDone } from "../../src/domain/errors.ts";
import type { FormValues } from "../../src/domain/forms.ts";
import type { Member, MemberStore, PlatformUser, SignupWrite } from "../../src/domain/members.ts";
import { unmarked } from "../../src/domain/message.ts";
import { SignupService } from "../../src/domain/signup/service.ts";
import { PLATFORM_FACTS } from "../../src/platforms/facts.ts";
import { FixedClock, REPO_ROOT } from "../helpers/harness.ts";

class MemoryMemberStore implements MemberStore {
  readonly saved: SignupWrite[] = [];
  private readonly members = new Map<string, Member>();
  private readonly used = new Set<string>();
  async findByUser(user: PlatformUser) {
    return this.members.get(`${user.platform}:${user.userId}`) ?? null;
  }
  async saveSignup(w: SignupWrite) {
    if (w.onceKey !== undefined) {
      if (this.used.has(w.onceKey)) throw new AlreadyDone();
      this.used.add(w.onceKey);
    }
    const key = `${w.user.platform}:${w.user.userId}`;
    const before = this.members.get(key);
    const member: Member = {
      id: before?.id ?? `m${this.members.size + 1}`,
      platform: w.user.platform,
      platformUserId: w.user.userId,
      kind: w.kind,
      name: w.name,
      createdAt: before?.createdAt ?? w.now,
      updatedAt: w.now,
      mentor: w.mentor ?? null,
      mentee: w.mentee ?? null,
      acceptance: w.accept
        ? {
            version: w.accept.version,
            textSha256: w.accept.sha256,
            platform: w.user.platform,
            acceptedAt: w.now,
          }
        : (before?.acceptance ?? null),
    };
    this.members.set(key, member);
    this.saved.push(w);
    return member;
  }
}

/** The program's own agreement, or a stand-in "v2" to see what happens when it changes. */
class Agreements {
  constructor(private readonly files = new AgreementFiles(join(REPO_ROOT, "content/agreement"))) {}
  next: Agreement | null = null;
  current() {
    return this.next ?? this.files.current();
  }
  get(version: string) {
    return this.next?.version === version ? this.next : this.files.get(version);
  }
}

function setUp() {
  const members = new MemoryMemberStore();
  const agreements = new Agreements();
  const signup = new SignupService({
    members,
    agreements,
    clock: new FixedClock(new Date("2026-11-19T23:00:00Z")),
    timeZone: "America/Anchorage",
    platform: (p) => PLATFORM_FACTS[p],
  });
  return { members, agreements, signup };
}

const sam = { platform: "slack" as const, userId: "USAM" };
const dana = { platform: "slack" as const, userId: "UDANA" };

const MENTOR: FormValues = {
  name: "Dr. Dana Reyes",
  role: "attending",
  specialty: "Family medicine",
  region: "ykdelta",
  accepts: "either",
  capacity: "2",
  contact: "a direct message here",
  agree: "yes",
};
const STUDENT: FormValues = {
  name: "Sam",
  stage: "high_school",
  school: "Bethel Regional High School",
  region: "ykdelta",
  gradYear: "class of 2028",
  interests: ["mcat"],
  under18: "no",
  agree: "yes",
};
const GUARDIAN: FormValues = {
  under18: "yes",
  guardianName: "Pat Student",
  guardianRelationship: "Mother",
  guardianEmail: "pat@example.org",
  turns18: "2028-03",
  guardianConsent: "yes",
};

describe("signing up", () => {
  it("a new mentor reads the agreement, accepts it and is saved with that exact version", async () => {
    const { members, signup } = setUp();
    const form = await signup.start(dana, "mentor-signup");
    expect(form.agreement).not.toBeNull();
    const r = await signup.submit(dana, "mentor-signup", MENTOR, form.token, "view-1");
    expect(r.ok).toBe(true);
    expect(members.saved).toHaveLength(1);
    expect(members.saved[0]?.accept?.sha256).toBe(form.agreement?.sha256);
    expect(members.saved[0]?.audit.map((a) => a.action)).toEqual(["mentor.signed_up", "agreement.accepted"]);
  });

  it("the agreement not ticked: nothing is saved and the person is told why", async () => {
    const { members, signup } = setUp();
    const form = await signup.start(dana, "mentor-signup");
    const r = await signup.submit(dana, "mentor-signup", { ...MENTOR, agree: undefined }, form.token);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.errors.agree).toBeTruthy();
    expect(members.saved).toEqual([]);
  });

  it("the same form submitted twice (a double click, a retry) is saved once, the second answered as a duplicate", async () => {
    const { members, signup } = setUp();
    const form = await signup.start(dana, "mentor-signup");
    const [a, b] = await Promise.all([
      signup.submit(dana, "mentor-signup", MENTOR, form.token, "view-1"),
      signup.submit(dana, "mentor-signup", MENTOR, form.token, "view-1"),
    ]);
    expect([a.ok && a.duplicate === true, b.ok && b.duplicate === true].sort()).toEqual([false, true]);
    expect(members.saved).toHaveLength(1);
  });

  it("the agreement changed while the form was open: nothing is saved, and the form says to reopen it", async () => {
    const { members, agreements, signup } = setUp();
    const form = await signup.start(dana, "mentor-signup");
    const old = agreements.current();
    agreements.next = {
      ...old,
      version: "v2",
      number: 2,
      sha256: "f".repeat(64),
      text: `${old.text}\nNew rule.`,
    };
    const r = await signup.submit(dana, "mentor-signup", MENTOR, form.token);
    expect(r.ok ? "" : unmarked(r.errors.agree ?? "")).toMatch(/updated while this form was open/);
    expect(members.saved).toEqual([]);
  });

  it("a student under 18 needs a guardian and their consent; with both, the contact is kept and flagged for the DM", async () => {
    const { members, signup } = setUp();
    const form = await signup.start(sam, "mentee-signup");
    const missing = await signup.submit(sam, "mentee-signup", { ...STUDENT, under18: "yes" }, form.token);
    expect(missing.ok).toBe(false);
    expect(Object.keys(missing.ok ? {} : missing.errors)).toEqual(
      expect.arrayContaining(["guardianName", "guardianConsent"]),
    );
    expect(members.saved).toEqual([]);
    const r = await signup.submit(sam, "mentee-signup", { ...STUDENT, ...GUARDIAN }, form.token);
    expect(r.ok && r.carriesGuardianContact).toBe(true);
    expect(members.saved[0]?.mentee?.guardian?.email).toBe("pat@example.org");
    expect(members.saved[0]?.mentee?.gradYear).toBe(2028);
  });

  it("an answer checked on its own says what is wrong at once (the console asks one question at a time)", () => {
    const { signup } = setUp();
    expect(signup.answerError(sam, "mentee-signup", { gradYear: "someday" }, "gradYear")).toBeTruthy();
    expect(signup.answerError(sam, "mentee-signup", { gradYear: "2028" }, "gradYear")).toBeNull();
    // a required answer left empty is said at once too; an optional one may stay empty
    expect(signup.answerError(sam, "mentee-signup", { gradYear: "" }, "gradYear")).toMatch(/graduation year/);
    expect(signup.answerError(sam, "mentee-signup", { name: "" }, "name")).toMatch(/Please enter your name/);
    expect(
      signup.answerError(sam, "mentee-signup", { under18: "no", guardianName: "" }, "guardianName"),
    ).toBeNull();
  });

  it("someone signed up as a mentor cannot sign up as a student too", async () => {
    const { signup } = setUp();
    const form = await signup.start(dana, "mentor-signup");
    await signup.submit(dana, "mentor-signup", MENTOR, form.token);
    await expect(signup.start(dana, "mentee-signup")).rejects.toThrow(/mentor/);
  });

  it("coming back shows what is on file and does not ask for the same agreement again", async () => {
    const { signup } = setUp();
    const first = await signup.start(dana, "mentor-signup");
    await signup.submit(dana, "mentor-signup", MENTOR, first.token);
    const again = await signup.start(dana, "mentor-signup");
    expect(again.agreement).toBeNull();
    expect(again.initial.name).toBe("Dr. Dana Reyes");
    expect(again.submitLabel).toBe("Save");
  });
});
