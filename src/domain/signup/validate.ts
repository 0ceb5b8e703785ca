// Turns what a person typed into a profile, or into one plain message per field saying what to fix.

import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { ACCEPTS, type Choice, codes, INTERESTS, MENTOR_ROLES, REGIONS, STAGES } from "../choices.ts";
import type { FieldErrors } from "../errors.ts";
import type { FormValues } from "../forms.ts";
import { cleanText } from "../text.ts";
import { CAPACITY, GRAD_YEARS_AHEAD, LIMITS } from "./fields.ts";
import { guardianNameOf } from "./guardian-name.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export interface MentorProfile {
  name: string;
  role: string;
  specialty: string;
  region: string;
  accepts: string;
  capacity: number;
  contact: string;
}

export interface GuardianContact {
  name: string;
  relationship: string;
  email: string | null;
  phone: string | null;
}

export interface MenteeProfile {
  name: string;
  stage: string;
  school: string;
  region: string;
  gradYear: number;
  interests: string[];
  under18: boolean;
  /** YYYY-MM, for students under 18 */
  turns18: string | null;
  guardian: GuardianContact | null;
}

/** Characters that show nothing: a name of only these (U+3164, braille blanks, spaces) is no name. */
const BLANK = /[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u17B4\u17B5\u180E]/gu;
export const hasVisibleText = (s: string) => s.replace(BLANK, "").length > 0;

// Lengths count UTF-16 code units, as Slack's and Discord's own limits do (a grapheme can be many).
const text = (what: string, max: number) =>
  z
    .string({ error: `Please enter ${what}.` })
    .transform((s) => cleanText(s))
    .pipe(
      z
        .string()
        .min(1, `Please enter ${what}.`)
        .refine(hasVisibleText, `Please enter ${what} with at least one visible letter or digit.`)
        .refine((s) => s.length <= max, `Please keep ${what} to ${max} characters or fewer.`),
    );

/** a link or a mention, which a name or a school never is ("@here", "https://...", "[x](y)", "<@U1>") */
const LINK_OR_MENTION =
  /(?:^|\s)@\S|<[@#!]|\]\(|\b(?:https?|ftp):\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|ly|gg|co|me|app|xyz|link)(?:\/|\b)/i;
/** what a person or a school is called: text, never a link or a mention */
const plainName = (what: string, max: number) =>
  text(what, max).refine(
    (s) => !LINK_OR_MENTION.test(s),
    `Please enter ${what} as plain words: no links and no @-mentions.`,
  );

const optionalText = (max: number, what: string) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined ? "" : cleanText(s)))
    .transform((s) => (hasVisibleText(s) ? s : ""))
    .refine((s) => s.length <= max, `Please keep ${what} to ${max} characters or fewer.`);

const choice = (list: Choice[], what: string) =>
  z.enum(codes(list), { error: `Please choose ${what}: ${list.map((c) => c.label).join(", ")}.` });

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));

const EMAIL = z.email();

export function isEmail(s: string): boolean {
  return EMAIL.safeParse(s).success;
}

/**
 * A phone number checked by libphonenumber-js (Google's numbering metadata): US numbers need no
 * country code; others need their +code. Returned in a standard form, or null when it is not a
 * real number ("(907) 543-12" has too few digits).
 */
export function normalPhone(s: string): string | null {
  const n = parsePhoneNumberFromString(s.trim(), "US");
  if (!n?.isValid()) return null;
  return n.country === "US" ? n.formatNational() : n.formatInternational();
}
export const isPhone = (s: string): boolean => normalPhone(s) !== null;

/** a way to message someone on the platform itself, or a call the mentee can join */
const CHANNEL_WORDS =
  /\b(?:dms?|direct(?:ly)? messages?|messages?|msg|pms?|slack|discord|here|chat|zoom|teams|google meet)\b/i;
