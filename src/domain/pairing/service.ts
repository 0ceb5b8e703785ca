// Pairing a mentor with a student. Opening a pairing touches the platform several times; each step
// done is recorded, so running the same command again after a failure finishes the same pairing:
// never a second space, never an active pairing without its space.
import { needsAcceptance } from "../agreement.ts";
import { labelOf, levelOfStage, STAGES } from "../choices.ts";
import { describeFailure, UserError } from "../errors.ts";
import type { Clock } from "../flow.ts";
import type { AuditEntry, Member, MemberKind, PlatformUser } from "../members.ts";
import { bullets, data, type Message } from "../message.ts";
import type { ContactMessageStore } from "../privacy/contact-messages.ts";
import type { AgreementSource } from "../signup/service.ts";
import { cleanText } from "../text.ts";
import { dayOf, formatDate, formatDay } from "../time.ts";
import { spaceName } from "./names.ts";
import { type Candidate, suggestMentors } from "./suggest.ts";
import {
  guardianContactLines,
  guardianIntroduction,
  mentorGuardianMessage,
  welcomeMessage,
} from "./texts.ts";
import type {
  Mailer,
  Pairing,
  PairingSteps,
  PairingStore,
  PairingWithMembers,
  SentRef,
  SpacePort,
} from "./types.ts";

export interface MemberLookup {
  findByUser(user: PlatformUser): Promise<Member | null>;
  findById(id: string): Promise<Member | null>;
}

export interface PairingDeps {
  members: MemberLookup;
  pairings: PairingStore;
  agreements: AgreementSource;
  clock: Clock;
  timeZone: string;
  goalHours: number;
  mailer: Mailer | null;
  /** where DMs carrying a guardian's contact are recorded, to be deleted when it is removed */
  contactMessages: Pick<ContactMessageStore, "record">;
  /** bugs met while talking to a platform: logged by the caller's logger */
  onUnexpected: (err: unknown, context: Record<string, unknown>) => void;
}

const SIGNUP_COMMAND: Record<MemberKind, string> = { mentor: "/mentor-signup", mentee: "/mentee-signup" };

export class PairingService {
  constructor(private readonly deps: PairingDeps) {}

  private async member(port: SpacePort, userId: string, kind: MemberKind): Promise<Member> {
    const m = await this.deps.members.findByUser({ platform: port.name, userId });
    const who = port.mention(userId);
    const word = kind === "mentor" ? "mentor" : "student";
    if (!m)
      throw new UserError(
        `${who} has not signed up yet: ask them to run ${SIGNUP_COMMAND[kind]} first. Nothing was changed.`,
        "not_signed_up",
      );
    if (m.kind !== kind)
      throw new UserError(
        `${data(m.name)} signed up as a ${m.kind === "mentor" ? "mentor" : "student"}, not a ${word}. Nothing was changed.`,
        "wrong_kind",
      );
    return m;
  }

  async create(
    coordinator: PlatformUser,
    port: SpacePort,
    mentorUserId: string,
    menteeUserId: string,
  ): Promise<Message> {
    const mentor = await this.member(port, mentorUserId, "mentor");
    const mentee = await this.member(port, menteeUserId, "mentee");
    const current = this.deps.agreements.current();
    const stale = [mentor, mentee].filter((m) => needsAcceptance(current, m.acceptance));
    if (stale.length)
      throw new UserError(
        `${stale.map((m) => `${data(m.name)} (${SIGNUP_COMMAND[m.kind]})`).join(" and ")} must accept the current ${current.title} (${current.version}) first: ask them to run that command. Nothing was changed.`,
        "stale_agreement",
      );

    let pairing = await this.deps.pairings.openForMentee(mentee.id);
    // An earlier attempt may have sent something before it failed (a time-out hides whether it did).
    const resumed = pairing !== null;
    if (pairing && pairing.mentorId !== mentor.id) {
      const other = await this.deps.members.findById(pairing.mentorId);
      throw new UserError(
        `${data(mentee.name)} already has a mentor${pairing.status === "opening" ? " being set up" : ""}: ${data(other?.name ?? "someone else")}. End that pairing first with /pairings end. Nothing was changed.`,
        "already_paired",
      );
    }
    if (pairing?.status === "active")
      throw new UserError(
        `${data(mentor.name)} and ${data(mentee.name)} are already paired, since ${formatDay(pairing.startedOn)}${pairing.spaceId && pairing.spaceName ? `, in ${port.spaceRef(pairing.spaceId, pairing.spaceName)}` : ""}.`,
        "already_paired",
      );

    if (!pairing) {
      const now = this.deps.clock.now();
      const capacity = mentor.mentor?.capacity ?? 0;
      const r = await this.deps.pairings.createOpening(
        {
          platform: port.name,
          mentorId: mentor.id,
          menteeId: mentee.id,
          startedOn: dayOf(now, this.deps.timeZone),
          createdBy: coordinator.userId,
          createdAt: now,
        },
        capacity,
        [
          {
            actorId: coordinator.userId,
            action: "pairing.created",
            subjectId: mentee.id,
            details: { mentor: mentor.id },
          },
        ],
      );
      if (!r.ok && r.reason === "capacity")
        throw new UserError(
          `${data(mentor.name)} already has ${capacity} mentee${capacity === 1 ? "" : "s"}, their capacity. They can raise it with /mentor-signup, or try /pairings suggest for someone else. Nothing was changed.`,
          "capacity",
        );
      if (!r.ok)
        throw new UserError(
          `${data(mentee.name)} was just paired by someone else. Run /pairings list to see it. Nothing was changed.`,
          "already_paired",
        );
      pairing = r.pairing;
    }
    return this.complete(pairing, mentor, mentee, coordinator, port, resumed);
  }

