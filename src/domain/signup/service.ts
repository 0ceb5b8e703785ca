import { type Agreement, needsAcceptance } from "../agreement.ts";
import { ACCEPTS, INTERESTS, labelOf, MENTOR_ROLES, REGIONS, STAGES } from "../choices.ts";
import { AlreadyDone, UserError } from "../errors.ts";
import type { Clock, FlowId, FlowSpec, SubmitResult } from "../flow.ts";
import { type FieldSpec, type FormValues, pickValues } from "../forms.ts";
import type { Member, MemberKind, MemberStore, PlatformUser } from "../members.ts";
import { MEMBER_PLACEHOLDER } from "../members.ts";
import { bullets, data, dataCode, type Message } from "../message.ts";
import { formatDate, monthOf, yearIn } from "../time.ts";
import { agreeField, menteeFields, mentorFields } from "./fields.ts";
import {
  AGREE_ERROR,
  type MenteeProfile,
  type MentorProfile,
  parseMenteeProfile,
  parseMentorProfile,
} from "./validate.ts";

export interface AgreementSource {
  current(): Agreement;
  get(version: string): Agreement | undefined;
}

export interface PlatformFacts {
  displayName: string;
  minimumAge: number;
}

export interface SignupDeps {
  members: MemberStore;
  agreements: AgreementSource;
  clock: Clock;
  timeZone: string;
  platform: (p: PlatformUser["platform"]) => PlatformFacts;
}

const KIND_OF: Record<FlowId, MemberKind> = { "mentor-signup": "mentor", "mentee-signup": "mentee" };

/** "-" when no agreement is shown; otherwise the version and a prefix of the exact text's hash. */
function tokenFor(a: Agreement | null): string {
  return a ? `${a.version}:${a.sha256.slice(0, 16)}` : "-";
}

export class SignupService {
  constructor(private readonly deps: SignupDeps) {}

  async start(user: PlatformUser, flow: FlowId): Promise<FlowSpec> {
    const kind = KIND_OF[flow];
    const member = await this.deps.members.findByUser(user);
    assertKind(member, kind);
    const current = this.deps.agreements.current();
    const mustAccept = needsAcceptance(current, member?.acceptance ?? null);
    const zone = this.deps.timeZone;
    const fields = this.fieldsFor(user, kind, mustAccept ? current : null);

    let intro: string;
    if (!member) {
      intro =
        kind === "mentor"
          ? "Thank you for volunteering as a mentor! First read the program's Professionalism Agreement, then tell us a little about yourself. It takes about three minutes."
          : "Welcome! First read the program's Professionalism Agreement, which you and your mentor both follow, then tell us about yourself so a coordinator can find you a good mentor.";
    } else {
      intro = `You signed up on ${formatDate(member.createdAt, zone)}. This is what is on file: change anything and submit to update it.`;
      if (!mustAccept && member.acceptance)
        intro += ` You accepted the ${current.title} (${member.acceptance.version}) on ${formatDate(member.acceptance.acceptedAt, zone)}.`;
    }
    let agreementNote: string | null = null;
    if (mustAccept)
      agreementNote = member?.acceptance
        ? `The agreement has changed since you accepted ${member.acceptance.version}. Please read this version (${current.version}) and accept it.`
        : "Please read the agreement below; you'll be asked to accept it at the end.";

    return {
      id: flow,
      title: kind === "mentor" ? "Mentor signup" : "Student signup",
      submitLabel: member ? "Save" : "Sign up",
      intro,
      agreement: mustAccept ? current : null,
      agreementNote,
      fields,
      initial: member ? initialValues(member) : {},
      token: tokenFor(mustAccept ? current : null),
    };
  }

  fieldsFor(user: PlatformUser, kind: MemberKind, agreement: Agreement | null): FieldSpec[] {
    const facts = this.deps.platform(user.platform);
    const profile = kind === "mentor" ? mentorFields : menteeFields(facts.minimumAge, facts.displayName);
    return agreement ? [...profile, agreeField(agreement)] : profile;
  }

  /** The fields of a form already shown, from the token it carried. */
  fieldsForToken(user: PlatformUser, flow: FlowId, token: string): FieldSpec[] {
    return this.fieldsFor(user, KIND_OF[flow], token === "-" ? null : this.agreementFromToken(token));
  }

