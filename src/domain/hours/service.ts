// Logging meeting time, correcting it, and taking a break.
import { formatDay } from "../dates.ts";
import { UserError } from "../errors.ts";
import type { Clock } from "../flow.ts";
import type { AuditEntry, Member, PlatformUser } from "../members.ts";
import type { Button, Message } from "../message.ts";
import type { PairingWithMembers, SpacePort } from "../pairing/types.ts";
import {
  addDays,
  addMonths,
  type Day,
  dayOf,
  firstDay,
  lastDay,
  monthName,
  monthOfDay,
  parseDay,
  shortDay,
} from "../time.ts";
import { formatHours, type LogEntry, parseLogText } from "./parse.ts";
import { type PauseRow, pausedOn } from "./pauses.ts";
import type { LogRow, MonthTotal } from "./totals.ts";

export interface StoredLog extends LogRow {
  id: string;
  note: string | null;
  createdAt: Date;
}

export interface MeetingStore {
  /** active pairings the member is in, either side */
  activePairingsOf(memberId: string): Promise<PairingWithMembers[]>;
  addLog(row: LogRow & { note: string | null; createdAt: Date }, audit: AuditEntry[]): Promise<StoredLog>;
  /** a pair's minutes per month, each shared meeting counted once (the rule of totals.ts, summed by the database) */
  monthTotals(pairingIds: string[], from: Day, to: Day): Promise<MonthTotal[]>;
  /** whether this member logged a meeting of this pair on this day */
  hasLog(pairingId: string, memberId: string, day: Day): Promise<boolean>;
  /** logs not removed, of some pairings (or all), between two days inclusive */
  logsBetween(pairingIds: string[] | "all", from: Day, to: Day): Promise<LogRow[]>;
  recentLogsBy(memberId: string, limit: number): Promise<(StoredLog & { pairing: PairingWithMembers })[]>;
  getLog(id: string): Promise<(StoredLog & { pairing: PairingWithMembers }) | null>;
  removeLog(id: string, at: Date, audit: AuditEntry[]): Promise<void>;
  pausesBetween(pairingIds: string[] | "all", from: Day, to: Day): Promise<PauseRow[]>;
  recordAudit(entries: AuditEntry[]): Promise<void>;
  /** starts a break, or changes the end of the current one */
  setPause(pairingId: string, startsOn: Day, until: Day, setBy: string, audit: AuditEntry[]): Promise<void>;
}

export interface DraftStore {
  create<T>(platform: string, userId: string, flow: string, data: T): Promise<{ id: string }>;
  get<T>(platform: string, userId: string, id: string): Promise<{ id: string; data: T } | null>;
  delete(id: string): Promise<void>;
}

export interface HoursDeps {
  members: { findIdentity(user: PlatformUser): Promise<Member | null> };
  meetings: MeetingStore;
  drafts: DraftStore;
  clock: Clock;
  timeZone: string;
  goalHours: number;
}

/** Logging for a month stays open until the end of this day of the next month. */
export const LOGGING_GRACE_DAYS = 7;
const MAX_PAUSE_DAYS = 200;

interface PickDraft {
  entry: LogEntry;
  pairings: string[];
}

export class HoursService {
  constructor(private readonly deps: HoursDeps) {}

  private today(): Day {
    return dayOf(this.deps.clock.now(), this.deps.timeZone);
  }

  private async memberOf(user: PlatformUser): Promise<Member> {
    const m = await this.deps.members.findIdentity(user);
    if (!m)
      throw new UserError(
        "You haven't signed up yet: run /mentor-signup or /mentee-signup first.",
        "not_signed_up",
      );
    return m;
  }

  private other(p: PairingWithMembers, me: Member): Member {
    return p.mentorId === me.id ? p.mentee : p.mentor;
  }

  /** Whether meetings on this day can still be logged or changed today. */
  isOpen(day: Day): boolean {
    const today = this.today();
    const month = monthOfDay(day);
    if (month === monthOfDay(today)) return true;
    return month === addMonths(monthOfDay(today), -1) && Number(today.slice(8)) <= LOGGING_GRACE_DAYS;
  }

  private checkDay(day: Day, p: PairingWithMembers): void {
    const today = this.today();
    if (day > today)
      throw new UserError(
        `${formatDay(day)} is in the future. Log a meeting once it has happened.`,
        "future",
      );
    if (day < p.startedOn)
      throw new UserError(
        `Your pairing began on ${formatDay(p.startedOn)}: you can log meetings from that day on.`,
        "before_pairing",
      );
    if (!this.isOpen(day))
      throw new UserError(
        `${monthName(monthOfDay(day))} is closed for logging: each month stays open until the ${LOGGING_GRACE_DAYS}th of the next. If a meeting is missing, ask a coordinator.`,
        "closed",
      );
  }

