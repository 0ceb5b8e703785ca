// Kills the bot with SIGKILL at random points while people sign up, coordinators pair them and
// scheduled jobs send, restarts it, lets each person retry as they would, and checks after every
// kill that nothing is half-made, sent twice or skipped. Used by the suite (a few kills) and by
// `npm run crash-loop` (as many as asked).
import { openDatabase } from "../../src/db/database.ts";
import type { FormValues } from "../../src/domain/forms.ts";
import { silentLogger } from "../../src/log.ts";
import { ADULT } from "../contract/pairing.contract.ts";
import { MENTOR, MINOR } from "../contract/signup.contract.ts";
import { SIGNING_SECRET, SlackDriver } from "../contract/slack-driver.ts";
import { type BotProcess, startProcess } from "./child.ts";
import { tempDbUrl, waitFor } from "./harness.ts";
import { type SeededPair, seedPairs } from "./seed.ts";

export interface CrashLoopOptions {
  kills: number;
  seed: number;
  log?: (line: string) => void;
}

export interface CrashLoopReport {
  kills: number;
  /** kills that landed while the operation was still under way (the others hit between steps) */
  midOperation: number;
  byPhase: Record<Phase, number>;
  checks: number;
  violations: string[];
}

type Phase = "signup" | "pairing" | "job" | "startup";

/** Slack calls the bot makes while working: kills are timed by how many of them have happened. */
const WORK_CALLS = new Set([
  "views.open",
  "views.update",
  "chat.postMessage",
  "conversations.create",
  "conversations.invite",
  "conversations.history",
  "conversations.list",
]);

/** The months the loop's scheduled runs cover: each check-in is sent on the 1st of the next month. */
const CHECKIN_RUNS = [
  "2026-11-01T19:00:00Z",
  "2026-12-01T19:00:00Z",
  "2027-01-01T19:00:00Z",
  "2027-02-01T19:00:00Z",
  "2027-03-01T19:00:00Z",
  "2027-04-01T19:00:00Z",
  "2027-05-01T19:00:00Z",
  "2027-06-01T19:00:00Z",
];
const MONTH_OF_RUN = ["October", "November", "December", "January", "February", "March", "April", "May"];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Slack driver's person-level steps, against a bot running as its own process. */
class SlackProcess extends SlackDriver {
  proc: BotProcess | null = null;
  constructor(private readonly env: () => Record<string, string>) {
    super();
  }

  spawn(): BotProcess {
    this.proc = startProcess({ ...this.env(), PORT: "0", LOG_LEVEL: "info" });
    return this.proc;
  }

  async ready(proc: BotProcess): Promise<void> {
    const port = await waitFor(() => /"port":(\d+)/.exec(proc.stderr())?.[1], "the bot to listen", 30_000);
    this.url = `http://127.0.0.1:${port}/slack/events`;
  }

  async kill(): Promise<void> {
    if (!this.proc) return;
    this.proc.proc.kill("SIGKILL");
    await this.proc.exited;
    this.proc = null;
  }

  workCalls(): number {
    return this.emulator.calls.filter((c) => WORK_CALLS.has(c.method)).length;
  }

  override async stop(): Promise<void> {
    await this.kill();
    await this.emulator.stop();
  }
}

