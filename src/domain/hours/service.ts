// Logging meeting time, correcting it, and taking a break. What people typed is read elsewhere
// (a LogReader); the rules here decide what may be recorded, and every button that records
// something takes effect once.

import { UserError } from "../errors.ts";
import type { Clock } from "../flow.ts";
import type { AuditEntry, Member, PlatformUser } from "../members.ts";
import { type Button, data, type Message } from "../message.ts";
import { partnerOf, signedUpMember } from "../pairing/members.ts";
import type { PairingWithMembers, SpacePort } from "../pairing/types.ts";
import {
  addDays,
  addMonths,
  addMonthsToDay,
  type Day,
  dayOf,
  firstDay,
  formatDay,
  lastDay,
  minuteOfDay,
  monthName,
  monthOfDay,
  parseDay,
} from "../time.ts";
import { AlreadyDone, DayAlreadyLogged, DayFull } from "./errors.ts";
import { type PauseRow, pausedOn } from "./pauses.ts";
import { HOURS_EXAMPLES, type LogEntry, type LogReader } from "./reading.ts";
import { shortIdsOf } from "./short-ids.ts";
import type { LogRow, MonthTotal } from "./totals.ts";
import { dayInWords, durationInWords, progressLine } from "./words.ts";

export interface StoredLog extends LogRow {
  id: string;
  note: string | null;
  createdAt: Date;
}

export interface AddLogOptions {
  maxDayMinutes: number;
  onceKey?: string;
  /** refuse (DayAlreadyLogged) when the member already has an entry for the pair that day */
  firstOfDay?: boolean;
}

export interface MeetingStore {
  /** active pairings the member is in, either side */
  activePairingsOf(memberId: string): Promise<PairingWithMembers[]>;
  /**
   * Adds an entry. Throws DayFull when the member's entries for the pair on that day would pass
   * `maxDayMinutes`, DayAlreadyLogged when `firstOfDay` and the member has an entry that day, and
   * AlreadyDone when `onceKey` was used before (all checked in the same transaction, so two
   * messages sent at once cannot both pass).
   */
  addLog(
    row: LogRow & { note: string | null; createdAt: Date },
    audit: AuditEntry[],
    opts: AddLogOptions,
  ): Promise<StoredLog>;
  /** a pair's minutes per month, each shared meeting counted once (the rule of totals.ts, summed by the database) */
  monthTotals(pairingIds: string[], from: Day, to: Day): Promise<MonthTotal[]>;
  /** whether this member logged a meeting of this pair on this day */
  hasLog(pairingId: string, memberId: string, day: Day): Promise<boolean>;
  recentLogsBy(memberId: string, limit: number): Promise<(StoredLog & { pairing: PairingWithMembers })[]>;
  /** the pairs' latest entries, whichever member logged them */
  recentLogsOfPairs(
    pairingIds: string[],
    limit: number,
  ): Promise<(StoredLog & { pairing: PairingWithMembers })[]>;
  /** the member's entries on or after a day (the months still open), newest first */
  logsSince(memberId: string, from: Day): Promise<(StoredLog & { pairing: PairingWithMembers })[]>;
  getLog(id: string): Promise<(StoredLog & { pairing: PairingWithMembers }) | null>;
  /** marks entries removed; returns how many were still there. AlreadyDone if `onceKey` was used. */
  removeLogs(ids: string[], at: Date, audit: AuditEntry[], onceKey?: string): Promise<number>;
  pausesBetween(pairingIds: string[] | "all", from: Day, to: Day): Promise<PauseRow[]>;
  /** AlreadyDone if `onceKey` was used before */
  recordAudit(entries: AuditEntry[], onceKey?: string): Promise<void>;
  /** whether a once-key was used (a button pressed before) */
  wasDone(onceKey: string): Promise<boolean>;
  /**
   * Starts a break, or changes the end of the current one; false (nothing written) when the break
   * already ends then (the same command sent twice). AlreadyDone if `onceKey` was used.
   */
  setPause(
    pairingId: string,
    startsOn: Day,
    until: Day,
    setBy: string,
    audit: AuditEntry[],
    onceKey?: string,
  ): Promise<boolean>;
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
  readLog: LogReader;
}

