// PairingService on in-memory stores: opening a pair is several platform steps (the space, three
// invitations, the welcome, the guardian's contact to the mentor, the introduction to the
// coordinator). A failure at any step stops there and says where; running the command again
// finishes from that step, with no second space, no second welcome and no step done twice.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AgreementFiles } from "../../src/content/agreements.ts";
import { PlatformError } from "../../src/domain/errors.ts";
import type { AuditEntry, Member } from "../../src/domain/members.ts";
import { unmarked } from "../../src/domain/message.ts";
import { PairingService } from "../../src/domain/pairing/service.ts";
import type {
  NewPairing,
  Pairing,
  PairingPatch,
  PairingStore,
  PairingWithMembers,
  SpacePort,
} from "../../src/domain/pairing/types.ts";
import { FixedClock, REPO_ROOT } from "../helpers/harness.ts";
import { member } from "../helpers/memory-stores.ts";
import { silentPort } from "../helpers/silent-port.ts";

const agreements = new AgreementFiles(join(REPO_ROOT, "content/agreement"));
const accepted = () => {
  const a = agreements.current();
  return { version: a.version, textSha256: a.sha256, platform: "slack", acceptedAt: new Date("2026-09-01") };
};

const mentor: Member = {
  ...member("dana", "mentor"),
  acceptance: accepted(),
  mentor: {
    name: "Dana",
    role: "physician",
    specialty: "family medicine",
    region: "anchorage",
    accepts: "either",
    capacity: 2,
    contact: "",
  },
};
const minor: Member = {
  ...member("sam", "mentee"),
  acceptance: accepted(),
  mentee: {
    name: "Sam",
    stage: "hs_junior",
    school: "Bethel Regional High School",
    region: "bethel",
    gradYear: 2028,
    interests: [],
    under18: true,
    turns18: "2028-03",
    guardian: { name: "Pat Student", relationship: "parent", email: "pat@example.org", phone: null },
  },
};

class MemoryPairings implements PairingStore {
  readonly rows: Pairing[] = [];
  readonly audit: AuditEntry[] = [];
  constructor(private readonly members: Member[]) {}
  private full(p: Pairing): PairingWithMembers {
    const find = (id: string) => this.members.find((m) => m.id === id) as Member;
    return { ...structuredClone(p), mentor: find(p.mentorId), mentee: find(p.menteeId) };
  }
  async openForMentee(menteeId: string) {
    return structuredClone(this.rows.find((p) => p.menteeId === menteeId && p.status !== "ended") ?? null);
  }
  async lastEndedForMentee() {
    return null;
  }
  async createOpening(p: NewPairing, capacity: number, audit: AuditEntry[]) {
    if (this.rows.some((r) => r.menteeId === p.menteeId && r.status !== "ended"))
      return { ok: false as const, reason: "taken" as const };
    if (this.rows.filter((r) => r.mentorId === p.mentorId && r.status !== "ended").length >= capacity)
      return { ok: false as const, reason: "capacity" as const };
    const row: Pairing = {
      ...p,
      id: `pair${this.rows.length + 1}`,
      status: "opening",
      spaceId: null,
      spaceName: null,
      steps: {},
      endedAt: null,
      endReason: null,
      guardianAttendedAt: null,
    };
    this.rows.push(row);
    this.audit.push(...audit);
    return { ok: true as const, pairing: structuredClone(row) };
  }
  async recordGuardianAttended() {
    return false;
  }
  async hasLoggedMeeting() {
    return false;
  }
  async update(id: string, patch: PairingPatch, audit: AuditEntry[] = []) {
    const row = this.rows.find((r) => r.id === id) as Pairing;
    Object.assign(row, structuredClone(patch));
    this.audit.push(...audit);
    return structuredClone(row);
  }
  async get(id: string) {
    const row = this.rows.find((r) => r.id === id);
    return row ? this.full(row) : null;
  }
  async listOpen() {
    return this.rows.filter((r) => r.status !== "ended").map((r) => this.full(r));
  }
  async mentorsWithLoad() {
    return [];
  }
}

