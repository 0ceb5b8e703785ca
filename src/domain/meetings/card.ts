// What a pair sees about a meeting: the card in their space (with the invitation attached and the
// add-to-calendar links), the reminders, and "Did you meet?".
import { DateTime } from "luxon";
import { durationInWords } from "../hours/words.ts";
import { type Attachment, type Button, data, type Message, moment } from "../message.ts";
import { guardianIntroduction } from "../pairing/texts.ts";
import type { PairingWithMembers } from "../pairing/types.ts";
import { calendarLinks, type InvitationText, invitationFile } from "./invitation.ts";
import { looksLikeAHome } from "./places.ts";
import type { PlannedMeeting } from "./types.ts";

/** "Tuesday, November 24, 5:00 PM AKST": the fallback where a platform cannot show local times */
export function whenInWords(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("cccc, LLLL d, h:mm a ZZZZ");
}

export const when = (m: PlannedMeeting, zone: string) => moment(m.startsAt, whenInWords(m.startsAt, zone));

export const AGREEMENT_PLACES =
  "Meet on Zoom or in a public place (a library, a café, a campus), as the agreement asks.";

/** The student is under 18 and this is the pair's first meeting, with no guardian confirmed yet. */
export function guardianAttends(p: PairingWithMembers, earlierMet: boolean): boolean {
  return Boolean(p.mentee.mentee?.under18) && !earlierMet && !p.guardianAttendedAt;
}

export function invitationText(
  m: PlannedMeeting,
  p: PairingWithMembers,
  firstWithGuardian: boolean,
): InvitationText {
  const lines = [
    `A mentoring meeting of ${p.mentor.name} and ${p.mentee.name}, planned in the program's chat.`,
    m.place ? `Where: ${m.place}` : "Where: not set yet (Zoom or a public place).",
    AGREEMENT_PLACES,
  ];
  if (firstWithGuardian)
    lines.push("This is the first meeting of a student under 18: a parent or guardian attends.");
  return { summary: `Mentoring: ${p.mentor.name} and ${p.mentee.name}`, description: lines.join("\n") };
}

export interface CardOptions {
  zone: string;
  now: Date;
  moved: PlannedMeeting | null;
  plannedByName: string;
  firstWithGuardian: boolean;
}

export function meetingCard(m: PlannedMeeting, p: PairingWithMembers, o: CardOptions): Message {
  const text = invitationText(m, p, o.firstWithGuardian);
  const links = calendarLinks(m, text);
  const lines = [
    o.moved ? "**Meeting moved**" : "**Meeting planned**",
    `**When:** ${when(m, o.zone)}, for ${durationInWords(m.minutes)}${o.moved ? ` (was ${when(o.moved, o.zone)})` : ""}`,
    `**Where:** ${m.place ? data(m.place) : "not set yet"}`,
  ];
  if (m.place && looksLikeAHome(m.place))
    lines.push(
      `That place sounds like someone's home. ${AGREEMENT_PLACES} Please choose one of those with /meet.`,
    );
  else lines.push(AGREEMENT_PLACES);
  if (o.firstWithGuardian)
    lines.push(
      `This is ${data(p.mentee.name)}'s first meeting, and they are under 18: a parent or guardian attends.`,
    );
  lines.push(
    `Add it to your calendar: [Google Calendar](${links.google}) · [Outlook](${links.outlook}) · or open the invitation attached (an .ics file for any calendar).`,
    `Planned by ${data(o.plannedByName)}. To move it, run /meet with the new time; to call it off, /meet cancel.`,
  );
  const buttons: Button[] = [
    { id: `meet-rsvp:${m.id}:${m.sequence}:yes`, label: "I'll be there", style: "primary" },
    { id: `meet-rsvp:${m.id}:${m.sequence}:no`, label: "Can't make it" },
  ];
  return {
    text: lines.join("\n"),
    buttons,
    attachments: [invitationFile(m, text, o.now, o.zone)],
    notify: [p.mentor.platformUserId, p.mentee.platformUserId],
  };
}