const EMAIL_LIKE = /[^\s,;:<>()]+@[^\s,;:<>()]*/g;
/** "9:00-17:00", "5-7pm", "10-12": hours to call, not a number */
const CLOCK_TIMES =
  /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–]|to)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}:\d{2}\b/gi;
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{3,}\d/g;
const REACH_ME =
  'Please say how your mentee can reach you: a direct message here, an e-mail address or a phone number, for example "DM me here" or "maria@example.org".';

/**
 * Why a mentor's preferred contact would leave their mentee with no way to reach them, or null.
 * Written freely ("dm me", "call or text 907.555.0134 after 6pm"), but it must name a way, and an
 * address or number in it must be whole.
 */
export function contactProblem(contact: string): string | null {
  const { emails, phones } = addressesIn(contact);
  const badEmail = emails.find((e) => !isEmail(e));
  if (badEmail)
    return `Please check the e-mail address "${badEmail}": it looks incomplete. Or say "DM me here".`;
  const badPhone = phones.find((p) => !isPhone(p));
  if (badPhone)
    return `Please check the phone number "${badPhone}": it looks incomplete (US numbers need the area code). Or say "DM me here".`;
  return emails.length || phones.length || CHANNEL_WORDS.test(contact) ? null : REACH_ME;
}

/**
 * The e-mail addresses and phone numbers in a mentor's contact ("dm me or text 907-555-0134"):
 * what someone outside the chat, a student's parent, can use.
 */
export function contactOutsideChat(contact: string): string[] {
  const { emails, phones } = addressesIn(contact);
  return [...emails.filter(isEmail), ...phones.map(normalPhone).filter((p): p is string => p !== null)];
}

/** What in a contact looks like an e-mail address or a phone number, whole or not (hours to call left out). */
function addressesIn(contact: string): { emails: string[]; phones: string[] } {
  const emails = (contact.match(EMAIL_LIKE) ?? []).map((e) => e.replace(/[.!?]+$/, ""));
  const phones = (contact.replace(EMAIL_LIKE, " ").replace(CLOCK_TIMES, " ").match(PHONE_LIKE) ?? [])
    .map((p) => p.trim())
    .filter((p) => p.replace(/\D/g, "").length >= 5);
  return { emails, phones };
}