  /**
   * `formId` names the form shown (Slack's view, Discord's draft): the same form submitted twice,
   * even at the same moment, is saved once; the second gets `duplicate`.
   */
  /**
   * What is wrong with one answer already given, checked as the whole form would check it, so a
   * form asked one question at a time (the console) can say so at once instead of at the end.
   * An empty answer is checked only at the end: it may be fine once a later one is given.
   */
  answerError(user: PlatformUser, flow: FlowId, raw: FormValues, fieldId: string): string | null {
    const kind = KIND_OF[flow];
    const now = this.deps.clock.now();
    const values = pickValues(this.fieldsFor(user, kind, null), raw);
    const parsed =
      kind === "mentor"
        ? parseMentorProfile(values)
        : parseMenteeProfile(values, yearIn(now, this.deps.timeZone), monthOf(now, this.deps.timeZone));
    return parsed.ok ? null : (parsed.errors[fieldId] ?? null);
  }

  async submit(
    user: PlatformUser,
    flow: FlowId,
    raw: FormValues,
    token: string,
    formId?: string,
  ): Promise<SubmitResult> {
    const kind = KIND_OF[flow];
    const now = this.deps.clock.now();
    const current = this.deps.agreements.current();
    const existing = await this.deps.members.findByUser(user);
    assertKind(existing, kind);

    const shown = token === "-" ? null : this.agreementFromToken(token);
    const values = pickValues(this.fieldsFor(user, kind, shown), raw);
    const parsed =
      kind === "mentor"
        ? parseMentorProfile(values)
        : parseMenteeProfile(values, yearIn(now, this.deps.timeZone), monthOf(now, this.deps.timeZone));
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (shown && values.agree !== "yes") errors.agree = AGREE_ERROR;
    const stillNeeds = needsAcceptance(current, existing?.acceptance ?? null);
    if (stillNeeds && (!shown || shown.sha256 !== current.sha256))
      errors.agree =
        "The agreement was updated while this form was open. Please close it and run the command again to read the new version.";
    if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors };

    const profile = parsed.value;
    const changed = existing ? changedFields(existing, kind, profile) : [];
    const actor = existing?.id ?? MEMBER_PLACEHOLDER;
    const audit = [];
    if (!existing)
      audit.push({
        actorId: actor,
        action: `${kind}.signed_up`,
        subjectId: actor,
        details: { platform: user.platform },
      });
    else if (changed.length > 0)
      audit.push({
        actorId: actor,
        action: `${kind}.updated`,
        subjectId: actor,
        details: { fields: changed },
      });
    const accept = shown && stillNeeds ? shown : undefined;
    if (accept)
      audit.push({
        actorId: actor,
        action: "agreement.accepted",
        subjectId: actor,
        details: { version: accept.version, sha256: accept.sha256, platform: user.platform },
      });

    let member: Member;
    try {
      member = await this.deps.members.saveSignup({
        user,
        kind,
        name: profile.name,
        ...(kind === "mentor" ? { mentor: profile as MentorProfile } : { mentee: profile as MenteeProfile }),
        ...(accept ? { accept } : {}),
        ...(formId ? { onceKey: `signup:${user.platform}:${user.userId}:${formId}` } : {}),
        audit,
        now,
      });
    } catch (err) {
      if (!(err instanceof AlreadyDone)) throw err;
      const saved = (await this.deps.members.findByUser(user)) as Member;
      return {
        ok: true,
        duplicate: true,
        memberId: saved.id,
        confirmation: this.confirmation(saved, false, [], undefined),
      };
    }
    return {
      ok: true,
      memberId: member.id,
      confirmation: this.confirmation(member, !existing, changed, accept),
      carriesGuardianContact: Boolean(member.mentee?.guardian),
    };
  }

  declined(flow: FlowId): Message {
    return {
      text: `No problem: nothing was saved. You can read the agreement again and sign up any time with /${flow}.`,
    };
  }

  private agreementFromToken(token: string): Agreement | null {
    const [version, shaPrefix] = token.split(":");
    const a = version ? this.deps.agreements.get(version) : undefined;
    if (!a || !shaPrefix || !a.sha256.startsWith(shaPrefix)) return null;
    return a;
  }

  private confirmation(
    member: Member,
    created: boolean,
    changed: string[],
    accepted: Agreement | undefined,
  ): Message {
    const zone = this.deps.timeZone;
    const lines = summaryLines(member);
    const acceptance = member.acceptance;
    if (acceptance)
      lines.push(
        `Professionalism Agreement: ${acceptance.version}, accepted ${formatDate(acceptance.acceptedAt, zone)}`,
      );
    const kindWord = member.kind === "mentor" ? "a mentor" : "a student";
    let head: string;
    if (created) head = `**You're signed up as ${kindWord}.** This is what we recorded:`;
    else if (changed.length === 0 && !accepted) head = "**Nothing changed.** This is what is on file:";
    else head = "**Your details are updated.** This is what is on file now:";
    const next =
      member.kind === "mentor"
        ? "**What happens next:** a coordinator pairs you with a student who fits what you told us. You'll both be invited to a private channel with a welcome and ideas for a first meeting. Run /mentor-signup any time to see or change this."
        : member.mentee?.under18
          ? "**What happens next:** a coordinator pairs you with a mentor. Your parent or guardian's contact goes only to your mentor and the coordinators, and they join your first meeting. Run /mentee-signup any time to see or change this."
          : "**What happens next:** a coordinator pairs you with a mentor and you'll both be invited to a private channel. Run /mentee-signup any time to see or change this.";
    return { text: `${head}\n${bullets(lines)}\n\n${next}` };
  }
}

