// Bad input at scale: every parser and form, fed anything (pasted Unicode, control characters,
// 10 kB strings): never an unhandled error, never invalid data accepted, always a message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { parseCommandText } from "../../src/app/args.ts";
import { Assistant, NOT_AN_ADVISOR } from "../../src/assistant/assistant.ts";
import { loadKnowledge } from "../../src/assistant/knowledge.ts";
import { FaqIndex } from "../../src/assistant/retrieval.ts";
import { concernOf } from "../../src/assistant/safety/concerns.ts";
import { ACCEPTS, INTERESTS, MENTOR_ROLES, REGIONS, STAGES } from "../../src/domain/choices.ts";
import { UserError } from "../../src/domain/errors.ts";
import { parseMenteeProfile, parseMentorProfile } from "../../src/domain/signup/validate.ts";
import { cleanText, visibleLength } from "../../src/domain/text.ts";
import { parseDay } from "../../src/domain/time.ts";
import { readLogText } from "../../src/language/log-text.ts";
import { silentLogger } from "../../src/log.ts";
import { FixedClock, REPO_ROOT } from "../helpers/harness.ts";
import { silentPort } from "../helpers/silent-port.ts";

const RUNS = { numRuns: 200 };
const FORM_RUNS = { numRuns: 80 };
// biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none got through
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** Anything a person could paste: ordinary text, any Unicode, control characters, 10 kB strings. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ minLength: 10_000, maxLength: 10_240 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u202E1.5",
    "1.5\u200B",
    "🩺".repeat(300),
    "=cmd|' /C calc'!A0",
    "<@U123|x>",
    "null",
    "undefined",
    "NaN",
    "-0",
    "1e308",
    "0x10",
  ),
);
const choiceOrJunk = (list: { value: string }[]) =>
  fc.oneof(fc.constantFrom(...list.map((c) => c.value)), anyText);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe("parsers never crash and never accept something invalid", () => {
  it("a whole /log-hours line: understood, offered to confirm, or asked about with examples", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = readLogText(t, "2026-11-10", "America/Anchorage");
        if (r.kind === "unclear") {
          expect(r.message).toMatch(/Nothing was logged.*For example/);
          return;
        }
        expect(Number.isInteger(r.entry.minutes)).toBe(true);
        expect(r.entry.minutes).toBeGreaterThanOrEqual(0);
        expect(r.entry.day).toMatch(ISO_DAY);
        expect(Number.isNaN(Date.parse(r.entry.day))).toBe(false);
        expect((r.entry.note ?? "").length).toBeLessThanOrEqual(500);
        expect(CONTROL.test(r.entry.note ?? "")).toBe(false);
      }),
      RUNS,
    );
  });

  it("dates", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<"past" | "future">("past", "future"), (t, dir) => {
        const d = parseDay(t, "2026-11-10", dir);
        if (d !== null) {
          expect(d).toMatch(ISO_DAY);
          expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
        }
      }),
      RUNS,
    );
  });

  it("the mentor form", () => {
    fc.assert(
      fc.property(
        fc.record({
          name: anyText,
          role: choiceOrJunk(MENTOR_ROLES),
          specialty: anyText,
          region: choiceOrJunk(REGIONS),
          accepts: choiceOrJunk(ACCEPTS),
          capacity: fc.oneof(anyText, fc.integer().map(String)),
          contact: anyText,
        }),
        (values) => {
          const r = parseMentorProfile(values);
          if (r.ok) {
            const p = r.value;
            expect(visibleLength(p.name)).toBeGreaterThan(0);
            expect(visibleLength(p.name)).toBeLessThanOrEqual(100);
            expect(visibleLength(p.specialty)).toBeLessThanOrEqual(200);
            expect(p.capacity >= 1 && p.capacity <= 10).toBe(true);
            expect(MENTOR_ROLES.map((c) => c.value)).toContain(p.role);
            for (const t of [p.name, p.specialty, p.contact]) expect(CONTROL.test(t)).toBe(false);
          } else for (const m of Object.values(r.errors)) expect(m).toMatch(/^Please|doesn't look right/);
        },
      ),
      FORM_RUNS,
    );
  });

  it("the student form", () => {
    fc.assert(
      fc.property(
        fc.record({
          name: anyText,
          stage: choiceOrJunk(STAGES),
          school: anyText,
          region: choiceOrJunk(REGIONS),
          gradYear: fc.oneof(anyText, fc.integer({ min: 1990, max: 2060 }).map(String)),
          interests: fc.array(choiceOrJunk(INTERESTS), { maxLength: 10 }),
          under18: fc.constantFrom("yes", "no", "maybe", ""),
          guardianName: anyText,
          guardianRelationship: anyText,
          guardianEmail: fc.oneof(anyText, fc.emailAddress()),
          guardianPhone: anyText,
          turns18: fc.oneof(anyText, fc.constantFrom("2027-08", "2031-01", "2040-01")),
          guardianConsent: fc.constantFrom("yes", "no", undefined),
        }),
        (values) => {
          const r = parseMenteeProfile(values, 2026, "2026-11");
          if (r.ok) {
            const p = r.value;
            expect(p.gradYear >= 2026 && p.gradYear <= 2038).toBe(true);
            expect(p.interests.length).toBeGreaterThan(0);
            if (p.under18) {
              expect(p.guardian?.email || p.guardian?.phone).toBeTruthy();
              expect(p.turns18).toMatch(/^\d{4}-\d{2}$/);
            } else expect(p.guardian).toBeNull();
            for (const t of [p.name, p.school, p.guardian?.name ?? ""]) expect(CONTROL.test(t)).toBe(false);
          } else for (const m of Object.values(r.errors)) expect(m).toMatch(/^Please|doesn't look right/);
        },
      ),
      FORM_RUNS,
    );
  });

  it("pasted text is cleaned once and for all", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const c = cleanText(t);
        expect(cleanText(c)).toBe(c);
        expect(CONTROL.test(c)).toBe(false);
      }),
      RUNS,
    );
  });

  it("every command's text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...commands), anyText, (def, text) => {
        const args = parseCommandText(def, text);
        expect(typeof args.values).toBe("object");
      }),
      RUNS,
    );
  });
});

describe("the assistant, fed anything", () => {
  const assistant = new Assistant({
    index: new FaqIndex(loadKnowledge(`${REPO_ROOT}/content/faq`)),
    counters: { increment: async () => 1, incrementInWindow: async () => 1, get: async () => 0 },
    model: null,
    clock: new FixedClock(),
    log: silentLogger,
    timeZone: "America/Anchorage",
    ratePerHour: 1e9,
    personDailyCap: 1e9,
    dailyCap: 1e9,
    allowBurst: () => true,
    crisisAlert: false,
    coordinatorsOn: async () => [],
  });
  const port = silentPort("console");

  it("answers with the disclaimer, or a message saying what to fix", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (q) => {
        expect(() => concernOf(q)).not.toThrow();
        try {
          const m = await assistant.ask({ platform: "console", userId: "p" }, port, q);
          expect(m.text.includes(NOT_AN_ADVISOR) || /988/.test(m.text)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
