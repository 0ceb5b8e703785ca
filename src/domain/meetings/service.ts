// Planning the next meeting (/meet), answering whether one can come, and saying afterwards whether
// it happened: a Yes logs the meeting for the pair once, whoever presses it and however often.

import { DateTime } from "luxon";
import { AlreadyDone, UserError } from "../errors.ts";
import type { Clock } from "../flow.ts";
import type { DraftStore, HoursService } from "../hours/service.ts";
import { durationInWords } from "../hours/words.ts";
import type { Member, PlatformUser } from "../members.ts";
import { type Button, data, type Message } from "../message.ts";
import { partnerOf, signedUpMember } from "../pairing/members.ts";
import type { Mailer, PairingWithMembers, SpacePort } from "../pairing/types.ts";
import { cleanText } from "../text.ts";
import { type Day, dayOf } from "../time.ts";
import {
  cancelledCard,
  guardianAttends,
  guardianInvitation,
  meetingCard,
  when,
  whenInWords,
} from "./card.ts";
import { looksLikeAPrivateHome } from "./places.ts";
import type { MeetingPlanStore, MeetingWithPair, MetAnswer, PlannedMeeting } from "./types.ts";

export type MeetReader = (
  text: string,
  now: Date,
  zone: string,
) => { kind: "plan"; start: Date; minutes: number; place: string } | { kind: "ask"; why: string };

export interface WordScreen {
  screenWords(user: PlatformUser, port: SpacePort, raw: string, where: string): Promise<Message | null>;
}

export interface MeetingDeps {
  members: { findIdentity(user: PlatformUser): Promise<Member | null> };
  pairs: { activePairingsOf(memberId: string): Promise<PairingWithMembers[]> };
  plans: MeetingPlanStore;
  drafts: DraftStore;
  hours: Pick<HoursService, "logPlanned">;
  guardian: {
    confirmGuardian(user: PlatformUser, isCoordinator: boolean, pairingId: string): Promise<Message>;
  };
  /** danger in a note gets the crisis answer and the coordinators' alert at once */
  safety: WordScreen;
  /** set when SMTP_URL is: a minor's guardian gets the first meeting's invitation by e-mail */
  mailer: Mailer | null;
  clock: Clock;
  timeZone: string;
  readMeet: MeetReader;
}

interface PlanDraft {
  start: string;
  minutes: number;
  place: string;
  pairings: string[];
}

export const NOTE_MAX_LENGTH = 500;

export const MEET_HELP =
  "Plan your next meeting: `/meet tomorrow 5pm zoom` or `/meet tomorrow 4:30pm 45m Loussac Library` (a weekday or a date works too: `thu 5pm`, `dec 10 4pm`). Also: /meet list, /meet cancel, /meet note (a private note to the coordinators about your last meeting). Running /meet again moves the planned meeting.";

export class MeetingsService {
  constructor(private readonly deps: MeetingDeps) {}

  private memberOf(user: PlatformUser): Promise<Member> {
    return signedUpMember(this.deps.members, user);
  }

  private async pairsOf(me: Member): Promise<PairingWithMembers[]> {
    const pairs = await this.deps.pairs.activePairingsOf(me.id);
    if (pairs.length === 0)
      throw new UserError(
        "You're not in an active pair right now, so there is no one to plan a meeting with. If you are new, a coordinator will pair you soon.",
        "no_pair",
      );
    return pairs;
  }

  private other(p: PairingWithMembers, me: Member): Member {
    return partnerOf(p, me);
  }

  async plan(user: PlatformUser, port: SpacePort, text: string): Promise<Message> {
    const me = await this.memberOf(user);
    const now = this.deps.clock.now();
    const reading = this.deps.readMeet(text, now, this.deps.timeZone);
    if (reading.kind === "ask") throw new UserError(`${reading.why} Nothing was planned.`, "unclear_meeting");
    const pairs = await this.pairsOf(me);
    if (pairs.length === 1)
      return this.planFor(
        me,
        pairs[0] as PairingWithMembers,
        reading.start,
        reading.minutes,
        reading.place,
        port,
      );
    const draft = await this.deps.drafts.create<PlanDraft>(user.platform, user.userId, "meet", {
      start: reading.start.toISOString(),
      minutes: reading.minutes,
      place: reading.place,
      pairings: pairs.map((p) => p.id),
    });
    const buttons: Button[] = pairs.map((p, i) => ({
      id: `meet-pick:${draft.id}:${i}`,
      label: `With ${data(this.other(p, me).name)}`.slice(0, 75),
      style: "primary",
    }));
    return {
      text: `Which pair is the meeting on ${whenInWords(reading.start, this.deps.timeZone)} with?`,
      buttons,
    };
  }