  async log(user: PlatformUser, port: SpacePort, text: string): Promise<Message> {
    const me = await this.memberOf(user);
    const parsed = parseLogText(text, this.today());
    if (!parsed.ok) throw new UserError(parsed.error, "bad_hours");
    const pairs = await this.deps.meetings.activePairingsOf(me.id);
    if (pairs.length === 0)
      throw new UserError(
        "You're not in an active pair yet, so there is nothing to log against. A coordinator will pair you soon.",
        "no_pair",
      );
    if (pairs.length === 1) return this.record(me, pairs[0] as PairingWithMembers, parsed.value, port);
    const draft = await this.deps.drafts.create<PickDraft>(user.platform, user.userId, "log-hours", {
      entry: parsed.value,
      pairings: pairs.map((p) => p.id),
    });
    const buttons: Button[] = pairs.map((p, i) => ({
      id: `log-pick:${draft.id}:${i}`,
      label: `With ${this.other(p, me).name}`.slice(0, 75),
    }));
    return {
      text: `Which pair was this ${formatHours(parsed.value.minutes)} on ${shortDay(parsed.value.day)} with?`,
      buttons,
    };
  }

  async pick(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [draftId = "", index = ""] = arg.split(":");
    const draft = await this.deps.drafts.get<PickDraft>(user.platform, user.userId, draftId);
    const pairingId = draft?.data.pairings[Number(index)];
    if (!draft || !pairingId)
      throw new UserError("That choice has expired. Please run /log-hours again.", "expired");
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active. Nothing was logged.", "not_active");
    await this.deps.drafts.delete(draftId);
    return this.record(me, pair, draft.data.entry, port);
  }

  /** One click from a reminder: log this many minutes today. */
  async quickLog(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [pairingId = "", minutes = ""] = arg.split(":");
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active. Nothing was logged.", "not_active");
    const m = Number(minutes);
    if (!Number.isInteger(m) || m <= 0 || m > 720)
      throw new UserError("That button is no longer valid. Use /log-hours instead.", "bad_button");
    return this.record(me, pair, { minutes: m, day: this.today(), note: null }, port);
  }

  private async record(
    me: Member,
    p: PairingWithMembers,
    entry: LogEntry,
    port: SpacePort,
  ): Promise<Message> {
    this.checkDay(entry.day, p);
    const now = this.deps.clock.now();
    await this.deps.meetings.addLog(
      {
        pairingId: p.id,
        memberId: me.id,
        meetingOn: entry.day,
        minutes: entry.minutes,
        note: entry.note,
        createdAt: now,
      },
      [
        {
          actorId: me.id,
          action: "hours.logged",
          subjectId: p.id,
          details: { minutes: entry.minutes, day: entry.day },
        },
      ],
    );
    const other = this.other(p, me);
    const month = monthOfDay(entry.day);
    const { total, sameDayByOther } = await this.monthState(p.id, month, entry.day, other.id);
    const progress = `${monthName(month)}: ${formatHours(total).replace(/ hours?$/, "")} of ${this.deps.goalHours} hours.`;
    const once = sameDayByOther
      ? ` ${other.name} logged ${shortDay(entry.day)} too: the same meeting counts once.`
      : "";
    if (p.spaceId)
      await port
        .postToSpace(p.spaceId, {
          text: `${me.name} logged ${formatHours(entry.minutes)} on ${shortDay(entry.day)}.${once} ${progress}`,
        })
        .catch(() => undefined); // the log is saved; the line in the space is a courtesy
    return {
      text: `Logged ${formatHours(entry.minutes)} on ${shortDay(entry.day)} with ${other.name}.${once} ${progress}\nSee or remove your entries with /log-hours list.`,
    };
  }

  private async monthState(pairingId: string, month: string, day: Day, otherId: string) {
    const [totals, sameDayByOther] = await Promise.all([
      this.deps.meetings.monthTotals([pairingId], firstDay(month), lastDay(month)),
      this.deps.meetings.hasLog(pairingId, otherId, day),
    ]);
    return { total: totals.find((t) => t.month === month)?.minutes ?? 0, sameDayByOther };
  }