/** Logging for a month stays open until the end of this day of the next month. */
export const LOGGING_GRACE_DAYS = 7;
export const MAX_MINUTES_PER_DAY = 12 * 60;
const MAX_PAUSE_DAYS = 200;

export const HOURS_HELP = `Give the time and, if it wasn't today, the date, in any order, then a note if you like. ${HOURS_EXAMPLES}. Also: /log-hours list, /log-hours remove ID, /log-hours pause until DATE.`;

interface EntryDraft {
  entry: LogEntry;
  pairings: string[];
  /** the member was asked whether this is another meeting on a day they already logged */
  sameDayAsked?: true;
}
interface RemovalDraft {
  logs: string[];
}

export class HoursService {
  constructor(private readonly deps: HoursDeps) {}

  private today(): Day {
    return dayOf(this.deps.clock.now(), this.deps.timeZone);
  }

  private memberOf(user: PlatformUser): Promise<Member> {
    return signedUpMember(this.deps.members, user);
  }

  private other(p: PairingWithMembers, me: Member): Member {
    return partnerOf(p, me);
  }

  private async pairsOf(me: Member): Promise<PairingWithMembers[]> {
    const pairs = await this.deps.meetings.activePairingsOf(me.id);
    if (pairs.length === 0)
      throw new UserError(
        "You're not in an active pair right now, so there is nothing to log against. If you are new, a coordinator will pair you soon; if your pairing has ended and a meeting is missing, ask a coordinator.",
        "no_pair",
      );
    return pairs;
  }

  /** Whether meetings on this day can still be logged or changed today. */
  isOpen(day: Day): boolean {
    const today = this.today();
    const month = monthOfDay(day);
    if (month === monthOfDay(today)) return true;
    return month === addMonths(monthOfDay(today), -1) && Number(today.slice(8)) <= LOGGING_GRACE_DAYS;
  }

  /** The first day whose entries can still be changed. */
  private openSince(): Day {
    const today = this.today();
    return Number(today.slice(8)) <= LOGGING_GRACE_DAYS
      ? firstDay(addMonths(monthOfDay(today), -1))
      : firstDay(monthOfDay(today));
  }

  private checkEntry(entry: LogEntry, startedOn: Day | null): void {
    if (entry.minutes <= 0)
      throw new UserError(
        `The time must be more than 0. Nothing was logged. ${HOURS_EXAMPLES}.`,
        "not_positive",
      );
    if (entry.minutes > MAX_MINUTES_PER_DAY)
      throw new UserError(
        `${durationInWords(entry.minutes)} is more than one day can hold (12 hours). If you met on several days, log each day on its own. Nothing was logged.`,
        "too_long",
      );
    const today = this.today();
    if (entry.day > today)
      throw new UserError(
        `${dayInWords(entry.day)} is in the future. Log a meeting once it has happened. Nothing was logged.`,
        "future",
      );
    if (startedOn && entry.day < startedOn)
      throw new UserError(
        `I read ${dayInWords(entry.day)}, and your pairing began on ${formatDay(startedOn)}: you can log meetings from that day on. Nothing was logged.`,
        "before_pairing",
      );
    if (!this.isOpen(entry.day))
      throw new UserError(
        `${monthName(monthOfDay(entry.day))} is closed for logging: each month stays open until the ${LOGGING_GRACE_DAYS}th of the next. If a meeting is missing, ask a coordinator. Nothing was logged.`,
        "closed",
      );
  }

  async log(user: PlatformUser, port: SpacePort, text: string): Promise<Message> {
    const me = await this.memberOf(user);
    const now = this.deps.clock.now();
    const reading = this.deps.readLog(text, this.today(), minuteOfDay(now, this.deps.timeZone));
    if (reading.kind === "unclear") throw new UserError(reading.message, "unclear_hours");
    const pairs = await this.pairsOf(me);
    const earliest = pairs.map((p) => p.startedOn).sort()[0] ?? null;
    this.checkEntry(reading.entry, pairs.length === 1 ? earliest : null);
    if (reading.kind === "entry" && pairs.length === 1)
      return this.recordFirstOfDay(user, me, pairs[0] as PairingWithMembers, reading.entry, port);
    const draft = await this.deps.drafts.create<EntryDraft>(user.platform, user.userId, "log-hours", {
      entry: reading.entry,
      pairings: pairs.map((p) => p.id),
    });
    const what = `${durationInWords(reading.entry.minutes)} on ${dayInWords(reading.entry.day)}`;
    const buttons: Button[] = pairs.map((p, i) => ({
      id: `log-pick:${draft.id}:${i}`,
      // "Which pair was this with?" is answered with a name, "Did you mean ...?" with yes
      label: (pairs.length === 1
        ? `Yes, log ${durationInWords(reading.entry.minutes)}`
        : `With ${data(this.other(p, me).name)}`
      ).slice(0, 75),
      style: "primary",
    }));
    buttons.push({ id: `log-cancel:${draft.id}`, label: pairs.length === 1 ? "No" : "Cancel" });
    return {
      text:
        reading.kind === "confirm"
          ? `Did you mean **${what}**? ${reading.why ?? ""} Nothing is logged until you say yes.`.replace(
              "?  ",
              "? ",
            )
          : `Which pair was this ${what} with?`,
      buttons,
    };
  }