  /** The pair picked for a drafted plan: planned once, however often the button is pressed. */
  async pick(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [draftId = "", index = ""] = arg.split(":");
    const draft = await this.deps.drafts.get<PlanDraft>(user.platform, user.userId, draftId);
    const pairingId = draft?.data.pairings[Number(index)];
    if (!draft || !pairingId)
      throw new AlreadyDone(
        "That choice was already made or has expired: see /meet list, or run /meet again.",
      );
    await this.deps.drafts.delete(draftId);
    const me = await this.memberOf(user);
    const pair = (await this.deps.pairs.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active. Nothing was planned.", "not_active");
    const start = new Date(draft.data.start);
    if (start <= this.deps.clock.now())
      throw new UserError(
        "That time has passed in the meantime. Nothing was planned: run /meet again.",
        "past",
      );
    return this.planFor(me, pair, start, draft.data.minutes, draft.data.place, port);
  }

  private async planFor(
    me: Member,
    pair: PairingWithMembers,
    start: Date,
    minutes: number,
    place: string,
    port: SpacePort,
  ): Promise<Message> {
    const now = this.deps.clock.now();
    const current = await this.deps.plans.upcoming(pair.id, now);
    // the agreement: Zoom or a public place; with a student under 18 a private home is refused
    const where = place || current?.place || "";
    if (looksLikeAPrivateHome(where) && (await this.deps.plans.studentIsMinor(pair.id)))
      throw new UserError(
        `"${data(where)}" sounds like someone's home. The program's agreement asks that every meeting be on Zoom or in a public place, such as a library or coffee shop, and ${data(pair.mentee.name)} is under 18. Please plan it again with /meet and one of those. Nothing was planned.`,
        "private_place",
      );
    if (
      current &&
      current.startsAt.getTime() === start.getTime() &&
      current.minutes === minutes &&
      (place === "" || place === current.place)
    )
      return {
        text: `That's already the plan: ${whenInWords(start, this.deps.timeZone)}, for ${durationInWords(minutes)}${current.place ? ` at ${data(current.place)}` : ""}. Nothing was changed.`,
      };
    const { meeting, moved } = await this.deps.plans.plan(
      { pairingId: pair.id, startsAt: start, minutes, place, plannedBy: me.id, now },
      [{ actorId: me.id, action: "meeting.planned", details: { minutes, hasPlace: place !== "" } }],
    );
    const full = await this.deps.plans.get(meeting.id);
    const first = full ? guardianAttends(full.pairing, full.earlierMet) : false;
    const card = meetingCard(meeting, full?.pairing ?? pair, {
      zone: this.deps.timeZone,
      now,
      moved,
      plannedByName: me.name,
      firstWithGuardian: first,
    });
    const what = `${whenInWords(meeting.startsAt, this.deps.timeZone)}, for ${durationInWords(minutes)}`;
    const mailed = first && full ? await this.mailGuardian(meeting, full.pairing, now) : "";
    if (pair.spaceId) {
      await port.postToSpace(pair.spaceId, card);
      return {
        text: `${moved ? "Moved" : "Planned"}: ${what}${meeting.place ? ` at ${data(meeting.place)}` : ""}. The card with the calendar invitation is in your pair's space; ${remindersPromised(meeting, now)}${mailed}`,
      };
    }
    // no space (it was never opened): the card comes to the person who planned it
    return { ...card, text: `${card.text}${mailed}` };
  }

  /** The first meeting of a minor: the guardian gets the invitation, when e-mail is set up. */
  private async mailGuardian(m: PlannedMeeting, p: PairingWithMembers, now: Date): Promise<string> {
    const email = p.mentee.mentee?.guardian?.email;
    if (!this.deps.mailer || !email) return "";
    try {
      await this.deps.mailer.send({ to: email, ...guardianInvitation(m, p, this.deps.timeZone, now) });
      return " The student's parent or guardian was e-mailed the invitation.";
    } catch {
      // planned either way; the pair can pass the invitation on
      return " I couldn't e-mail the invitation to the parent or guardian just now: please forward it to them.";
    }
  }

  async list(user: PlatformUser): Promise<Message> {
    const me = await this.memberOf(user);
    const now = this.deps.clock.now();
    const pairs = await this.deps.pairs.activePairingsOf(me.id);
    const next = await Promise.all(
      pairs.map(async (p) => ({ p, m: await this.deps.plans.upcoming(p.id, now) })),
    );
    // soonest first, whichever pair it is with
    const lines = next
      .flatMap(({ p, m }) => (m ? [{ p, m }] : []))
      .sort((a, b) => a.m.startsAt.getTime() - b.m.startsAt.getTime())
      .map(
        ({ p, m }) =>
          `- ${when(m, this.deps.timeZone)} with ${data(this.other(p, me).name)}, for ${durationInWords(m.minutes)}${m.place ? ` at ${data(m.place)}` : ""}`,
      );
    if (lines.length === 0) return { text: `No meeting is planned. ${MEET_HELP}` };
    return {
      text: `**Your next meetings**\n${lines.join("\n")}\nMove one with /meet and the new time; call it off with /meet cancel.`,
    };
  }

  async cancel(user: PlatformUser, port: SpacePort): Promise<Message> {
    const me = await this.memberOf(user);
    const now = this.deps.clock.now();
    const upcoming: { m: PlannedMeeting; p: PairingWithMembers }[] = [];
    for (const p of await this.deps.pairs.activePairingsOf(me.id)) {
      const m = await this.deps.plans.upcoming(p.id, now);
      if (m) upcoming.push({ m, p });
    }
    if (upcoming.length === 0)
      throw new UserError("No meeting is planned, so there is nothing to cancel.", "no_meeting");
    if (upcoming.length > 1)
      return {
        text: "Which meeting should I cancel?",
        buttons: upcoming.map(({ m, p }) => ({
          id: `meet-cancel:${m.id}`,
          label:
            `With ${data(this.other(p, me).name)}, ${DateTime.fromJSDate(m.startsAt, { zone: this.deps.timeZone }).toFormat("ccc LLL d")}`.slice(
              0,
              75,
            ),
          style: "danger" as const,
        })),
      };
    const only = upcoming[0] as { m: PlannedMeeting };
    return this.cancelById(user, port, only.m.id);
  }

  async cancelById(user: PlatformUser, port: SpacePort, meetingId: string): Promise<Message> {
    const me = await this.memberOf(user);
    const m = await this.meetingOf(me, meetingId);
    const now = this.deps.clock.now();
    const cancelled = await this.deps.plans.cancel(m.id, now, [
      { actorId: me.id, action: "meeting.cancelled", subjectId: m.id },
    ]);
    if (!cancelled) throw new AlreadyDone("That meeting is already cancelled: nothing was changed.");
    if (m.pairing.spaceId)
      await port
        .postToSpace(
          m.pairing.spaceId,
          cancelledCard({ ...m, sequence: m.sequence + 1 }, m.pairing, me.name, this.deps.timeZone, now),
        )
        .catch(() => undefined); // cancelled either way; the note in the space is a courtesy
    return {
      text: `Cancelled the meeting on ${whenInWords(m.startsAt, this.deps.timeZone)}. No reminders will come for it.`,
    };
  }

  /** The meeting, if this member is in its pair; otherwise as if it did not exist. */
  private async meetingOf(me: Member, meetingId: string): Promise<MeetingWithPair> {
    const m = await this.deps.plans.get(meetingId);
    if (!m || (m.pairing.mentorId !== me.id && m.pairing.menteeId !== me.id))
      throw new UserError("That button isn't for a meeting of yours. Nothing was changed.", "not_yours");
    return m;
  }

  private checkCurrent(m: MeetingWithPair, sequence: string): void {
    if (m.status === "cancelled")
      throw new UserError("That meeting was cancelled. Nothing was changed.", "no_meeting");
    if (Number(sequence) !== m.sequence)
      throw new UserError("That meeting has been moved since: please answer on the newer card.", "moved");
  }

  /** "I'll be there" / "Can't make it": the latest answer counts; "can't" tells the space. */
  async rsvp(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [meetingId = "", sequence = "", answer = ""] = arg.split(":");
    if (answer !== "yes" && answer !== "no")
      throw new UserError("That button is no longer valid. Nothing was changed.", "bad_button");
    const me = await this.memberOf(user);
    const m = await this.meetingOf(me, meetingId);
    this.checkCurrent(m, sequence);
    const now = this.deps.clock.now();
    if (m.startsAt <= now)
      throw new UserError("That meeting has already started. Nothing was changed.", "past");
    const before = m.answers.find((a) => a.kind === "rsvp" && a.memberId === me.id);
    await this.deps.plans.answer({
      meetingId: m.id,
      memberId: me.id,
      kind: "rsvp",
      answer,
      sequence: m.sequence,
      at: now,
    });
    const at = whenInWords(m.startsAt, this.deps.timeZone);
    if (before?.answer === answer)
      return {
        text:
          answer === "yes"
            ? `Already noted: you'll be there on ${at}.`
            : `Already noted: you can't make it on ${at}.`,
      };
    if (answer === "yes" && before?.answer === "no" && m.pairing.spaceId)
      await port
        .postToSpace(m.pairing.spaceId, {
          text: `${data(me.name)} can make the meeting on ${when(m, this.deps.timeZone)} after all.`,
        })
        .catch(() => undefined);
    if (answer === "no") {
      if (m.pairing.spaceId)
        await port
          .postToSpace(m.pairing.spaceId, {
            text: `${data(me.name)} can't make the meeting on ${when(m, this.deps.timeZone)}. Plan another time with /meet, e.g. \`/meet thu 5pm zoom\`.`,
          })
          .catch(() => undefined);
      return {
        text: `Noted: you can't make it on ${at}. I told your pair's space; move it with /meet and a new time.`,
      };
    }
    return { text: `Great: you'll be there on ${at}.` };
  }

  /** "Did you meet?": a Yes logs the planned time for the pair once, whoever presses it. */
  async met(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [meetingId = "", sequence = "", raw = ""] = arg.split(":");
    if (!["yes", "guardian", "other", "no"].includes(raw))
      throw new UserError("That button is no longer valid. Nothing was changed.", "bad_button");
    const answer = raw as MetAnswer;
    const me = await this.memberOf(user);
    const m = await this.meetingOf(me, meetingId);
    this.checkCurrent(m, sequence);
    const now = this.deps.clock.now();
    if (new Date(m.startsAt.getTime() + m.minutes * 60_000) > now)
      throw new UserError(
        "That meeting hasn't ended yet: answer once it has. Nothing was changed.",
        "future",
      );
    const mine = m.answers.find((a) => a.kind === "met" && a.memberId === me.id);
    if (mine)
      throw new AlreadyDone(
        `You already answered for this meeting (${answerInWords(mine.answer)}): nothing was changed.`,
      );
    const day: Day = dayOf(m.startsAt, this.deps.timeZone);
    const other = this.other(m.pairing, me);
    let text: string;
    if (answer === "yes" || answer === "guardian") {
      text = await this.logOnce(user, port, m, day, other);
      if (answer === "guardian" && m.pairing.mentorId === me.id)
        text += `\n${(await this.deps.guardian.confirmGuardian(user, false, m.pairingId)).text}`;
    } else if (answer === "other") {
      text = `Thanks. Log the time you met with /log-hours, e.g. \`/log-hours 45m ${DateTime.fromISO(day).toFormat("LLL d").toLowerCase()}\`.`;
    } else {
      text =
        "Thanks for saying so: nothing was logged. Plan the next one with /meet, e.g. `/meet thu 5pm zoom`.";
    }
    await this.deps.plans.answer({
      meetingId: m.id,
      memberId: me.id,
      kind: "met",
      answer,
      sequence: m.sequence,
      at: now,
    });
    if (answer === "no") return { text };
    return {
      text: `${text}\n\n**How did it go?** If you like, rate it from 1 (not well) to 5 (very well). Only the program's coordinators see it; for a private note to them, type /meet note and your words.`,
      buttons: [1, 2, 3, 4, 5].map((n) => ({ id: `meet-rate:${m.id}:${n}`, label: String(n) })),
    };
  }

  /** A rating of a meeting that happened, 1 to 5, once per member; only coordinators see it. */
  async rate(user: PlatformUser, arg: string): Promise<Message> {
    const [meetingId = "", raw = ""] = arg.split(":");
    const rating = Number(raw);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5)
      throw new UserError("That button is no longer valid. Nothing was changed.", "bad_button");
    const me = await this.memberOf(user);
    const m = await this.meetingOf(me, meetingId);
    if (new Date(m.startsAt.getTime() + m.minutes * 60_000) > this.deps.clock.now())
      throw new UserError(
        "That meeting hasn't ended yet: rate it once it has. Nothing was changed.",
        "future",
      );
    const given = await this.deps.plans.answer({
      meetingId: m.id,
      memberId: me.id,
      kind: "rating",
      answer: String(rating),
      sequence: m.sequence,
      at: this.deps.clock.now(),
    });
    if (!given) {
      const before = m.answers.find((a) => a.kind === "rating" && a.memberId === me.id)?.answer;
      throw new AlreadyDone(
        `You already rated this meeting${before ? ` ${before} of 5` : ""}: nothing was changed.`,
      );
    }
    return { text: `Thank you: ${rating} of 5, seen only by the coordinators.` };
  }