  /** Does whatever steps are not yet done. Stops at the first failure and says exactly where. */
  private async complete(
    start: Pairing,
    mentor: Member,
    mentee: Member,
    coordinator: PlatformUser,
    port: SpacePort,
    resumed: boolean,
  ): Promise<Message> {
    let p = start;
    // On a retry, a message an earlier attempt sent before timing out is not sent again.
    const sendOnce = async (kind: "dm" | "space", to: string, message: Message): Promise<SentRef | null> => {
      const found = resumed ? await port.wasDelivered(kind, to, message) : null;
      if (found) return found;
      if (kind === "dm") return port.sendDirect(to, message);
      await port.postToSpace(to, message);
      return null;
    };
    // Recorded before the step is saved: a crash in between finds the message again on the retry.
    const sendContact = async (to: string, message: Message) => {
      const ref = await sendOnce("dm", to, message);
      if (ref) await this.deps.contactMessages.record(mentee.id, port.name, to, ref);
    };
    const steps: PairingSteps = { ...p.steps };
    const done: string[] = [];
    const save = async (patch: Parameters<PairingStore["update"]>[1], audit?: AuditEntry[]) => {
      p = await this.deps.pairings.update(p.id, patch, audit);
    };
    const guardian = mentee.mentee?.under18 ? mentee.mentee.guardian : null;
    let doing = "";
    /** One step, done only if an earlier attempt did not finish it, and recorded as soon as it is. */
    const once = async (
      flag: "welcomed" | "guardianSent" | "introSent" | "emailed",
      what: string,
      said: string,
      act: () => Promise<unknown>,
    ) => {
      if (steps[flag]) return;
      doing = what;
      await act();
      steps[flag] = true;
      await save({ steps });
      done.push(said);
    };
    try {
      if (!p.spaceId) {
        doing = "making the private space";
        const space = await port.openPrivateSpace(
          spaceName(mentor.name, mentee.name, p.id),
          // a space's purpose is plain text: no marks
          `Mentoring: ${mentor.name} and ${mentee.name}`,
        );
        await save({ spaceId: space.id, spaceName: space.name });
        done.push(`made the private space ${port.spaceRef(space.id, space.name)}`);
      }
      const spaceId = p.spaceId as string;
      const invitees = [...new Set([mentor.platformUserId, mentee.platformUserId, coordinator.userId])];
      const names: Record<string, string> = {
        [mentor.platformUserId]: mentor.name,
        [mentee.platformUserId]: mentee.name,
        [coordinator.userId]: "you",
      };
      for (const u of invitees) {
        if (steps.invited?.includes(u)) continue;
        doing = `adding ${names[u]} to ${port.spaceRef(spaceId, p.spaceName ?? "")}`;
        await port.addToSpace(spaceId, u);
        steps.invited = [...(steps.invited ?? []), u];
        await save({ steps });
        done.push(`added ${names[u]}`);
      }
      await once("welcomed", "posting the welcome", "posted the welcome", () =>
        sendOnce(
          "space",
          spaceId,
          welcomeMessage(mentor, mentee, this.deps.goalHours, (m) => port.mention(m.platformUserId)),
        ),
      );
      if (guardian) {
        await once(
          "guardianSent",
          `sending ${data(mentor.name)} the guardian's contact`,
          `sent ${data(mentor.name)} the guardian's contact`,
          () => sendContact(mentor.platformUserId, mentorGuardianMessage(mentee, p.id)),
        );
        const intro = guardianIntroduction(mentor, mentee);
        await once(
          "introSent",
          "sending you the introduction for the guardian",
          "sent you the introduction for the guardian",
          () =>
            sendContact(coordinator.userId, {
              text: `**An introduction of ${data(mentor.name)} for ${data(mentee.name)}'s parent or guardian**, ready to send:\n${bullets(guardianContactLines(mentee))}\n\n**Subject:** ${intro.subject}\n\n${intro.text}`,
            }),
        );
        const { mailer } = this.deps;
        if (mailer && guardian.email) {
          const to = guardian.email;
          await once(
            "emailed",
            "e-mailing the introduction to the guardian",
            "e-mailed it to the guardian",
            () => mailer.send({ to, ...intro }),
          );
        }
      }
      await save({ status: "active" }, [
        {
          actorId: coordinator.userId,
          action: "pairing.opened",
          subjectId: p.id,
          details: { space: p.spaceId },
        },
      ]);
    } catch (err) {
      if (!(err instanceof UserError) && !(err instanceof Error && err.name === "PlatformError"))
        this.deps.onUnexpected(err, { pairing: p.id, step: doing });
      return {
        text: [
          `**Not finished:** ${doing} failed (${describeFailure(err)}).`,
          done.length ? `Done this time: ${done.join("; ")}.` : "Nothing more was done this time.",
          "Run the same command again to finish: it carries on from here and will not make a second space.",
        ].join("\n"),
      };
    }

    const ref = port.spaceRef(p.spaceId as string, p.spaceName ?? "");
    const lines = [
      `**Paired:** ${data(mentor.name)} (mentor) and ${data(mentee.name)} (${labelOf(STAGES, mentee.mentee?.stage).toLowerCase()}). Their private space is ${ref}, with a welcome, ideas for their first meeting and the ground rules.`,
    ];
    if (guardian)
      lines.push(
        `${data(mentee.name)} is under 18: ${data(mentor.name)} has the guardian's contact by direct message, and you have an introduction of ${data(mentor.name)} ready to send to the guardian${steps.emailed ? " (also e-mailed to them)" : ""}. ${data(mentor.name)} confirms with one button when the guardian has attended the first meeting.`,
      );
    const level = levelOfStage(mentee.mentee?.stage ?? "college");
    const accepts = mentor.mentor?.accepts;
    if (accepts && accepts !== "either" && accepts !== level)
      lines.push(
        `Note: ${data(mentor.name)} said they mentor ${accepts === "high_school" ? "high-school" : "college"} students.`,
      );
    return { text: lines.join("\n\n") };
  }

