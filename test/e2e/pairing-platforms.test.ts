// Pairing details that belong to one platform: Slack channel names, rate limits and recovery;
// Discord's coordinator role and threads; e-mail to a guardian.
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { describeRun } from "../../src/jobs/runner.ts";
import { DiscordDriver } from "../contract/discord-driver.ts";
import { ADULT, signUp } from "../contract/pairing.contract.ts";
import { MENTOR, MINOR } from "../contract/signup.contract.ts";
import { SlackDriver } from "../contract/slack-driver.ts";
import { COORDINATOR_ROLE_ID, EVERYONE_ROLE } from "../helpers/discord-emulator.ts";

async function reply(d: SlackDriver | DiscordDriver, person: string, text: string): Promise<string> {
  const out = await d.run(person, "pairings", text);
  if (out.kind !== "reply") throw new Error("expected a reply");
  return out.text;
}

describe("pairings on Slack", () => {
  let d: SlackDriver;
  afterEach(async () => {
    await d.stop();
  });

  async function ready() {
    d = new SlackDriver();
    await d.init(["cora"]);
    await signUp(d, "maria", "mentor", { ...MENTOR, name: "Dr. María José O'Brien-Ünal" });
    await signUp(d, "lee", "mentee", ADULT);
  }

  it("names the channel readably in lowercase within 80 characters, and takes another name when one is taken", async () => {
    await ready();
    // Someone else's channel already has every name starting this way: the bot must not adopt it.
    d.emulator.fail("conversations.create", () => ({ ok: false, error: "name_taken" }));
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);
    const [space] = await d.spaces();
    expect(space?.name).toMatch(/^pair-maria-lee-[a-z0-9]{4}-2$/);
    expect(space!.name.length).toBeLessThanOrEqual(80);
    expect(d.emulator.callsTo("conversations.list").length).toBeGreaterThan(0);
  });

  it("waits out a 429 and carries on", async () => {
    await ready();
    d.emulator.fail("conversations.create", () => ({
      status: 429,
      body: { ok: false, error: "ratelimited" },
      headers: { "retry-after": "1" },
    }));
    const started = Date.now();
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);
    const creates = d.emulator.callsTo("conversations.create");
    expect(creates).toHaveLength(2);
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await d.spaces()).toHaveLength(1);
  });

  it("after a crash between making the channel and recording it, the retry adopts that channel instead of making a second", async () => {
    await ready();
    d.failNext("addToSpace");
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Not finished/);
    // As if the process had died after Slack made the channel but before its id was saved:
    await d.prisma.pairing.updateMany({ data: { spaceId: null, spaceName: null } });
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);
    expect(await d.spaces()).toHaveLength(1);
    expect((await d.prisma.pairing.findFirstOrThrow()).spaceId).toBe((await d.spaces())[0]!.id);
  });

  it("a channel of the same name made by someone else, with the bot invited, is never adopted as the pair's space", async () => {
    await ready();
    d.failNext("addToSpace");
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Not finished/);
    const ours = (await d.spaces())[0]!;
    // someone else made the channel this name would take (the bot invited in), and ours is gone
    d.emulator.channels.delete(ours.id);
    d.emulator.channels.set("GEVIL", {
      id: "GEVIL",
      name: ours.name,
      is_private: true,
      members: new Set(["UBOT", "UEVIL"]),
      archived: false,
      is_member: true,
      creator: "UEVIL",
    });
    await d.prisma.pairing.updateMany({ data: { spaceId: null, spaceName: null } });
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);
    const pairing = await d.prisma.pairing.findFirstOrThrow();
    expect(pairing.spaceId).not.toBe("GEVIL");
    expect(pairing.spaceName).toBe(`${ours.name}-2`);
  });
});

