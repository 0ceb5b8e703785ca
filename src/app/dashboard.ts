// Who may use the dashboard, and how they get in without a password: a coordinator asks in the chat
// (/pairings dashboard), gets a link in a DM that works once within 10 minutes, and opening it
// starts an 8-hour session. Rights are checked again on every request, so someone who stops being a
// coordinator is out at their next click. Tokens are random, 256 bits, and stored only as SHA-256.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { UserError } from "../domain/errors.ts";
import type { Clock } from "../domain/flow.ts";
import type { PlatformName, PlatformUser } from "../domain/members.ts";
import type { Message } from "../domain/message.ts";
import { coordinatorIdsOn } from "../platforms/facts.ts";

export const LINK_MINUTES = 10;
export const SESSION_HOURS = 8;
/** Failed redemptions an address may make in REDEEM_WINDOW_MS: plenty for a person, too few to guess. */
const REDEEM_LIMIT = 10;
const REDEEM_WINDOW_MS = 10 * 60_000;
/** How long a role's member list (Discord) is trusted before it is asked again. */
const ROLE_CACHE_MS = 30_000;

/** Who holds a link or a session: a coordinator, as their platform knows them. */
export type DashboardHolder = PlatformUser;

/** Links and sessions, stored by their tokens' hashes (src/db/dashboard-repository.ts). */
export interface DashboardStore {
  addLink(tokenHash: string, who: DashboardHolder, now: Date, expiresAt: Date): Promise<void>;
  /** uses the link and opens the session in one transaction */
  redeem(
    linkHash: string,
    sessionHash: string,
    now: Date,
    sessionEnds: Date,
  ): Promise<{ ok: true; holder: DashboardHolder } | { ok: false; reason: "used" | "expired" | "unknown" }>;
  session(tokenHash: string, now: Date): Promise<DashboardHolder | null>;
  end(tokenHash: string, now: Date): Promise<void>;
  endAllOf(who: DashboardHolder, now: Date): Promise<number>;
}

export type DashboardRefusal = "used" | "expired" | "unknown" | "not_coordinator" | "too_many" | "signed_out";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");

export class DashboardService {
  private baseUrl: string | null = null;
  private readonly roleLookups = new Map<PlatformName, () => Promise<string[]>>();
  private readonly roleCache = new Map<PlatformName, { at: number; ids: string[] }>();
  private readonly attempts = new Map<string, number[]>();
  /** signs the CSRF tokens; new at each start, which only means a form open across a restart is refused */
  private readonly csrfKey = randomBytes(32);

  constructor(
    private readonly store: DashboardStore,
    private readonly configuredCoordinators: readonly string[],
    private readonly clock: Clock,
  ) {}

  /** Called once the web server listens: links point here. */
  publish(baseUrl: string): void {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
  }

  get enabled(): boolean {
    return this.baseUrl !== null;
  }

  /** where the links point, once published */
  get address(): string | null {
    return this.baseUrl;
  }

  /** Discord's coordinator role: its members are coordinators too. */
  useRole(platform: PlatformName, members: () => Promise<string[]>): void {
    this.roleLookups.set(platform, members);
  }

  /** COORDINATOR_IDS, or (Discord) the coordinator role as it is now, give or take 30 seconds. */
  async isCoordinator(who: DashboardHolder): Promise<boolean> {
    if (coordinatorIdsOn([...this.configuredCoordinators], who.platform).includes(who.userId)) return true;
    const lookup = this.roleLookups.get(who.platform);
    if (!lookup) return false;
    const now = this.clock.now().getTime();
    let cached = this.roleCache.get(who.platform);
    if (!cached || now - cached.at > ROLE_CACHE_MS) {
      cached = { at: now, ids: await lookup().catch(() => []) };
      this.roleCache.set(who.platform, cached);
    }
    return cached.ids.includes(who.userId);
  }

