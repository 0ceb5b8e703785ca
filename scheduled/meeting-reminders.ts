import { didYouMeetMessage, guardianAttends, reminderMessage } from "../src/domain/meetings/card.ts";
import type { MeetingWithPair } from "../src/domain/meetings/types.ts";
import { lastDay, monthOfDay } from "../src/domain/time.ts";
import type { JobDefinition, PlannedSend } from "../src/jobs/types.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** "Did you meet?" is asked until this long after the meeting's end (a run missed while down still asks) */
const ASK_AFTER_FOR = 3 * DAY;
/** a reminder goes only for a meeting planned this long before it was due: none right after planning */
const PLANNED_AHEAD = 2 * HOUR;
const LONGEST_MEETING = 4 * HOUR;

/** Where a reminder goes: the pair's space, or each member's DMs where there is none. */
function toPair(m: MeetingWithPair, key: string, message: PlannedSend["message"]): PlannedSend[] {
  const p = m.pairing;
  if (p.spaceId) return [{ key, platform: p.platform, target: { kind: "space", id: p.spaceId }, message }];
  return [p.mentor, p.mentee].map((member) => ({
    key: `${key}:${member.id}`,
    platform: p.platform,
    target: { kind: "dm" as const, id: member.platformUserId },
    message,
  }));
}

function remindersOf(m: MeetingWithPair, now: number, zone: string): PlannedSend[] {
  const start = m.startsAt.getTime();
  const end = start + m.minutes * MINUTE;
  const planned = m.updatedAt.getTime();
  const guardian = guardianAttends(m.pairing, m.earlierMet);
  const id = `${m.id}:${m.sequence}`;
  const sends: PlannedSend[] = [];
  if (now >= start - DAY && now < start - HOUR && planned <= start - DAY - PLANNED_AHEAD)
    sends.push(
      ...toPair(m, `meeting-day-before:${id}`, reminderMessage(m, m.pairing, "day", guardian, zone)),
    );
  if (now >= start - HOUR && now < start && planned <= start - HOUR - PLANNED_AHEAD / 4)
    sends.push(
      ...toPair(m, `meeting-hour-before:${id}`, reminderMessage(m, m.pairing, "hour", guardian, zone)),
    );
  if (now >= end && now < end + ASK_AFTER_FOR)
    for (const member of [m.pairing.mentor, m.pairing.mentee]) {
      if (m.answers.some((a) => a.kind === "met" && a.memberId === member.id)) continue;
      const other = member.id === m.pairing.mentorId ? m.pairing.mentee : m.pairing.mentor;
      const askGuardian = guardian && member.id === m.pairing.mentorId;
      sends.push({
        key: `meeting-did-you-meet:${id}:${member.id}`,
        platform: m.pairing.platform,
        target: { kind: "dm", id: member.platformUserId },
        message: didYouMeetMessage(m, other.name, askGuardian, zone),
      });
    }
  return sends;
}

export const meetingReminders: JobDefinition = {
  name: "meeting-reminders",
  description:
    "Every 5 minutes, all year: the day-before and hour-before reminders of each planned meeting, then 'Did you meet?' to each member once it has ended.",
  cron: "*/5 * * * *",
  everyMinutes: 5,
  hour: 0,
  yearRound: true,
  meetingsAround: { beforeMs: LONGEST_MEETING + ASK_AFTER_FOR, afterMs: DAY + HOUR },
  periodAt: (day) => monthOfDay(day),
  isRunDay: () => true,
  lastCatchUpDay: (period) => lastDay(period),
  months: (period) => [period],
  plan(data) {
    return data.meetings.flatMap((m) => remindersOf(m, data.now.getTime(), data.zone));
  },
};
