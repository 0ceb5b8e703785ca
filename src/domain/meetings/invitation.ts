// The calendar invitation that rides on a meeting card: an RFC 5545 file written with
// ical-generator (well kept, no dependencies), and add-to-calendar links for Google and Outlook, so
// no calendar account or OAuth is needed. The meeting's id is the event's UID: a moved meeting is
// the same event with a higher SEQUENCE, and a cancelled one a METHOD:CANCEL of it.
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import type { Attachment } from "../message.ts";
import type { PlannedMeeting } from "./types.ts";

export interface InvitationText {
  summary: string;
  description: string;
}

const UID_DOMAIN = "premed-mentoring-bot";

/**
 * iTIP (RFC 5546) wants an ORGANIZER on a REQUEST or CANCEL. Answers are given in the chat, not by
 * e-mail, so the address is one that can never receive mail (RFC 2606's .invalid).
 */
const ORGANIZER = { name: "Pre-med mentoring program", email: "no-reply@mentoring-bot.invalid" };

export function invitationFile(
  m: PlannedMeeting,
  text: InvitationText,
  now: Date,
  zone: string,
  method: "request" | "cancel" = "request",
): Attachment {
  const cal = ical({
    prodId: { company: "Pre-med mentoring program", product: "mentoring bot", language: "EN" },
    method: method === "cancel" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const event = cal.createEvent({
    id: `${m.id}@${UID_DOMAIN}`,
    sequence: m.sequence,
    stamp: now,
    start: m.startsAt,
    summary: text.summary,
    description: text.description,
    ...(m.place ? { location: m.place } : {}),
    status: method === "cancel" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: ORGANIZER,
  });
  // RFC 5545 allows DTEND or DURATION; the length is what the pair said, so it is written as one
  event.x([["DURATION", `PT${m.minutes}M`]]);
  if (method === "request")
    event.createAlarm({ type: ICalAlarmType.display, trigger: 60 * 60, description: text.summary });
  return {
    // the day and time: two meetings on one day are two files
    filename: `meeting-${DateTime.fromJSDate(m.startsAt, { zone }).toFormat("yyyy-LL-dd-HHmm")}${method === "cancel" ? "-cancelled" : ""}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}`,
    data: Buffer.from(cal.toString(), "utf8"),
    title: text.summary,
  };
}

/** Encoded for a link inside the bot's markdown: parentheses too, so "[label](url)" stays whole. */
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const compact = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function calendarLinks(m: PlannedMeeting, text: InvitationText): { google: string; outlook: string } {
  const end = new Date(m.startsAt.getTime() + m.minutes * 60_000);
  const google =
    "https://calendar.google.com/calendar/render?action=TEMPLATE" +
    `&text=${enc(text.summary)}&dates=${compact(m.startsAt)}/${compact(end)}` +
    `&details=${enc(text.description)}${m.place ? `&location=${enc(m.place)}` : ""}`;
  const outlook =
    "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent" +
    `&subject=${enc(text.summary)}&startdt=${enc(m.startsAt.toISOString())}&enddt=${enc(end.toISOString())}` +
    `&body=${enc(text.description)}${m.place ? `&location=${enc(m.place)}` : ""}`;
  return { google, outlook };
}
