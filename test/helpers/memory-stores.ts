// In-memory versions of the stores the domain defines, so a rule can be tested on its own, in
// milliseconds, without a database or a bot. They keep the promises the interfaces make (a
// once-key is used once, a day holds at most `maxDayMinutes`), as the Prisma repositories do.
import { AlreadyDone } from "../../src/domain/errors.ts";
import { DayAlreadyLogged, DayFull } from "../../src/domain/hours/errors.ts";
import type { PauseRow } from "../../src/domain/hours/pauses.ts";
import type { AddLogOptions, DraftStore, MeetingStore, StoredLog } from "../../src/domain/hours/service.ts";
import { monthTotals } from "../../src/domain/hours/totals.ts";
import type { AuditEntry, Member, PlatformName, PlatformUser } from "../../src/domain/members.ts";
import type { PairingWithMembers } from "../../src/domain/pairing/types.ts";
import type { Day } from "../../src/domain/time.ts";

export function member(id: string, kind: "mentor" | "mentee", platform: PlatformName = "slack"): Member {
  const at = new Date("2026-09-01T20:00:00Z");
  return {
    id,
    platform,
    platformUserId: id.toUpperCase(),
    kind,
    name: id[0]?.toUpperCase() + id.slice(1),
    createdAt: at,
    updatedAt: at,
    mentor: null,
    mentee: null,
    acceptance: null,
  };
}

export function activePair(id: string, mentor: Member, mentee: Member, startedOn: Day): PairingWithMembers {
  return {
    id,
    platform: mentor.platform,
    mentorId: mentor.id,
    menteeId: mentee.id,
    status: "active",
    startedOn,
    createdAt: new Date(`${startedOn}T20:00:00Z`),
    createdBy: "coordinator",
    spaceId: `space-${id}`,
    spaceName: `pair-${id}`,
    steps: {},
    endedAt: null,
    endReason: null,
    guardianAttendedAt: null,
    mentor,
    mentee,
  };
}

/** Members found by their platform identity. */
export class MemoryMembers {
  constructor(private readonly all: Member[]) {}
  async findIdentity(user: PlatformUser): Promise<Member | null> {
    return this.all.find((m) => m.platform === user.platform && m.platformUserId === user.userId) ?? null;
  }
}

export class MemoryDrafts implements DraftStore {
  private readonly drafts = new Map<string, { owner: string; data: unknown }>();
  private next = 0;
  async create<T>(platform: string, userId: string, _flow: string, data: T) {
    const id = `d${++this.next}`;
    this.drafts.set(id, { owner: `${platform}:${userId}`, data: structuredClone(data) });
    return { id };
  }
  async get<T>(platform: string, userId: string, id: string) {
    const d = this.drafts.get(id);
    // someone else's draft is as good as none: a forwarded button gives nothing away
    return d && d.owner === `${platform}:${userId}` ? { id, data: structuredClone(d.data) as T } : null;
  }
  async update<T>(id: string, data: T) {
    const d = this.drafts.get(id);
    if (d) d.data = structuredClone(data);
  }
  async delete(id: string) {
    this.drafts.delete(id);
  }
}

export class MemoryMeetings implements MeetingStore {
  readonly logs: (StoredLog & { removedAt: Date | null })[] = [];
  readonly audit: AuditEntry[] = [];
  readonly pauses: PauseRow[] = [];
  private readonly used = new Set<string>();
  private next = 0;

  constructor(private readonly pairings: PairingWithMembers[]) {}

  private once(key: string | undefined) {
    if (key === undefined) return;
    if (this.used.has(key)) throw new AlreadyDone("already done");
    this.used.add(key);
  }
  private live() {
    return this.logs.filter((l) => l.removedAt === null);
  }
  private withPairing(l: StoredLog) {
    return { ...l, pairing: this.pairings.find((p) => p.id === l.pairingId) as PairingWithMembers };
  }