describe("pairings on Discord", () => {
  let d: DiscordDriver;
  afterEach(async () => {
    await d.stop();
  });

  it("members with the coordinator role are coordinators; pairs get private threads in one #mentoring-pairs channel", async () => {
    d = new DiscordDriver();
    await d.init({ coordinatorRole: ["cora"] });
    await signUp(d, "maria", "mentor", { ...MENTOR, capacity: "3" });
    for (const p of ["lee", "kim", "ana"]) await signUp(d, p, "mentee", { ...ADULT, name: `${p} Student` });
    expect(await reply(d, "maria", "list")).toMatch(/Only program coordinators/);
    for (const p of ["lee", "kim", "ana"])
      expect(await reply(d, "cora", `create @maria @${p}`)).toMatch(/Paired/);

    const channels = [...d.emulator.channels.values()];
    const parents = channels.filter((c) => !c.thread_metadata);
    expect(parents.map((c) => c.name)).toEqual(["mentoring-pairs"]);
    const overwrite = parents[0]!.permission_overwrites.find(
      (o: { id: string }) => o.id === COORDINATOR_ROLE_ID,
    );
    expect(BigInt(overwrite.allow) & (1n << 34n)).toBe(1n << 34n); // Manage Threads: coordinators see every private thread
    const threads = channels.filter((c) => c.thread_metadata);
    expect(threads).toHaveLength(3);
    expect(
      threads.every(
        (t) => t.type === 12 && t.parent_id === parents[0]!.id && t.thread_metadata.invitable === false,
      ),
    ).toBe(true);
  });

  it("a role that only looks like the coordinators' (same name, made later) gives no rights", async () => {
    d = new DiscordDriver();
    await d.init({ coordinatorRole: ["cora"] });
    await signUp(d, "maria", "mentor", MENTOR);
    await signUp(d, "lee", "mentee", ADULT);
    // after start, someone makes a second role named "Coordinator" and gives it to mallory
    const IMPOSTOR = "900000000000000099";
    d.emulator.roles.push({ id: IMPOSTOR, name: "Coordinator" });
    d.emulator.memberRoles.set(d.idOf("mallory"), [IMPOSTOR]);
    expect(await reply(d, "mallory", "create @maria @lee")).toMatch(/Only program coordinators/);
    expect(await reply(d, "mallory", "list")).toMatch(/Only program coordinators/);
    expect(await d.prisma.pairing.count()).toBe(0);
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);
  });

  it("with two roles named Coordinator at start and no COORDINATOR_ROLE_ID, neither counts; COORDINATOR_ROLE_ID decides", async () => {
    d = new DiscordDriver();
    d.emulator.roles.push({ id: "900000000000000099", name: "Coordinator" });
    await d.init({ coordinatorRole: ["cora"] });
    expect(await reply(d, "cora", "list")).toMatch(/Only program coordinators/);
    await d.stop();
    d = new DiscordDriver();
    d.emulator.roles = [
      { id: EVERYONE_ROLE, name: "@everyone" },
      { id: COORDINATOR_ROLE_ID, name: "Program staff" },
      { id: "900000000000000099", name: "Coordinator" },
    ];
    await d.init({ coordinatorRole: ["cora"], env: { COORDINATOR_ROLE_ID } });
    expect(await reply(d, "cora", "list")).not.toMatch(/Only program coordinators/);
  });

  it("members with the coordinator role are told what coordinators are told: a crisis, a request to be forgotten, the digest", async () => {
    d = new DiscordDriver();
    await d.init({ coordinatorRole: ["cora"] }); // no COORDINATOR_IDS at all
    await signUp(d, "maria", "mentor", MENTOR);
    await signUp(d, "lee", "mentee", ADULT);
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);

    const asked = await d.run("lee", "ask", "I don't want to live anymore");
    expect(asked.kind === "reply" && asked.text).toMatch(/I've let a program coordinator know/);
    expect((await d.dms("cora")).join("\n")).toMatch(/Safety alert/);

    await d.run("lee", "my-data", "forget");
    expect((await d.dms("cora")).at(-1)).toMatch(/asked to have their personal data erased/);

    const digest = await d.runJob("coordinator-digest", "2026-12-05T18:00:00Z");
    expect(digest).toMatchObject({ period: "2026-11", sent: 1, failed: 0 });
    expect((await d.dms("cora")).at(-1)).toMatch(/November digest/);

    // The role is looked up each time: once it is taken away, the next alert goes to no one by it.
    d.emulator.memberRoles.set(d.idOf("cora"), []);
    const before = (await d.dms("cora")).length;
    const again = await d.run("maria", "ask", "I want to kill myself");
    expect(again.kind === "reply" && again.text).toMatch(
      /Please also tell your mentor or a program coordinator/,
    );
    expect(await d.dms("cora")).toHaveLength(before);
  });

  it("without the Server Members intent, COORDINATOR_IDS are still told and the digest run says what it could not do", async () => {
    d = new DiscordDriver();
    await d.init({ coordinators: ["cora"], coordinatorRole: ["rita"] });
    d.emulator.fail(/^GET \/guilds\/\d+\/members$/, () => ({
      status: 403,
      body: { message: "Missing Access", code: 50001 },
    }));
    await signUp(d, "maria", "mentor", MENTOR);
    await signUp(d, "lee", "mentee", ADULT);
    expect(await reply(d, "cora", "create @maria @lee")).toMatch(/Paired/);

    await d.run("lee", "ask", "I don't want to live anymore");
    expect((await d.dms("cora")).join("\n")).toMatch(/Safety alert/);

    const digest = await d.runJob("coordinator-digest", "2026-12-05T18:00:00Z");
    expect(digest).toMatchObject({ sent: 1, failed: 1, coordinatorRoleUnlisted: true });
    expect(describeRun(digest)).toMatch(/coordinator role's members could not be listed/);
    expect((await d.dms("cora")).at(-1)).toMatch(/November digest/);
    expect(await d.dms("rita")).toEqual([]);
    // Counted as not clean, so a restart makes the run up; once the intent is on, rita gets hers.
    expect(await d.prisma.jobRun.count({ where: { job: "coordinator-digest", failed: 0 } })).toBe(0);
    d.emulator.clearFaults();
    expect(await d.runJob("coordinator-digest", "2026-12-05T18:00:00Z")).toMatchObject({
      sent: 1,
      alreadySent: 1,
      failed: 0,
    });
    expect((await d.dms("rita")).at(-1)).toMatch(/November digest/);
  });

  it("a role-less member named in COORDINATOR_IDS is a coordinator too", async () => {
    d = new DiscordDriver();
    await d.init({ coordinators: ["cora"] });
    expect(await reply(d, "cora", "list")).toMatch(/No active pairs/);
    expect(d.emulator.memberRoles.get(d.idOf("cora"))).toEqual([]);
  });
});