function assertKind(member: Member | null, kind: MemberKind): void {
  if (member && member.kind !== kind) {
    const other = member.kind === "mentor" ? "mentor" : "student";
    throw new UserError(
      `You are signed up as a ${other}. To change that, please ask a coordinator; your details are kept as they are.`,
      "wrong_kind",
    );
  }
}

export function summaryLines(member: Member): string[] {
  if (member.mentor) {
    const m = member.mentor;
    return [
      `Name: ${data(m.name)}`,
      `Role: ${labelOf(MENTOR_ROLES, m.role)}`,
      `Specialty or school: ${data(m.specialty)}`,
      `Where: ${labelOf(REGIONS, m.region)}`,
      `Students: ${labelOf(ACCEPTS, m.accepts)}`,
      `Mentees: up to ${m.capacity}`,
      `Preferred contact: ${data(m.contact)}`,
    ];
  }
  const s = member.mentee;
  if (!s) return [`Name: ${data(member.name)}`];
  const lines = [
    `Name: ${data(s.name)}`,
    `Stage: ${labelOf(STAGES, s.stage)}`,
    `School: ${data(s.school)}`,
    `Where: ${labelOf(REGIONS, s.region)}`,
    `Expected graduation: ${s.gradYear}`,
    `Help with: ${s.interests.map((i) => labelOf(INTERESTS, i)).join(", ")}`,
    `Under 18: ${s.under18 ? "yes" : "no"}`,
  ];
  if (s.guardian) {
    const g = s.guardian;
    const contact = [g.email, g.phone]
      .filter(Boolean)
      .map((c) => dataCode(c))
      .join(", ");
    lines.push(`Parent or guardian: ${data(g.name)} (${data(g.relationship)}), ${contact}`);
    if (s.turns18) lines.push(`Turning 18: ${s.turns18} (the guardian's contact is removed after that)`);
  }
  return lines;
}

function initialValues(member: Member): FormValues {
  if (member.mentor) {
    const { capacity, ...rest } = member.mentor;
    return { ...rest, capacity: String(capacity) };
  }
  const s = member.mentee;
  if (!s) return {};
  return {
    name: s.name,
    stage: s.stage,
    school: s.school,
    region: s.region,
    gradYear: String(s.gradYear),
    interests: s.interests,
    under18: s.under18 ? "yes" : "no",
    ...(s.guardian
      ? {
          guardianName: s.guardian.name,
          guardianRelationship: s.guardian.relationship,
          guardianEmail: s.guardian.email ?? undefined,
          guardianPhone: s.guardian.phone ?? undefined,
          guardianConsent: "yes",
          turns18: s.turns18 ?? undefined,
        }
      : {}),
  };
}

function changedFields(existing: Member, kind: MemberKind, next: MentorProfile | MenteeProfile): string[] {
  const before = ((kind === "mentor" ? existing.mentor : existing.mentee) ?? {}) as Record<string, unknown>;
  return Object.entries(next)
    .filter(([k, v]) => JSON.stringify(before[k] ?? null) !== JSON.stringify(v ?? null))
    .map(([k]) => k);
}