  async activePairingsOf(memberId: string) {
    return this.pairings.filter(
      (p) => p.status === "active" && (p.mentorId === memberId || p.menteeId === memberId),
    );
  }
  async addLog(row: Omit<StoredLog, "id">, audit: AuditEntry[], opts: AddLogOptions) {
    // as the database's transaction: a used key first, and nothing kept when a check refuses
    if (opts.onceKey !== undefined && this.used.has(opts.onceKey)) throw new AlreadyDone("already done");
    const sameDay = this.live()
      .filter(
        (l) => l.pairingId === row.pairingId && l.memberId === row.memberId && l.meetingOn === row.meetingOn,
      )
      .reduce((sum, l) => sum + l.minutes, 0);
    if (sameDay + row.minutes > opts.maxDayMinutes) throw new DayFull(sameDay);
    if (opts.firstOfDay && sameDay > 0) throw new DayAlreadyLogged(sameDay);
    this.once(opts.onceKey);
    const stored = { ...row, id: `log${++this.next}`, removedAt: null };
    this.logs.push(stored);
    this.audit.push(...audit);
    return stored;
  }
  async monthTotals(pairingIds: string[], from: Day, to: Day) {
    return monthTotals(
      this.live().filter((l) => pairingIds.includes(l.pairingId) && l.meetingOn >= from && l.meetingOn <= to),
    );
  }
  async hasLog(pairingId: string, memberId: string, day: Day) {
    return this.live().some(
      (l) => l.pairingId === pairingId && l.memberId === memberId && l.meetingOn === day,
    );
  }
  /** the most recently logged, shown by meeting day (as the database's store does) */
  async recentLogsBy(memberId: string, limit: number) {
    const latest = [...this.live().filter((l) => l.memberId === memberId)]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, limit);
    return this.newestFirst(latest);
  }
  async recentLogsOfPairs(pairingIds: string[], limit: number) {
    return this.newestFirst(this.live().filter((l) => pairingIds.includes(l.pairingId))).slice(0, limit);
  }
  async logsSince(memberId: string, from: Day) {
    return this.newestFirst(this.live().filter((l) => l.memberId === memberId && l.meetingOn >= from));
  }
  private newestFirst(logs: StoredLog[]) {
    return [...logs]
      .sort((a, b) => b.meetingOn.localeCompare(a.meetingOn) || b.createdAt.getTime() - a.createdAt.getTime())
      .map((l) => this.withPairing(l));
  }
  async getLog(id: string) {
    const l = this.live().find((x) => x.id === id);
    return l ? this.withPairing(l) : null;
  }
  async removeLogs(ids: string[], at: Date, audit: AuditEntry[], onceKey?: string) {
    this.once(onceKey);
    let removed = 0;
    for (const l of this.live())
      if (ids.includes(l.id)) {
        l.removedAt = at;
        removed++;
      }
    this.audit.push(...audit);
    return removed;
  }
  async pausesBetween(pairingIds: string[] | "all", from: Day, to: Day) {
    return this.pauses.filter(
      (p) => (pairingIds === "all" || pairingIds.includes(p.pairingId)) && p.startsOn <= to && p.until > from,
    );
  }
  async recordAudit(entries: AuditEntry[], onceKey?: string) {
    this.once(onceKey);
    this.audit.push(...entries);
  }
  async wasDone(onceKey: string) {
    return this.used.has(onceKey);
  }
  async setPause(
    pairingId: string,
    startsOn: Day,
    until: Day,
    _setBy: string,
    audit: AuditEntry[],
    onceKey?: string,
  ) {
    this.once(onceKey);
    const current = this.pauses.find((p) => p.pairingId === pairingId && p.until >= startsOn);
    if (current?.until === until) return false;
    if (current) current.until = until;
    else this.pauses.push({ pairingId, startsOn, until });
    this.audit.push(...audit);
    return true;
  }
}