  /** A private note to the coordinators about the member's latest meeting; a new one replaces it. */
  async note(user: PlatformUser, port: SpacePort, raw: string): Promise<Message> {
    // first, before any refusal: a student in danger never meets "no meeting yet"
    const danger = await this.deps.safety.screenWords(user, port, raw, "a private note about a meeting");
    const text = cleanText(raw, { multiline: true });
    if (!text)
      throw new UserError(
        "Add your note after /meet note, e.g. `/meet note we talked about MCAT timing`.",
        "bad_arguments",
      );
    if (text.length > NOTE_MAX_LENGTH) {
      if (danger) return danger;
      throw new UserError(
        `Please keep a note to ${NOTE_MAX_LENGTH} characters (this one has ${text.length}). Nothing was saved.`,
        "too_long",
      );
    }
    const me = await this.memberOf(user);
    const pairs = await this.deps.pairs.activePairingsOf(me.id);
    const now = this.deps.clock.now();
    const m = await this.deps.plans.lastEndedOf(
      pairs.map((p) => p.id),
      now,
    );
    if (!m) {
      if (danger) return danger;
      throw new UserError(
        "A note goes with a meeting planned with /meet once it has happened, and none has yet.",
        "no_meeting",
      );
    }
    await this.deps.plans.answer({
      meetingId: m.id,
      memberId: me.id,
      kind: "note",
      answer: text,
      sequence: m.sequence,
      at: now,
    });
    const saved = `Saved your note about the meeting on ${whenInWords(m.startsAt, this.deps.timeZone)}. Only the coordinators see it (not your mentor or student); a new note replaces it.`;
    return danger ? { ...danger, text: `${danger.text}\n\n${saved}` } : { text: saved };
  }