  /** A new single-use link for a coordinator (the caller has checked the rights). */
  async link(user: PlatformUser): Promise<string> {
    if (!this.baseUrl)
      throw new UserError(
        "The dashboard is not switched on for this bot: start it with DASHBOARD_PORT set (for example 8080; behind a proxy also DASHBOARD_URL). The guide's Configuration page says how.",
        "dashboard_off",
      );
    const token = newToken();
    const now = this.clock.now();
    await this.store.addLink(hash(token), user, now, new Date(now.getTime() + LINK_MINUTES * 60_000));
    return `${this.baseUrl}/dashboard/signin/${token}`;
  }

  /** The DM that carries the link, and what the coordinator is told where they asked. */
  async linkMessages(user: PlatformUser): Promise<{ dm: Message; reply: Message }> {
    const url = await this.link(user);
    return {
      dm: {
        text: `**Your dashboard link**: ${url}\nIt works once, for the next ${LINK_MINUTES} minutes, and signs you in for ${SESSION_HOURS} hours on that browser. Don't forward it: anyone who opens it first is signed in as you. Sign out with /pairings dashboard signout.`,
      },
      reply: {
        text: `I sent you a sign-in link in a direct message. It works once, within ${LINK_MINUTES} minutes.`,
      },
    };
  }

  /** Too many failed tries from one address in ten minutes: refused before the database is asked. */
  private tooMany(address: string): boolean {
    const now = Date.now();
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < REDEEM_WINDOW_MS);
    this.attempts.set(address, recent);
    return recent.length >= REDEEM_LIMIT;
  }

  private failedFrom(address: string): void {
    if (this.attempts.size > 10_000) this.attempts.clear();
    this.attempts.set(address, [...(this.attempts.get(address) ?? []), Date.now()]);
  }

  async redeem(
    token: string,
    address: string,
  ): Promise<
    { ok: true; session: string; holder: DashboardHolder } | { ok: false; reason: DashboardRefusal }
  > {
    if (this.tooMany(address)) return { ok: false, reason: "too_many" };
    if (!/^[\w-]{20,100}$/.test(token)) {
      this.failedFrom(address);
      return { ok: false, reason: "unknown" };
    }
    const session = newToken();
    const now = this.clock.now();
    const ends = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    const r = await this.store.redeem(hash(token), hash(session), now, ends);
    if (!r.ok) {
      this.failedFrom(address);
      return r;
    }
    if (!(await this.isCoordinator(r.holder))) {
      await this.store.end(hash(session), now);
      return { ok: false, reason: "not_coordinator" };
    }
    return { ok: true, session, holder: r.holder };
  }

  /** The session's coordinator, checked now; a session of someone who lost the rights is ended. */
  async holderOf(
    session: string | undefined,
  ): Promise<{ ok: true; holder: DashboardHolder } | { ok: false; reason: DashboardRefusal }> {
    if (!session || !/^[\w-]{20,100}$/.test(session)) return { ok: false, reason: "signed_out" };
    const now = this.clock.now();
    const holder = await this.store.session(hash(session), now);
    if (!holder) return { ok: false, reason: "signed_out" };
    if (!(await this.isCoordinator(holder))) {
      await this.store.end(hash(session), now);
      return { ok: false, reason: "not_coordinator" };
    }
    return { ok: true, holder };
  }

  async signOut(session: string): Promise<void> {
    await this.store.end(hash(session), this.clock.now());
  }

  /** /pairings dashboard signout: every browser this person is signed in on. */
  async signOutEverywhere(user: PlatformUser): Promise<Message> {
    const n = await this.store.endAllOf(user, this.clock.now());
    return {
      text:
        n === 0
          ? "You weren't signed in to the dashboard anywhere. Any sign-in link you were sent no longer works."
          : `Signed out of the dashboard on ${n} browser${n === 1 ? "" : "s"}; any sign-in link you were sent no longer works.`,
    };
  }

  /** The form token of a session: tied to it, so a page of another session cannot post for it. */
  csrfOf(session: string): string {
    return createHmac("sha256", this.csrfKey).update(session).digest("base64url");
  }

  csrfMatches(session: string, given: string | undefined): boolean {
    const want = Buffer.from(this.csrfOf(session));
    const got = Buffer.from(given ?? "");
    return want.length === got.length && timingSafeEqual(want, got);
  }
}