  async end(
    coordinator: PlatformUser,
    port: SpacePort,
    menteeUserId: string,
    reasonText: string | undefined,
  ): Promise<Message> {
    const mentee = await this.member(port, menteeUserId, "mentee");
    const reason = reasonText ? cleanText(reasonText).slice(0, 500) : null;
    const open = await this.deps.pairings.openForMentee(mentee.id);
    let p: Pairing;
    if (open) {
      p = await this.deps.pairings.update(
        open.id,
        { status: "ended", endedAt: this.deps.clock.now(), endReason: reason },
        [
          {
            actorId: coordinator.userId,
            action: "pairing.ended",
            subjectId: open.id,
            details: { reasonGiven: reason !== null },
          },
        ],
      );
    } else {
      // Running it again after an archive that failed retries the archive.
      const ended = await this.deps.pairings.lastEndedForMentee(mentee.id);
      if (!ended?.spaceId || ended.steps.archived)
        throw new UserError(`${data(mentee.name)} has no active pairing. Nothing was changed.`, "not_paired");
      p = ended;
    }
    const mentor = await this.deps.members.findById(p.mentorId);
    const names = `${data(mentor?.name ?? "the mentor")} and ${data(mentee.name)}`;
    if (!p.spaceId || p.steps.archived)
      return { text: `Ended the pairing of ${names}. Their history and hours are kept.` };
    try {
      if (open)
        await port.postToSpace(p.spaceId, {
          text: "This pairing has ended. Thank you both for your time together! This space is now archived; its history is kept.",
        });
      await port.archiveSpace(p.spaceId);
      p = await this.deps.pairings.update(p.id, { steps: { ...p.steps, archived: true } });
      return {
        text: `Ended the pairing of ${names}. Their space ${port.spaceRef(p.spaceId as string, p.spaceName ?? "")} is archived; their history and hours are kept.`,
      };
    } catch (err) {
      if (!(err instanceof Error && err.name === "PlatformError"))
        this.deps.onUnexpected(err, { pairing: p.id, step: "archive" });
      return {
        text: `Ended the pairing of ${names}, but archiving their space ${port.spaceRef(p.spaceId as string, p.spaceName ?? "")} failed (${describeFailure(err)}). Run the same command again to retry the archive; the pairing itself is ended.`,
      };
    }
  }