describe("e-mail to a guardian", () => {
  let d: SlackDriver;
  let smtp: SMTPServer;
  afterEach(async () => {
    await d.stop();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it("with SMTP_URL set, the guardian receives the introduction of the mentor by e-mail", async () => {
    const received: { to: string[]; body: string }[] = [];
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, done) {
        let body = "";
        stream.on("data", (c) => {
          body += String(c);
        });
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
    const port = (smtp.server.address() as { port: number }).port;
    d = new SlackDriver();
    await d.init(["cora"], "http", {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_FROM: "Mentoring <mentoring@example.org>",
    });
    await signUp(d, "maria", "mentor", MENTOR);
    // typed the way students do: who, then the name; the letter greets the name
    await signUp(d, "sam", "mentee", { ...MINOR, guardianName: "my mom, Pat Student" });
    expect(await reply(d, "cora", "create @maria @sam")).toMatch(/also e-mailed to them/);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual([MINOR.guardianEmail]);
    expect(received[0]!.body).toMatch(/Subject: Sam Student's mentor/);
    expect(received[0]!.body).toMatch(/join the first mentoring session/);
    expect(received[0]!.body).toMatch(/Dear Pat Student,/);
    expect(JSON.parse((await d.prisma.pairing.findFirstOrThrow()).steps).emailed).toBe(true);

    // the first meeting: the guardian gets its invitation; a second meeting sends them nothing
    const planned = await d.run("maria", "meet", "thu 4pm Loussac Library");
    expect(planned.kind === "reply" && planned.text).toMatch(
      /parent or guardian was e-mailed the invitation/,
    );
    expect(received).toHaveLength(2);
    expect(received[1]!.to).toEqual([MINOR.guardianEmail]);
    expect(received[1]!.body).toMatch(
      /Subject: Sam Student's first mentoring meeting: Thursday, November 12/,
    );
    expect(received[1]!.body).toMatch(/Dear Pat Student,/);
    expect(received[1]!.body).toMatch(/join the first mentoring session/); // the mentor's introduction
    expect(received[1]!.body).toMatch(/You can reach Dr\. Maria Lopez at/);
    expect(received[1]!.body).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    expect(received[1]!.body).toMatch(/filename=meeting-2026-11-12-1600\.ics/);
    const meeting = await d.prisma.plannedMeeting.findFirstOrThrow();
    d.clock.set("2026-11-13T02:30:00Z");
    await d.press("maria", `meet-met:${meeting.id}:0:guardian`);
    d.clock.set("2026-11-14T20:00:00Z");
    await d.run("maria", "meet", "tue 5pm zoom");
    expect(received).toHaveLength(2);
  });
});