  /** "Yes" on a confirmation, or the pair picked: records the drafted entry once. */
  async pick(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [draftId = "", index = ""] = arg.split(":");
    const once = `log-pick:${draftId}`;
    const draft = await this.deps.drafts.get<EntryDraft>(user.platform, user.userId, draftId);
    const pairingId = draft?.data.pairings[Number(index)];
    if (!draft || !pairingId) {
      if (await this.deps.meetings.wasDone(once))
        throw new AlreadyDone("That's already logged: nothing was changed.");
      throw new UserError("That choice has expired. Please run /log-hours again.", "expired");
    }
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active. Nothing was logged.", "not_active");
    this.checkEntry(draft.data.entry, pair.startedOn);
    const answer = draft.data.sameDayAsked
      ? await this.record(me, pair, draft.data.entry, port, once)
      : await this.recordFirstOfDay(user, me, pair, draft.data.entry, port, once);
    await this.deps.drafts.delete(draftId);
    return answer;
  }

  /**
   * Records a typed entry, unless the member already logged that pair on that day: then asks
   * whether it was another meeting (a message sent twice, or a correction meant to replace the
   * first entry, would otherwise count double). The check runs in the entry's own transaction.
   */
  private async recordFirstOfDay(
    user: PlatformUser,
    me: Member,
    p: PairingWithMembers,
    entry: LogEntry,
    port: SpacePort,
    onceKey?: string,
  ): Promise<Message> {
    try {
      return await this.record(me, p, entry, port, onceKey, { firstOfDay: true });
    } catch (err) {
      if (!(err instanceof DayAlreadyLogged)) throw err;
      return this.askAnotherOnSameDay(user, me, p, entry, err.loggedMinutes);
    }
  }

  private async askAnotherOnSameDay(
    user: PlatformUser,
    me: Member,
    p: PairingWithMembers,
    entry: LogEntry,
    loggedMinutes: number,
  ): Promise<Message> {
    const draft = await this.deps.drafts.create<EntryDraft>(user.platform, user.userId, "log-hours", {
      entry,
      pairings: [p.id],
      sameDayAsked: true,
    });
    const more = durationInWords(entry.minutes);
    return {
      text: `You already logged **${durationInWords(loggedMinutes)}** with ${data(this.other(p, me).name)} on ${dayInWords(entry.day)}. Was this another meeting that day? **Yes** adds ${more}; nothing is logged until you say yes. If the first entry was wrong, say No, then remove it (/log-hours list) and log the right time.`,
      buttons: [
        { id: `log-pick:${draft.id}:0`, label: `Yes, add ${more}`.slice(0, 75), style: "primary" },
        { id: `log-cancel:${draft.id}`, label: "No" },
      ],
    };
  }

  /** "No" to an entry, "Keep them" to a removal; after the question was answered, it changes nothing. */
  async cancel(user: PlatformUser, draftId: string): Promise<Message> {
    const draft = await this.deps.drafts.get<EntryDraft | RemovalDraft>(user.platform, user.userId, draftId);
    if (!draft)
      return {
        text: "That question was already answered, so nothing changed now. /log-hours list shows your entries.",
      };
    await this.deps.drafts.delete(draftId);
    return { text: "logs" in draft.data ? "OK, nothing was removed." : "OK, nothing was logged." };
  }

