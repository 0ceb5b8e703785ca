// Every outgoing step of opening a pairing (making the space, adding people, posting), and the
// signup modal and a scheduled DM, meets a 500, a call that never answers, and a 429: the person is
// told what happened, state stays consistent, and running it again is safe.
import { afterEach, describe, expect, it } from "vitest";
import { DiscordDriver } from "../contract/discord-driver.ts";
import type { Driver } from "../contract/driver.ts";
import { ADULT, signUp } from "../contract/pairing.contract.ts";
import { MENTOR } from "../contract/signup.contract.ts";
import { SlackDriver } from "../contract/slack-driver.ts";

type Fault = "500" | "timeout" | "429" | "lost answer";
const FAST = { PLATFORM_API_TIMEOUT_MS: "600", PLATFORM_API_RETRIES: "1" };

const SLACK_STEPS = {
  space: "conversations.create",
  invite: "conversations.invite",
  post: "chat.postMessage",
} as const;
const DISCORD_STEPS = {
  space: /^POST \/channels\/\d+\/threads$/,
  invite: /^PUT \/channels\/\d+\/thread-members/,
  post: /^POST \/channels\/\d+\/messages$/,
} as const;
type Step = keyof typeof SLACK_STEPS;

function injectSlack(d: SlackDriver, method: string, fault: Fault) {
  if (fault === "lost answer") d.emulator.answerDelays.set(method, 5_000);
  else if (fault === "429")
    d.emulator.fail(method, () => ({
      status: 429,
      body: { ok: false, error: "ratelimited" },
      headers: { "retry-after": "1" },
    }));
  else
    d.emulator.rules.push({
      method,
      when: () => true,
      answer: () =>
        fault === "500" ? { status: 500, body: { ok: false, error: "internal_error" } } : { hang: true },
    });
}

function injectDiscord(d: DiscordDriver, route: RegExp, fault: Fault) {
  let used = false;
  d.emulator.fail(route, () => {
    if (fault === "429") {
      if (used) return null;
      used = true;
      return {
        status: 429,
        body: { message: "You are being rate limited.", retry_after: 1, global: false },
        headers: { "retry-after": "1", "x-ratelimit-scope": "user" },
      };
    }
    if (fault === "lost answer") return { lose: true };
    return fault === "500"
      ? { status: 500, body: { message: "Internal Server Error", code: 0 } }
      : { hang: true };
  });
}

async function say(d: Driver, person: string, text: string) {
  const out = await d.run(person, "pairings", text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text;
}

const platforms = [
  [
    "Slack",
    async () => {
      const d = new SlackDriver();
      await d.init(["cora"], "http", FAST);
      return {
        d,
        inject: (step: Step, f: Fault) => injectSlack(d, SLACK_STEPS[step], f),
        clear: () => {
          d.emulator.rules.length = 0;
          d.emulator.answerDelays.clear();
        },
      };
    },
  ],
  [
    "Discord",
    async () => {
      const d = new DiscordDriver();
      await d.init({ coordinators: ["cora"], env: FAST });
      return {
        d,
        inject: (step: Step, f: Fault) => injectDiscord(d, DISCORD_STEPS[step], f),
        clear: () => d.emulator.clearFaults(),
      };
    },
  ],
] as const;

for (const [platform, make] of platforms)
  describe(`platform faults on ${platform}`, () => {
    let d: Driver | undefined;
    afterEach(async () => {
      await d?.stop();
      d = undefined;
    });

    for (const step of ["space", "invite", "post"] as Step[])
      for (const fault of ["500", "timeout", "429"] as Fault[])
        it(`opening a pairing, ${step} meets ${fault === "timeout" ? "no answer" : fault}`, async () => {
          const p = await make();
          d = p.d;
          await signUp(p.d, "maria", "mentor", MENTOR);
          await signUp(p.d, "lee", "mentee", ADULT);
          p.inject(step, fault);
          const first = await say(p.d, "cora", "create @maria @lee");
          if (fault === "429") expect(first).toMatch(/Paired/);
          else {
            expect(first).toMatch(/Not finished:.*failed \(/);
            expect(first).toMatch(/Run the same command again/);
            expect((await p.d.prisma.pairing.findFirstOrThrow()).status).toBe("opening");
            p.clear();
            expect(await say(p.d, "cora", "create @maria @lee")).toMatch(/Paired/);
          }
          const spaces = await p.d.spaces();
          expect(spaces).toHaveLength(1);
          expect(spaces[0]?.messages.filter((m) => /Welcome/.test(m))).toHaveLength(1);
          expect(spaces[0]?.members.sort()).toEqual(
            [p.d.idOf("cora"), p.d.idOf("lee"), p.d.idOf("maria")].sort(),
          );
          expect(await p.d.prisma.pairing.count()).toBe(1);
        }, 30_000);

    /** A pair ready for November's check-in, and lee's check-in DMs from then on. */
    async function pairedForCheckIn() {
      const p = await make();
      d = p.d;
      await signUp(p.d, "maria", "mentor", MENTOR);
      await signUp(p.d, "lee", "mentee", ADULT);
      await say(p.d, "cora", "create @maria @lee");
      const before = (await p.d.dms("lee")).length;
      const checkIns = async () => (await p.d.dms("lee")).slice(before).filter((m) => /check-in/.test(m));
      return { p, checkIns };
    }

    it("a scheduled DM that meets a 500 is retried by the next run, and arrives once", async () => {
      const { p, checkIns } = await pairedForCheckIn();
      p.inject("post", "500");
      if (platform === "Slack") p.inject("post", "500");
      const first = await p.d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
      expect(first.failed).toBe(2);
      expect(await checkIns()).toHaveLength(0);
      p.clear();
      const second = await p.d.runJob("monthly-checkin", "2026-12-01T19:30:00Z");
      expect(second).toMatchObject({ sent: 2, failed: 0 });
      expect(await checkIns()).toHaveLength(1);
    }, 30_000);

    it("a scheduled DM that arrived but whose answer was lost is neither resent by the library nor by the next run", async () => {
      const { p, checkIns } = await pairedForCheckIn();
      p.inject("post", "lost answer");
      const first = await p.d.runJob("monthly-checkin", "2026-12-01T19:00:00Z");
      expect(first).toMatchObject({ sent: 0, failed: 2 });
      expect(await checkIns()).toHaveLength(1);
      p.clear();
      const second = await p.d.runJob("monthly-checkin", "2026-12-01T19:30:00Z");
      expect(second).toMatchObject({ sent: 0, recovered: 2, failed: 0 });
      expect(await checkIns()).toHaveLength(1);
    }, 30_000);
  });

describe("the Slack signup modal meets a 500", () => {
  let d: SlackDriver | undefined;
  afterEach(async () => {
    await d?.stop();
  });
  it("the person is told to try again, nothing is saved, and the next try opens it", async () => {
    d = new SlackDriver();
    await d.init([], "http", FAST);
    injectSlack(d, "views.open", "500");
    const out = await d.run("maria", "mentor-signup");
    expect(out.kind === "reply" && out.text).toMatch(/Sorry, something went wrong.*try again/s);
    d.emulator.rules.length = 0;
    expect((await d.run("maria", "mentor-signup")).kind).toBe("form");
    expect(await d.prisma.member.count()).toBe(0);
  });
});