  async list(user: PlatformUser): Promise<Message> {
    const me = await this.memberOf(user);
    const logs = await this.deps.meetings.recentLogsBy(me.id, 10);
    if (logs.length === 0)
      return { text: "You haven't logged any meetings yet. Log one with /log-hours 1.5 (or 90m, or 1h30m)." };
    const lines = logs.map(
      (l, i) =>
        `${i + 1}. ${shortDay(l.meetingOn)}: ${formatHours(l.minutes)} with ${this.other(l.pairing, me).name}${l.note ? ` (${l.note})` : ""}`,
    );
    const buttons: Button[] = logs
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => this.isOpen(l.meetingOn))
      .slice(0, 5)
      .map(({ l, i }) => ({
        id: `hours-remove:${l.id}`,
        label: `Remove ${i + 1}`,
        style: "danger" as const,
      }));
    return {
      text: `**Your recent entries**\n${lines.join("\n")}\n\nTo correct one, remove it and log it again (or /log-hours remove 2). Entries of a closed month can only be changed by a coordinator.`,
      buttons,
    };
  }

  async removeByNumber(user: PlatformUser, port: SpacePort, n: string): Promise<Message> {
    const me = await this.memberOf(user);
    const logs = await this.deps.meetings.recentLogsBy(me.id, 10);
    const l = logs[Number(n) - 1];
    if (!l)
      throw new UserError(
        `There is no entry number ${n}. See your entries with /log-hours list.`,
        "no_entry",
      );
    return this.remove(user, port, l.id);
  }

  async remove(user: PlatformUser, port: SpacePort, logId: string): Promise<Message> {
    const me = await this.memberOf(user);
    const l = await this.deps.meetings.getLog(logId);
    if (!l || l.memberId !== me.id)
      throw new UserError("You can only remove entries you logged yourself.", "not_yours");
    if (!this.isOpen(l.meetingOn))
      throw new UserError(
        `${monthName(monthOfDay(l.meetingOn))} is closed, so that entry can't be changed. Ask a coordinator if it is wrong.`,
        "closed",
      );
    await this.deps.meetings.removeLog(l.id, this.deps.clock.now(), [
      {
        actorId: me.id,
        action: "hours.removed",
        subjectId: l.pairingId,
        details: { minutes: l.minutes, day: l.meetingOn },
      },
    ]);
    const month = monthOfDay(l.meetingOn);
    const { total } = await this.monthState(l.pairingId, month, l.meetingOn, "");
    const progress = `${monthName(month)}: ${formatHours(total).replace(/ hours?$/, "")} of ${this.deps.goalHours} hours.`;
    if (l.pairing.spaceId)
      await port
        .postToSpace(l.pairing.spaceId, {
          text: `${me.name} removed an entry of ${formatHours(l.minutes)} on ${shortDay(l.meetingOn)}. ${progress}`,
        })
        .catch(() => undefined);
    return { text: `Removed ${formatHours(l.minutes)} on ${shortDay(l.meetingOn)}. ${progress}` };
  }

  /** "Yes, that's right" in a monthly check-in. */
  async confirmCheckin(user: PlatformUser, arg: string): Promise<Message> {
    const [pairingId = "", month = ""] = arg.split(":");
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active.", "not_active");
    await this.deps.meetings.recordAudit([
      { actorId: me.id, action: "checkin.confirmed", subjectId: pairingId, details: { month } },
    ]);
    return { text: `Thank you: ${monthName(month)} is confirmed.` };
  }

  /** "Add a meeting" in a monthly check-in: how, and until when. */
  addHelp(month: string): Message {
    const closes = addDays(firstDay(addMonths(month, 1)), LOGGING_GRACE_DAYS - 1);
    return {
      text: `Log it with the time and the date, for example /log-hours 1.5 ${month}-20 coffee at the library. ${monthName(month)} stays open until ${formatDay(closes)}.`,
    };
  }

  /** A break until a day (exclusive); "today" ends a break now. By a member of the pair, or a coordinator. */
  async pause(
    actorId: string,
    pair: PairingWithMembers,
    untilText: string,
    port: SpacePort,
  ): Promise<Message> {
    const today = this.today();
    const until = parseDay(untilText.replace(/^until\s+/i, ""), today, "future");
    if (!until)
      throw new UserError(
        `I couldn't read "${untilText}" as a date. For example: until 2027-01-10.`,
        "bad_date",
      );
    if (until < today)
      throw new UserError(
        "That date has passed. Give the day the break should end, for example until 2027-01-10.",
        "past",
      );
    if (until > addDays(today, MAX_PAUSE_DAYS))
      throw new UserError(
        `A break can last at most ${MAX_PAUSE_DAYS} days. Pick an earlier date.`,
        "too_long",
      );
    const current = pausedOn(await this.deps.meetings.pausesBetween([pair.id], today, today), pair.id, today);
    if (until === today && !current) return { text: "That pair isn't on a break." };
    await this.deps.meetings.setPause(pair.id, current?.startsOn ?? today, until, actorId, [
      {
        actorId,
        action: until === today ? "pairing.resumed" : "pairing.paused",
        subjectId: pair.id,
        details: { until },
      },
    ]);
    const text =
      until === today
        ? `The break is over: ${pair.mentor.name} and ${pair.mentee.name} get check-ins and reminders again.`
        : `${pair.mentor.name} and ${pair.mentee.name} are taking a break until ${formatDay(until)}: no reminders until then, and those weeks are not counted as behind. It ends by itself.`;
    if (pair.spaceId) await port.postToSpace(pair.spaceId, { text }).catch(() => undefined);
    return { text };
  }

  /** A member pauses their own pair: "/log-hours pause until 2027-01-10", or the button in a check-in. */
  async pauseOwn(
    user: PlatformUser,
    port: SpacePort,
    untilText: string,
    pairingId?: string,
  ): Promise<Message> {
    const me = await this.memberOf(user);
    const pairs = await this.deps.meetings.activePairingsOf(me.id);
    const pair = pairingId
      ? pairs.find((p) => p.id === pairingId)
      : pairs.length === 1
        ? pairs[0]
        : undefined;
    if (!pair)
      throw new UserError(
        pairs.length > 1
          ? "You are in several pairs: ask a coordinator to pause the right one."
          : "You're not in an active pair.",
        "no_pair",
      );
    return this.pause(me.id, pair, untilText, port);
  }
}