  private async logOnce(
    user: PlatformUser,
    port: SpacePort,
    m: MeetingWithPair,
    day: Day,
    other: Member,
  ): Promise<string> {
    try {
      return (await this.deps.hours.logPlanned(user, port, m.pairingId, m.minutes, day, `meet-met:${m.id}`))
        .text;
    } catch (err) {
      if (!(err instanceof AlreadyDone)) throw err;
      const byOther = m.answers.some((a) => a.kind === "met" && a.memberId === other.id);
      return byOther
        ? `${data(other.name)} already said you met, so it is logged: ${durationInWords(m.minutes)}, counted once for the pair.`
        : "That meeting is already logged: it counts once for the pair.";
    }
  }
}

/** What reminders will come, by the rule of scheduled/meeting-reminders.ts (planned far enough ahead). */
function remindersPromised(m: PlannedMeeting, now: Date): string {
  const ahead = m.startsAt.getTime() - now.getTime();
  const HOUR = 3_600_000;
  if (ahead >= 26 * HOUR) return "reminders come the day before and an hour before.";
  if (ahead >= 1.5 * HOUR) return "a reminder comes an hour before.";
  return "it is too soon for a reminder.";
}

function answerInWords(answer: string): string {
  switch (answer) {
    case "yes":
    case "guardian":
      return "you met";
    case "other":
      return "you met for a different time";
    default:
      return "you didn't meet";
  }
}
