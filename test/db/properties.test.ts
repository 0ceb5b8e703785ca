// Bad input through the real services and a real database: nothing invalid is ever stored.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServices } from "../../src/app/build.ts";
import type { Services } from "../../src/app/services.ts";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { UserError } from "../../src/domain/errors.ts";
import type { SpacePort } from "../../src/domain/pairing/types.ts";
import { parseMentorProfile } from "../../src/domain/signup/validate.ts";
import { silentLogger } from "../../src/log.ts";
import { FixedClock, testConfig } from "../helpers/harness.ts";
import { seedPairs } from "../helpers/seed.ts";
import { silentPort } from "../helpers/silent-port.ts";

const port: SpacePort = silentPort("slack");
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.string({ minLength: 9000, maxLength: 10_240 }),
);

describe("the services store only valid data, whatever they are sent", () => {
  let db: Database;
  let s: Services & { close(): void };
  beforeAll(async () => {
    const config = testConfig();
    db = await openDatabase(config.DATABASE_URL, silentLogger);
    s = buildServices(config, db, new FixedClock(), silentLogger);
    await seedPairs(db.prisma, 1, { startedOn: "2026-10-01" });
  });
  afterAll(async () => {
    s.close();
    await db.close();
  });

  it("signups: each either saved and valid when read back, or refused with field messages and nothing saved", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<"mentor-signup" | "mentee-signup">("mentor-signup", "mentee-signup"),
        fc.dictionary(
          fc.constantFrom(
            "agree",
            "name",
            "role",
            "specialty",
            "region",
            "accepts",
            "capacity",
            "contact",
            "stage",
            "school",
            "gradYear",
            "interests",
            "under18",
            "guardianName",
            "guardianEmail",
            "turns18",
            "guardianConsent",
            "__proto__",
            "constructor",
          ),
          text,
        ),
        async (flow, values) => {
          const user = { platform: "slack" as const, userId: `UP${n++}` };
          const form = await s.signup.start(user, flow);
          const before = await db.prisma.member.count();
          const r = await s.signup.submit(
            user,
            flow,
            { ...values, agree: values.agree ?? "yes" },
            form.token,
          );
          if (!r.ok) {
            expect(Object.values(r.errors).every((m) => m.length > 10)).toBe(true);
            expect(await db.prisma.member.count()).toBe(before);
            return;
          }
          const m = await s.members.findByUser(user);
          if (m?.mentor)
            expect(parseMentorProfile({ ...m.mentor, capacity: String(m.mentor.capacity) }).ok).toBe(true);
          if (m?.mentee) expect(m.mentee.name.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("log lines: each either a valid entry or a message, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(text, async (line) => {
        try {
          await s.hours.log({ platform: "slack", userId: "UM0" }, port, line);
        } catch (err) {
          expect(err).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 80 },
    );
    const logs = await db.prisma.meetingLog.findMany();
    for (const l of logs) {
      expect(l.minutes > 0 && l.minutes <= 720).toBe(true);
      expect(l.meetingOn >= "2026-10-01" && l.meetingOn <= "2026-11-10").toBe(true);
    }
  });
});