export async function crashLoop(opts: CrashLoopOptions): Promise<CrashLoopReport> {
  const rand = random(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const log = opts.log ?? (() => {});
  const DATABASE_URL = tempDbUrl();
  const seedDb = await openDatabase(DATABASE_URL, silentLogger);
  const seeded: SeededPair[] = await seedPairs(seedDb.prisma, 6, { prefix: "US", startedOn: "2026-10-01" });
  await seedDb.close();

  const d: SlackProcess = new SlackProcess(() => ({
    DATABASE_URL,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: d.emulator.apiUrl,
    COORDINATOR_IDS: d.idOf("cora"),
  }));
  await d.emulator.start();
  for (const p of seeded)
    d.emulator.channels.set(p.spaceId, {
      id: p.spaceId,
      name: `seeded-${p.spaceId.toLowerCase()}`,
      is_private: true,
      members: new Set(["UBOT", p.mentorUserId, p.menteeUserId]),
      archived: false,
      is_member: true,
    });
  // Slow enough that a kill can land between taking effect and answering.
  for (const m of ["chat.postMessage", "conversations.create", "conversations.invite", "views.open"]) {
    d.emulator.delays.set(m, 10);
    d.emulator.answerDelays.set(m, 25);
  }

  const report: CrashLoopReport = {
    kills: 0,
    midOperation: 0,
    byPhase: { signup: 0, pairing: 0, job: 0, startup: 0 },
    checks: 0,
    violations: [],
  };
  const mentors: { person: string; mentees: number }[] = [];
  const unpaired: string[] = [];
  const minors = new Set<string>();
  const checkinsDone = new Set<number>();
  let people = 0;
  let nextRun = 0;

  const start = async () => {
    const p = d.spawn();
    await d.ready(p);
  };

  /** Starts `op`, kills the bot after a random number of its Slack calls, and reports whether it had finished. */
  const killDuring = async (phase: Phase, op: () => Promise<unknown>, maxCalls: number) => {
    const before = d.workCalls();
    const target = Math.floor(rand() * (maxCalls + 1));
    let finished = false;
    const running = op().then(
      () => {
        finished = true;
      },
      () => {},
    );
    await waitFor(() => finished || d.workCalls() - before >= target, "the kill point", 15_000).catch(
      () => {},
    );
    await new Promise((r) => setTimeout(r, Math.floor(rand() * 30)));
    const mid = !finished;
    await d.kill();
    report.kills++;
    report.byPhase[phase]++;
    if (mid) report.midOperation++;
    await running;
    return mid;
  };

  const signUp = async (person: string, kind: "mentor" | "mentee", values: FormValues) => {
    const out = await d.run(person, `${kind}-signup`);
    if (out.kind !== "form")
      throw new Error(`${person} got no form: ${out.kind === "reply" ? out.text : ""}`);
    const sent = await d.submit(person, values);
    if (!sent.ok) throw new Error(`${person}'s form was refused: ${sent.messages.join("; ")}`);
  };

  const pairOnce = async (mentor: string, mentee: string) => {
    const out = await d.run("cora", "pairings", `create @${mentor} @${mentee}`);
    const text = out.kind === "reply" ? out.text : "";
    if (!/Paired|already paired/.test(text)) throw new Error(`pairing ${mentor} and ${mentee}: ${text}`);
  };

  const runJob = (at: string) =>
    startProcess(
      {
        DATABASE_URL,
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: d.emulator.apiUrl,
        LOG_LEVEL: "warn",
      },
      "src/job.ts",
      ["monthly-checkin", "--at", at],
    );

  try {
    await start();
    while (report.kills < opts.kills) {
      const kinds: Phase[] = ["signup", "signup", "job", "startup"];
      if (mentors.some((m) => m.mentees < 2) && unpaired.length) kinds.push("pairing", "pairing", "pairing");
      const phase = pick(kinds);
      const i = report.kills;

      if (phase === "signup") {
        const mentor = rand() < 0.4;
        const person = `${mentor ? "m" : "s"}${++people}`;
        const values: FormValues = mentor
          ? { ...MENTOR, name: `Dr. Loop ${people}` }
          : { ...(rand() < 0.5 ? MINOR : ADULT), name: `Student Loop ${people}` };
        const kind = mentor ? "mentor" : "mentee";
        const mid = await killDuring("signup", () => signUp(person, kind, values), 4);
        await start();
        // Someone who saw no confirmation signs up again.
        if (mid) await signUp(person, kind, values);
        if (mentor) mentors.push({ person, mentees: 0 });
        else {
          unpaired.push(person);
          if (values.under18 === "yes") minors.add(person);
        }
        log(`kill ${i + 1}: signup of ${person}${mid ? " (mid-way)" : ""}`);
      } else if (phase === "pairing") {
        const mentor = pick(mentors.filter((m) => m.mentees < 2));
        const mentee = unpaired.splice(Math.floor(rand() * unpaired.length), 1)[0] as string;
        const mid = await killDuring("pairing", () => pairOnce(mentor.person, mentee), 7);
        await start();
        // The coordinator runs the same command again: it carries on where it stopped.
        if (mid) await pairOnce(mentor.person, mentee);
        mentor.mentees++;
        log(`kill ${i + 1}: pairing ${mentor.person} + ${mentee}${mid ? " (mid-way)" : ""}`);
      } else if (phase === "job") {
        const run = nextRun % CHECKIN_RUNS.length;
        nextRun++;
        const job = runJob(CHECKIN_RUNS[run] as string);
        const before = d.emulator.callsTo("chat.postMessage").length;
        const target = Math.floor(rand() * 14);
        await waitFor(
          () =>
            job.proc.exitCode !== null || d.emulator.callsTo("chat.postMessage").length - before >= target,
          "the job's kill point",
          30_000,
        );
        const mid = job.proc.exitCode === null;
        job.proc.kill("SIGKILL");
        await job.exited;
        report.kills++;
        report.byPhase.job++;
        if (mid) report.midOperation++;
        // The next scheduled (or catch-up) run finishes it.
        const again = runJob(CHECKIN_RUNS[run] as string);
        const code = await again.exited;
        if (code !== 0)
          report.violations.push(`kill ${i + 1}: the job's second run exited ${code}: ${again.stderr()}`);
        checkinsDone.add(run);
        log(`kill ${i + 1}: monthly check-in for ${MONTH_OF_RUN[run]}${mid ? " (mid-way)" : ""}`);
      } else {
        await d.kill();
        const p = d.spawn();
        // Killed while starting: migrations, catch-up of missed jobs, connecting.
        await new Promise((r) => setTimeout(r, Math.floor(rand() * 2500)));
        const mid = p.proc.exitCode === null && !/"msg":"ready"/.test(p.stderr());
        await d.kill();
        report.kills++;
        report.byPhase.startup++;
        if (mid) report.midOperation++;
        await start();
        log(`kill ${i + 1}: during start-up${mid ? " (mid-way)" : ""}`);
      }

      const found = await violations(d, DATABASE_URL, seeded, minors, checkinsDone);
      report.checks++;
      for (const v of found) report.violations.push(`after kill ${i + 1} (${phase}): ${v}`);
    }
  } finally {
    await d.stop();
  }
  return report;
}

/** What must hold after any crash and the retries a person would make. */
async function violations(
  d: SlackProcess,
  databaseUrl: string,
  seeded: SeededPair[],
  minors: Set<string>,
  checkinsDone: Set<number>,
): Promise<string[]> {
  const out: string[] = [];
  const db = await openDatabase(databaseUrl, silentLogger);
  try {
    const members = await db.prisma.member.findMany({
      include: { mentor: true, mentee: true, guardian: true, acceptances: true },
    });
    for (const m of members) {
      const profile = m.kind === "mentor" ? m.mentor : m.mentee;
      if (!profile) out.push(`${m.platformUserId} has no ${m.kind} profile`);
      if (!m.acceptances.length) out.push(`${m.platformUserId} has no recorded agreement`);
      if (m.mentee?.under18 && !m.guardian) out.push(`${m.platformUserId} is under 18 with no guardian`);
    }
    const byId = new Map(members.map((m) => [m.id, m]));
    const pairings = await db.prisma.pairing.findMany();
    const spaces = new Set<string>();
    for (const p of pairings) {
      const mentor = byId.get(p.mentorId)?.platformUserId ?? "?";
      const mentee = byId.get(p.menteeId)?.platformUserId ?? "?";
      const who = `${mentor} + ${mentee}`;
      if (p.status !== "active") {
        out.push(`${who} is left ${p.status}`);
        continue;
      }
      const channel = p.spaceId ? d.emulator.channels.get(p.spaceId) : undefined;
      if (!channel) {
        out.push(`${who} is active with no private channel`);
        continue;
      }
      spaces.add(channel.id);
      if (!channel.members.has(mentor) || !channel.members.has(mentee))
        out.push(`${who}: not both in their channel`);
      const welcomes = d.emulator.messagesTo(channel.id).filter((t) => /Welcome, /.test(t)).length;
      const madeInLoop = !seeded.some((s) => s.spaceId === channel.id);
      if (madeInLoop && welcomes !== 1) out.push(`${who}: ${welcomes} welcome messages`);
      if (minors.has(mentee.slice(1).toLowerCase())) {
        const name = byId.get(p.menteeId)?.name ?? "";
        const notes = d.emulator
          .messagesTo(mentor)
          .filter((t) => /guardian attended our first meeting/.test(t) && t.includes(name)).length;
        if (notes !== 1) out.push(`${who}: the mentor got the guardian's contact ${notes} times`);
      }
    }
    for (const c of d.emulator.channels.values())
      if (!spaces.has(c.id)) out.push(`channel ${c.name} belongs to no pairing`);

    const recipients = new Set([
      ...members.map((m) => m.platformUserId),
      ...seeded.flatMap((p) => [p.mentorUserId, p.menteeUserId]),
    ]);
    for (const u of recipients) {
      // one check-in a month for each pairing: a mentor with two students gets two
      const checkins = d.emulator
        .messagesTo(u)
        .map((t) => /Your (\w+) check-in\W* with ([^:]+):/.exec(t)?.slice(1, 3).join(" with "))
        .filter((x): x is string => !!x);
      for (const c of new Set(checkins)) {
        const n = checkins.filter((x) => x === c).length;
        if (n > 1) out.push(`${u} got the ${c} check-in ${n} times`);
      }
    }
    for (const run of checkinsDone)
      for (const p of seeded)
        for (const u of [p.mentorUserId, p.menteeUserId]) {
          const month = MONTH_OF_RUN[run] as string;
          if (!d.emulator.messagesTo(u).some((t) => t.includes(`Your ${month} check-in`)))
            out.push(`${u} never got the ${month} check-in`);
        }
  } finally {
    await db.close();
  }
  return out;
}