export function cancelledCard(
  m: PlannedMeeting,
  p: PairingWithMembers,
  byName: string,
  zone: string,
  now: Date,
): Message {
  return {
    text: `**Meeting cancelled** by ${data(byName)}: ${when(m, zone)}. Plan the next one with /meet, e.g. \`/meet tomorrow 5pm zoom\`.`,
    attachments: [invitationFile(m, invitationText(m, p, false), now, zone, "cancel")],
    notify: [p.mentor.platformUserId, p.mentee.platformUserId],
  };
}

export function reminderMessage(
  m: PlannedMeeting,
  p: PairingWithMembers,
  which: "day" | "hour",
  firstWithGuardian: boolean,
  zone: string,
): Message {
  const lines = [
    `**${which === "day" ? "Tomorrow" : "In an hour"}:** your meeting, ${when(m, zone)}, for ${durationInWords(m.minutes)}${m.place ? `, at ${data(m.place)}` : ""}.`,
  ];
  if (firstWithGuardian)
    lines.push("It is the first meeting of a student under 18: a parent or guardian attends.");
  lines.push("Can't make it? Say so with the buttons, or move it with /meet and the new time.");
  return {
    text: lines.join("\n"),
    buttons: [
      { id: `meet-rsvp:${m.id}:${m.sequence}:yes`, label: "I'll be there", style: "primary" },
      { id: `meet-rsvp:${m.id}:${m.sequence}:no`, label: "Can't make it" },
    ],
    notify: [p.mentor.platformUserId, p.mentee.platformUserId],
  };
}

export function didYouMeetMessage(
  m: PlannedMeeting,
  withName: string,
  askGuardian: boolean,
  zone: string,
): Message {
  const id = `${m.id}:${m.sequence}`;
  const buttons: Button[] = askGuardian
    ? [
        { id: `meet-met:${id}:guardian`, label: "Yes, and a parent or guardian came", style: "primary" },
        { id: `meet-met:${id}:yes`, label: `Yes, about ${durationInWords(m.minutes)}, without a guardian` },
      ]
    : [{ id: `meet-met:${id}:yes`, label: `Yes, about ${durationInWords(m.minutes)}`, style: "primary" }];
  buttons.push({ id: `meet-met:${id}:other`, label: "Yes, a different time…" });
  buttons.push({ id: `meet-met:${id}:no`, label: "No, let's reschedule" });
  return {
    text: `**Did you meet?** Your meeting with ${data(withName)} was planned for ${when(m, zone)}. A Yes logs it for the pair once, whoever presses it.${askGuardian ? " It was the first meeting of a student under 18: did a parent or guardian attend?" : ""}`,
    buttons,
  };
}

/** The e-mail a minor's guardian gets for the first meeting: when, where, and the invitation. */
export function guardianInvitation(
  m: PlannedMeeting,
  p: PairingWithMembers,
  zone: string,
  now: Date,
): { subject: string; text: string; attachments: Attachment[] } {
  // the mentor's introduction, with the meeting put after its greeting: one letter, not two
  const [greeting = "", ...intro] = guardianIntroduction(p.mentor, p.mentee).text.split("\n\n");
  const meeting = [
    `${data(p.mentee.name)} and their mentor have planned their first meeting: ${whenInWords(m.startsAt, zone)}, for ${durationInWords(m.minutes)}${m.place ? `, at ${data(m.place)}` : ""}. The invitation is attached for your calendar. If the time does not suit you, please tell your student: they can move it in the program's chat.`,
  ];
  return {
    subject: `${data(p.mentee.name)}'s first mentoring meeting: ${whenInWords(m.startsAt, zone)}`,
    text: [greeting, ...meeting, ...intro].join("\n\n"),
    attachments: [invitationFile(m, invitationText(m, p, true), now, zone)],
  };
}