  async list(port: SpacePort): Promise<Message> {
    const open = await this.deps.pairings.listOpen(port.name);
    if (open.length === 0)
      return { text: "No active pairs yet. Start one with /pairings create @mentor @student." };
    const lines = open.map((p) => {
      const stage = labelOf(STAGES, p.mentee.mentee?.stage).toLowerCase();
      const minor = p.mentee.mentee?.under18
        ? p.guardianAttendedAt
          ? "; guardian attended"
          : "; under 18, guardian not yet at a first meeting"
        : "";
      const where = p.spaceId && p.spaceName ? ` · ${port.spaceRef(p.spaceId, p.spaceName)}` : "";
      const state = p.status === "opening" ? " · **not finished**: run /pairings create again" : "";
      return `${data(p.mentor.name)} ↔ ${data(p.mentee.name)} (${stage}${minor}), since ${formatDay(p.startedOn)}${where}${state}`;
    });
    return { text: `**Active pairs (${open.length})**\n${bullets(lines)}` };
  }

  async suggest(port: SpacePort, menteeUserId: string): Promise<Message> {
    const mentee = await this.member(port, menteeUserId, "mentee");
    const current = this.deps.agreements.current();
    const load = await this.deps.pairings.mentorsWithLoad(port.name);
    const candidates: Candidate[] = load.map((l) => ({
      mentor: l.mentor,
      openPairings: l.openPairings,
      agreementCurrent: !needsAcceptance(current, l.mentor.acceptance),
    }));
    const { suggestions, excluded } = suggestMentors(mentee, candidates);
    if (suggestions.length === 0)
      return {
        text: `No mentor can take ${data(mentee.name)} right now.${excluded.length ? `\n${bullets(excluded)}` : ""}`,
      };
    const lines = suggestions.map(
      (s, i) =>
        `${i + 1}. **${data(s.mentor.name)}** (${port.mention(s.mentor.platformUserId)}): ${s.reasons.join("; ")}`,
    );
    return {
      text: `**Mentors for ${data(mentee.name)}**, best first:\n${lines.join("\n")}\n\nPair with /pairings create @mentor @student.${excluded.length ? `\n\nNot suggested:\n${bullets(excluded)}` : ""}`,
    };
  }

  /** A coordinator pauses a student's pair until a day. */
  async pause(
    coordinator: PlatformUser,
    port: SpacePort,
    menteeUserId: string,
    until: string,
    hours: {
      pause(actorId: string, pair: PairingWithMembers, untilText: string, port: SpacePort): Promise<Message>;
    },
  ): Promise<Message> {
    const mentee = await this.member(port, menteeUserId, "mentee");
    const open = await this.deps.pairings.openForMentee(mentee.id);
    const pair = open?.status === "active" ? await this.deps.pairings.get(open.id) : null;
    if (!pair)
      throw new UserError(
        `${data(mentee.name)} has no active pairing to pause. Nothing was changed.`,
        "not_paired",
      );
    return hours.pause(coordinator.userId, pair, until, port);
  }

  /**
   * The mentor (or a coordinator) records that the guardian attended the first meeting. Pressed
   * while no meeting of the pair is logged, it asks first: a press before the meeting (the button
   * comes with the pairing) would tell the coordinators something that has not happened.
   */
  async confirmGuardian(user: PlatformUser, isCoordinator: boolean, arg: string): Promise<Message> {
    const [pairingId = "", sure] = arg.split(":");
    const p = await this.deps.pairings.get(pairingId);
    if (!p || (!isCoordinator && (p.mentor.platformUserId !== user.userId || p.platform !== user.platform)))
      throw new UserError(
        "Only this pair's mentor or a coordinator can confirm that. Nothing was changed.",
        "not_allowed",
      );
    if (p.guardianAttendedAt)
      return {
        text: `Already recorded on ${formatDate(p.guardianAttendedAt, this.deps.timeZone)}. Thank you!`,
      };
    if (sure !== "met" && !(await this.deps.pairings.hasLoggedMeeting(p.id)))
      return {
        text: `No meeting with ${data(p.mentee.name)} is logged yet. Has your first meeting already happened, with their parent or guardian there? If it has not, nothing is recorded: press the button again after that meeting.`,
        buttons: [
          { id: `guardian-attended:${p.id}:met`, label: "Yes, the guardian attended", style: "primary" },
        ],
      };
    const recorded = await this.deps.pairings.recordGuardianAttended(p.id, this.deps.clock.now(), [
      { actorId: user.userId, action: "pairing.guardian_attended", subjectId: p.id },
    ]);
    if (!recorded) return { text: "Already recorded. Thank you!" };
    return {
      text: `Thank you: recorded that ${data(p.mentee.name)}'s parent or guardian attended the first meeting. The coordinators can see it.`,
    };
  }
}