/** "2028", "class of 2028", "June 2028", "'28": the year. */
function yearIn(s: string): string {
  const t = s.trim().toLowerCase();
  const full = /\b(\d{4})\b/.exec(t);
  if (full) return full[1] as string;
  const short = /(?:^|[\s'’])(\d{2})$/.exec(t);
  return short && /class|grad|'|’|^\d{2}$/.test(t) ? `20${short[1]}` : t;
}

const mentorSchema = z.object({
  name: plainName("your name", LIMITS.name),
  role: choice(MENTOR_ROLES, "your role"),
  specialty: text("your specialty or school", LIMITS.school),
  region: choice(REGIONS, "where you are"),
  accepts: choice(ACCEPTS, "which students you can mentor"),
  capacity: wholeNumber(
    CAPACITY.min,
    CAPACITY.max,
    `Please enter how many mentees you can take: a whole number from ${CAPACITY.min} to ${CAPACITY.max}.`,
  ),
  contact: text("your preferred contact", LIMITS.contact).superRefine((s, ctx) => {
    const problem = contactProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

function menteeSchema(thisYear: number, thisMonth: string) {
  const lastYear = thisYear + GRAD_YEARS_AHEAD;
  // Discord's minimum age is 13: nobody here turns 18 more than 6 years from now.
  const latestTurns18 = `${Number(thisMonth.slice(0, 4)) + 6}${thisMonth.slice(4)}`;
  const exampleMonth = `${Number(thisMonth.slice(0, 4)) + 1}${thisMonth.slice(4)}`;
  return z
    .object({
      name: plainName("your name", LIMITS.name),
      stage: choice(STAGES, "where you are in school"),
      school: plainName("your school", LIMITS.school),
      region: choice(REGIONS, "where you live"),
      gradYear: z.preprocess(
        (v) => (typeof v === "string" ? yearIn(v) : v),
        wholeNumber(
          thisYear,
          lastYear,
          `Please enter your expected graduation year, from ${thisYear} to ${lastYear}, for example ${thisYear + 2}.`,
        ),
      ),
      interests: z
        .array(choice(INTERESTS, "what you want help with"), {
          error: "Please choose at least one thing you want help with.",
        })
        .min(1, "Please choose at least one thing you want help with.")
        .transform((list) => INTERESTS.map((c) => c.value).filter((v) => list.includes(v))),
      under18: z.enum(["yes", "no"], { error: "Please say whether you are under 18." }),
      guardianName: optionalText(LIMITS.name, "the name").refine(
        (s) => !LINK_OR_MENTION.test(s),
        "Please enter the name as plain words: no links and no @-mentions.",
      ),
      guardianRelationship: optionalText(LIMITS.relationship, "the relationship"),
      guardianEmail: optionalText(LIMITS.email, "the e-mail"),
      guardianPhone: optionalText(LIMITS.phone, "the phone number"),
      turns18: optionalText(20, "the month"),
      guardianConsent: z.string().optional(),
    })
    .superRefine((v, ctx) => {
      if (v.under18 !== "yes") return;
      const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (!v.guardianName) need("guardianName", "Please enter your parent or guardian's name.");
      if (!v.guardianRelationship)
        need(
          "guardianRelationship",
          "Please say how they are related to you, for example Mother or Guardian.",
        );
      if (!v.guardianEmail && !v.guardianPhone)
        need("guardianEmail", "Please give your parent or guardian's e-mail, phone number, or both.");
      if (v.guardianEmail && !isEmail(v.guardianEmail))
        need(
          "guardianEmail",
          "That e-mail doesn't look right. Please check it, for example name@example.com.",
        );
      if (v.guardianPhone && !isPhone(v.guardianPhone))
        need(
          "guardianPhone",
          "That phone number doesn't look right. Please check the digits, for example 907-555-0100 (add the country code, such as +1, for a number outside the US).",
        );
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v.turns18) || v.turns18 <= thisMonth || v.turns18 > latestTurns18)
        need(
          "turns18",
          `Please give the month you turn 18 as year-month, after ${thisMonth} and by ${latestTurns18}, for example ${exampleMonth}.`,
        );
      if (v.guardianConsent !== "yes")
        need(
          "guardianConsent",
          "Please confirm, by ticking the box (or answering yes): under 18, your parent or guardian's contact is shared with your mentor and they attend the first session.",
        );
    })
    .transform(
      (v): MenteeProfile => ({
        name: v.name,
        stage: v.stage,
        school: v.school,
        region: v.region,
        gradYear: v.gradYear,
        interests: v.interests,
        under18: v.under18 === "yes",
        turns18: v.under18 === "yes" ? v.turns18 : null,
        guardian:
          v.under18 === "yes"
            ? {
                name: guardianNameOf(v.guardianName),
                relationship: v.guardianRelationship,
                email: v.guardianEmail || null,
                phone: v.guardianPhone ? normalPhone(v.guardianPhone) : null,
              }
            : null,
      }),
    );
}

function toErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

function run<T>(schema: z.ZodType<T>, values: FormValues): Parsed<T> {
  const r = schema.safeParse(values);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toErrors(r.error) };
}

export function parseMentorProfile(values: FormValues): Parsed<MentorProfile> {
  return run(mentorSchema, values);
}

/** `thisMonth` is YYYY-MM in the program's time zone (defaults to January of thisYear, for tests of other rules). */
export function parseMenteeProfile(
  values: FormValues,
  thisYear: number,
  thisMonth = `${thisYear}-01`,
): Parsed<MenteeProfile> {
  return run(menteeSchema(thisYear, thisMonth), values);
}

export const AGREE_ERROR =
  "Please tick the box to accept the agreement. If you don't agree, close this form: nothing is saved.";