  /** One click from a reminder: log this many minutes today, once per button. */
  async quickLog(user: PlatformUser, port: SpacePort, arg: string): Promise<Message> {
    const [pairingId = "", minutes = "", month = monthOfDay(this.today())] = arg.split(":");
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair)
      throw new UserError(
        "That button is not for one of your active pairs (it may have ended, or be someone else's). Nothing was logged.",
        "not_active",
      );
    const m = Number(minutes);
    if (!Number.isInteger(m) || m <= 0 || m > MAX_MINUTES_PER_DAY)
      throw new UserError("That button is no longer valid. Use /log-hours instead.", "bad_button");
    const entry = { minutes: m, day: this.today(), note: null };
    this.checkEntry(entry, pair.startedOn);
    // another amount pressed after a first one (meant as a correction) is asked about, as typed entries are
    return this.recordFirstOfDay(user, me, pair, entry, port, `quicklog:${pairingId}:${m}:${month}:${me.id}`);
  }

  /** A planned meeting someone said happened: logged once per `onceKey`, on the meeting's day. */
  async logPlanned(
    user: PlatformUser,
    port: SpacePort,
    pairingId: string,
    minutes: number,
    day: Day,
    onceKey: string,
  ): Promise<Message> {
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active. Nothing was logged.", "not_active");
    const entry = { minutes, day, note: null };
    this.checkEntry(entry, pair.startedOn);
    return this.record(me, pair, entry, port, onceKey);
  }

  private async record(
    me: Member,
    p: PairingWithMembers,
    entry: LogEntry,
    port: SpacePort,
    onceKey?: string,
    { firstOfDay = false } = {},
  ): Promise<Message> {
    const now = this.deps.clock.now();
    const month = monthOfDay(entry.day);
    const other = this.other(p, me);
    // Only when the other member logged that day too does the month before this entry matter:
    // what the entry adds tells whether their log already covered it (most logs skip the query).
    const sameDayByOther = await this.deps.meetings.hasLog(p.id, other.id, entry.day);
    const before = sameDayByOther ? await this.monthTotal(p.id, month) : 0;
    let stored: StoredLog;
    try {
      stored = await this.deps.meetings.addLog(
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
        { maxDayMinutes: MAX_MINUTES_PER_DAY, firstOfDay, ...(onceKey ? { onceKey } : {}) },
      );
    } catch (err) {
      if (err instanceof DayFull)
        throw new UserError(
          `You have already logged ${durationInWords(err.loggedMinutes)} with ${data(this.other(p, me).name)} on ${dayInWords(entry.day)}, and one day holds at most 12 hours. Please check /log-hours list: if an entry is wrong, remove it and log it again. Nothing was logged.`,
          "day_full",
        );
      if (err instanceof AlreadyDone) throw new AlreadyDone("That's already logged: nothing was changed.");
      throw err;
    }
    const total = await this.monthTotal(p.id, month);
    const progress = progressLine(monthName(month), total, this.deps.goalHours);
    const added = total - before;
    // Said only when the other's entry did cover some of this one: "counts once" beside a total
    // that rose by the whole entry would contradict itself.
    const once =
      sameDayByOther && added < entry.minutes
        ? ` ${data(other.name)} logged ${dayInWords(entry.day)} too: the same meeting counts once${added > 0 ? `, so this adds ${durationInWords(added)}` : ""}.`
        : "";
    const what = `${durationInWords(entry.minutes)} on ${dayInWords(entry.day)}`;
    if (p.spaceId)
      await port
        .postToSpace(p.spaceId, { text: `${data(me.name)} logged ${what}.${once} ${progress}` })
        .catch(() => undefined); // the log is saved; the line in the space is a courtesy
    return {
      text: `Logged ${what} with ${data(other.name)}.${once} ${progress}\nIf that's not right: /log-hours remove ${await this.shortIdOf(me, stored.id)} (your entries: /log-hours list).`,
    };
  }

  /** an entry's id as /log-hours list and remove show it (longer only where two would collide) */
  private async shortIdOf(me: Member, logId: string): Promise<string> {
    const open = await this.deps.meetings.logsSince(me.id, this.openSince());
    return shortIdsOf([...new Set([logId, ...open.map((l) => l.id)])]).get(logId) ?? "";
  }

  /** the pair's minutes in a month, each shared meeting counted once */
  private async monthTotal(pairingId: string, month: string): Promise<number> {
    const totals = await this.deps.meetings.monthTotals([pairingId], firstDay(month), lastDay(month));
    return totals.find((t) => t.month === month)?.minutes ?? 0;
  }

  async list(user: PlatformUser): Promise<Message> {
    const me = await this.memberOf(user);
    const logs = await this.deps.meetings.recentLogsBy(me.id, 10);
    if (logs.length === 0) return { text: `You haven't logged any meetings yet. ${HOURS_EXAMPLES}.` };
    const ids = shortIdsOf(logs.map((l) => l.id));
    const lines = logs.map(
      (l) =>
        `\`${ids.get(l.id)}\` ${dayInWords(l.meetingOn)}: ${durationInWords(l.minutes)} with ${data(this.other(l.pairing, me).name)}${l.note ? ` (${data(l.note)})` : ""}`,
    );
    const buttons: Button[] = logs
      .filter((l) => this.isOpen(l.meetingOn))
      .slice(0, 5)
      .map((l) => ({
        id: `hours-remove:${l.id}`,
        label: `Remove ${ids.get(l.id)}`,
        style: "danger" as const,
      }));
    const example = ids.get(logs[0]?.id ?? "") ?? "abcd";
    return {
      text: `**Your recent entries**\n${lines.join("\n")}\n\nTo correct one, remove it and log it again: /log-hours remove ${example} (several ids at once work too). Entries of a closed month can only be changed by a coordinator.`,
      buttons,
    };
  }

  /** "/log-hours remove k3f9 m2p7": by the short ids of the list; several are confirmed first. */
  async removeByIds(user: PlatformUser, port: SpacePort, text: string): Promise<Message> {
    const me = await this.memberOf(user);
    const wanted = [
      ...new Set(
        text
          .toLowerCase()
          .split(/[\s,;#]+/)
          .filter(Boolean),
      ),
    ];
    if (wanted.length === 0)
      throw new UserError(
        "Which entry? See the ids with /log-hours list, then /log-hours remove ID.",
        "no_ids",
      );
    const open = await this.deps.meetings.logsSince(me.id, this.openSince());
    const ids = shortIdsOf(open.map((l) => l.id));
    const byShort = new Map([...ids].map(([id, short]) => [short, id]));
    const unknown = wanted.filter((w) => !byShort.has(w));
    if (unknown.length > 0)
      throw new UserError(
        `I couldn't find ${unknown.map((u) => `"${u}"`).join(", ")} among your entries that can still be changed. The ids are in /log-hours list (for example \`${[...ids.values()][0] ?? "k3f9"}\`). Nothing was removed.`,
        "unknown_id",
      );
    const logs = wanted.map((w) => open.find((l) => l.id === byShort.get(w)) as StoredLog);
    if (logs.length === 1) return this.remove(user, port, (logs[0] as StoredLog).id);
    const draft = await this.deps.drafts.create<RemovalDraft>(user.platform, user.userId, "hours-remove", {
      logs: logs.map((l) => l.id),
    });
    const total = logs.reduce((s, l) => s + l.minutes, 0);
    return {
      text: `Remove these ${logs.length} entries (${durationInWords(total)} in all)?\n${logs.map((l) => `- \`${ids.get(l.id)}\` ${dayInWords(l.meetingOn)}: ${durationInWords(l.minutes)}`).join("\n")}`,
      buttons: [
        { id: `hours-remove-many:${draft.id}`, label: `Remove ${logs.length} entries`, style: "danger" },
        { id: `log-cancel:${draft.id}`, label: "Keep them" },
      ],
    };
  }

  async confirmRemoval(user: PlatformUser, port: SpacePort, draftId: string): Promise<Message> {
    const once = `hours-remove-many:${draftId}`;
    const draft = await this.deps.drafts.get<RemovalDraft>(user.platform, user.userId, draftId);
    if (!draft) {
      if (await this.deps.meetings.wasDone(once)) throw new AlreadyDone("Those entries are already removed.");
      throw new UserError("That choice has expired. Please run /log-hours remove again.", "expired");
    }
    const me = await this.memberOf(user);
    const logs = (await Promise.all(draft.data.logs.map((id) => this.deps.meetings.getLog(id)))).filter(
      (l): l is StoredLog & { pairing: PairingWithMembers } =>
        l !== null && l.memberId === me.id && this.isOpen(l.meetingOn),
    );
    const removed = await this.deps.meetings
      .removeLogs(
        logs.map((l) => l.id),
        this.deps.clock.now(),
        logs.map((l) => ({
          actorId: me.id,
          action: "hours.removed",
          subjectId: l.pairingId,
          details: { minutes: l.minutes, day: l.meetingOn },
        })),
        once,
      )
      .catch((err) => {
        if (err instanceof AlreadyDone) throw new AlreadyDone("Those entries are already removed.");
        throw err;
      });
    await this.deps.drafts.delete(draftId);
    for (const pairing of new Map(logs.map((l) => [l.pairing.id, l.pairing])).values())
      if (pairing.spaceId)
        await port
          .postToSpace(pairing.spaceId, {
            text: `${data(me.name)} removed ${removed === 1 ? "an entry" : `${removed} entries`}.`,
          })
          .catch(() => undefined);
    return { text: `Removed ${removed} ${removed === 1 ? "entry" : "entries"}.` };
  }

  async remove(user: PlatformUser, port: SpacePort, logId: string): Promise<Message> {
    const me = await this.memberOf(user);
    const l = await this.deps.meetings.getLog(logId);
    if (!l) throw new AlreadyDone("That entry is already removed: nothing was changed.");
    if (l.memberId !== me.id)
      throw new UserError("You can only remove entries you logged yourself.", "not_yours");
    if (!this.isOpen(l.meetingOn))
      throw new UserError(
        `${monthName(monthOfDay(l.meetingOn))} is closed, so that entry can't be changed. Ask a coordinator if it is wrong.`,
        "closed",
      );
    const removed = await this.deps.meetings.removeLogs([l.id], this.deps.clock.now(), [
      {
        actorId: me.id,
        action: "hours.removed",
        subjectId: l.pairingId,
        details: { minutes: l.minutes, day: l.meetingOn },
      },
    ]);
    if (removed === 0) throw new AlreadyDone("That entry is already removed: nothing was changed.");
    const month = monthOfDay(l.meetingOn);
    const total = await this.monthTotal(l.pairingId, month);
    const what = `${durationInWords(l.minutes)} on ${dayInWords(l.meetingOn)}`;
    const progress = progressLine(monthName(month), total, this.deps.goalHours);
    // an ended pair's space is archived: nothing more is posted there
    if (l.pairing.spaceId && l.pairing.status !== "ended")
      await port
        .postToSpace(l.pairing.spaceId, { text: `${data(me.name)} removed an entry of ${what}. ${progress}` })
        .catch(() => undefined);
    return { text: `Removed ${what}. ${progress}` };
  }

  /** "Yes, that's right" in a monthly check-in: recorded once per member and month. */
  async confirmCheckin(user: PlatformUser, arg: string): Promise<Message> {
    const [pairingId = "", month = ""] = arg.split(":");
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair) throw new UserError("That pair is no longer active.", "not_active");
    try {
      await this.deps.meetings.recordAudit(
        [{ actorId: me.id, action: "checkin.confirmed", subjectId: pairingId, details: { month } }],
        `checkin-ok:${pairingId}:${month}:${me.id}`,
      );
    } catch (err) {
      if (err instanceof AlreadyDone)
        throw new AlreadyDone(`${monthName(month)} is already confirmed. Thank you!`);
      throw err;
    }
    return { text: `Thank you: ${monthName(month)} is confirmed.` };
  }

  /** "Add a meeting" in a monthly check-in: how, and until when. */
  addHelp(month: string): Message {
    const closes = addDays(firstDay(addMonths(month, 1)), LOGGING_GRACE_DAYS - 1);
    return {
      text: `Log it with the time and the date, for example /log-hours 1.5 hours ${monthName(month).slice(0, 3).toLowerCase()} 20 coffee at the library. ${monthName(month)} stays open until ${formatDay(closes)}.`,
    };
  }

  /** A break until a day (exclusive); "today" ends a break now. By a member of the pair, or a coordinator. */
  async pause(
    actorId: string,
    pair: PairingWithMembers,
    untilText: string,
    port: SpacePort,
    onceKey?: string,
  ): Promise<Message> {
    const today = this.today();
    const until = parseDay(untilText.replace(/^until\s+/i, ""), today, "future");
    if (!until)
      throw new UserError(
        `I couldn't read "${untilText}" as a date. For example: until 2027-01-10.`,
        "bad_date",
      );
    return this.pauseUntil(actorId, pair, until, port, onceKey);
  }

  private async pauseUntil(
    actorId: string,
    pair: PairingWithMembers,
    until: Day,
    port: SpacePort,
    onceKey?: string,
  ): Promise<Message> {
    const today = this.today();
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
    const changed = await this.deps.meetings.setPause(
      pair.id,
      current?.startsOn ?? today,
      until,
      actorId,
      [
        {
          actorId,
          action: until === today ? "pairing.resumed" : "pairing.paused",
          subjectId: pair.id,
          details: { until },
        },
      ],
      onceKey,
    );
    if (!changed)
      return {
        text: `${data(pair.mentor.name)} and ${data(pair.mentee.name)} are already on a break until ${dayInWords(until)}, ${until.slice(0, 4)}: nothing was changed.`,
      };
    const text =
      until === today
        ? `The break is over: ${data(pair.mentor.name)} and ${data(pair.mentee.name)} get check-ins and reminders again.`
        : `${data(pair.mentor.name)} and ${data(pair.mentee.name)} are taking a break until ${dayInWords(until)}, ${until.slice(0, 4)} (the last day of it is ${dayInWords(addDays(until, -1))}, as the report shows it): no reminders until then, and those weeks are not counted as behind. It ends by itself.`;
    if (pair.spaceId) await port.postToSpace(pair.spaceId, { text }).catch(() => undefined);
    return { text };
  }

  /** A member pauses their own pair: "/log-hours pause until 2027-01-10". */
  async pauseOwn(user: PlatformUser, port: SpacePort, untilText: string): Promise<Message> {
    const me = await this.memberOf(user);
    const pairs = await this.deps.meetings.activePairingsOf(me.id);
    const pair = pairs.length === 1 ? pairs[0] : undefined;
    if (!pair)
      throw new UserError(
        pairs.length > 1
          ? "You are in several pairs: ask a coordinator to pause the right one."
          : "You're not in an active pair.",
        "no_pair",
      );
    return this.pause(me.id, pair, untilText, port);
  }

  /**
   * "Take a month's break" in a check-in or a home: the pair rests for one month from today (Dec 1
   * to Jan 1, Dec 15 to Jan 15; goals are pro-rated by day), once however often it is pressed; the
   * other member is told.
   */
  async pauseMonth(user: PlatformUser, port: SpacePort, pairingId: string): Promise<Message> {
    const me = await this.memberOf(user);
    const pair = (await this.deps.meetings.activePairingsOf(me.id)).find((p) => p.id === pairingId);
    if (!pair)
      throw new UserError(
        "That button is not for one of your active pairs (it may have ended, or be someone else's). Nothing was changed.",
        "not_active",
      );
    const today = this.today();
    const month = monthOfDay(today);
    const until = addMonthsToDay(today, 1);
    const pauses = await this.deps.meetings.pausesBetween([pair.id], firstDay(addMonths(month, -12)), until);
    const current = pausedOn(pauses, pair.id, today);
    if (current)
      throw new AlreadyDone(
        `You're already on a break until ${dayInWords(current.until)}: nothing was changed.`,
      );
    // Not on a break: this press takes one. The once-key makes two presses at once one break; the
    // first key not yet used is taken, so a break ended early can be taken again.
    let key = `pause-month:${pairingId}:${month}`;
    for (let n = 1; n < 20 && (await this.deps.meetings.wasDone(key)); n++)
      key = `pause-month:${pairingId}:${month}:${n}`;
    let answer: Message;
    try {
      answer = await this.pauseUntil(me.id, pair, until, port, key);
    } catch (err) {
      if (err instanceof AlreadyDone)
        throw new AlreadyDone(`You're already on a break until ${dayInWords(until)}: nothing was changed.`);
      throw err;
    }
    const other = this.other(pair, me);
    if (other.platformUserId)
      await port
        .sendDirect(other.platformUserId, {
          text: `${data(me.name)} took a month's break for your pair: no reminders until ${dayInWords(until)}, and those weeks are not counted as behind. To end it sooner: /log-hours pause until today.`,
        })
        .catch(() => undefined);
    return answer;
  }
}