/** A platform that records what it did and fails once at the named step. */
function flakyPort(failAt: string | null) {
  const did: string[] = [];
  let failed = false;
  const step = async (name: string) => {
    if (!failed && name === failAt) {
      failed = true;
      throw new PlatformError("slack", name, "timeout");
    }
    did.push(name);
  };
  const port: SpacePort = silentPort("slack", {
    openPrivateSpace: async (name) => {
      await step("space");
      return { id: "C1", name };
    },
    addToSpace: async (_id, userId) => step(`invite ${userId}`),
    postToSpace: async () => step("welcome"),
    sendDirect: async (userId) => {
      await step(`dm ${userId}`);
      return { channel: userId, ids: [String(did.length)] };
    },
  });
  return { port, did };
}

function service(pairings: MemoryPairings, mailed: string[]) {
  return new PairingService({
    members: {
      findByUser: async (u) => [mentor, minor].find((m) => m.platformUserId === u.userId) ?? null,
      findById: async (id) => [mentor, minor].find((m) => m.id === id) ?? null,
    },
    pairings,
    agreements,
    clock: new FixedClock(new Date("2026-11-19T23:00:00Z")),
    timeZone: "America/Anchorage",
    goalHours: 2,
    mailer: { send: async (m) => void mailed.push(m.to) },
    contactMessages: { record: async () => {} },
    onUnexpected: () => {},
  });
}

const coordinator = { platform: "slack" as const, userId: "CORA" };
const ALL_STEPS = ["space", "invite DANA", "invite SAM", "invite CORA", "welcome", "dm DANA", "dm CORA"];

describe("opening a pair resumes after a failure at any step", () => {
  it("with nothing failing, every step is done once and the pair is active", async () => {
    const pairings = new MemoryPairings([mentor, minor]);
    const mailed: string[] = [];
    const { port, did } = flakyPort(null);
    const answer = await service(pairings, mailed).create(coordinator, port, "DANA", "SAM");
    expect(unmarked(answer.text)).toMatch(/^\*\*Paired:\*\* Dana \(mentor\) and Sam/);
    expect(did).toEqual(ALL_STEPS);
    expect(mailed).toEqual(["pat@example.org"]);
    expect(pairings.rows.map((r) => r.status)).toEqual(["active"]);
  });

  for (const failAt of ALL_STEPS) {
    it(`a failure at "${failAt}": says where, and the retry does only the rest`, async () => {
      const pairings = new MemoryPairings([mentor, minor]);
      const mailed: string[] = [];
      const { port, did } = flakyPort(failAt);
      const pairs = service(pairings, mailed);
      const first = unmarked((await pairs.create(coordinator, port, "DANA", "SAM")).text);
      expect(first).toMatch(/^\*\*Not finished:\*\* .+ failed/);
      expect(first).toMatch(/Run the same command again to finish/);
      expect(pairings.rows.map((r) => r.status)).toEqual(["opening"]);
      const second = unmarked((await pairs.create(coordinator, port, "DANA", "SAM")).text);
      expect(second).toMatch(/^\*\*Paired:\*\*/);
      // every step done exactly once across both runs, in order: no second space or welcome
      expect(did).toEqual(ALL_STEPS);
      expect(mailed).toEqual(["pat@example.org"]);
      expect(pairings.rows).toHaveLength(1);
      expect(pairings.rows[0]?.status).toBe("active");
    });
  }

  it("a third run on an active pair changes nothing and says they are paired", async () => {
    const pairings = new MemoryPairings([mentor, minor]);
    const { port, did } = flakyPort(null);
    const pairs = service(pairings, []);
    await pairs.create(coordinator, port, "DANA", "SAM");
    const again = await pairs.create(coordinator, port, "DANA", "SAM").then(
      () => "no refusal",
      (e: Error) => unmarked(e.message),
    );
    expect(again).toMatch(/Dana and Sam are already paired, since/);
    expect(did).toEqual(ALL_STEPS);
  });
});
