// Slack over HTTP: request signing, and what a person sees when Slack itself fails.
import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MENTOR } from "../contract/signup.contract.ts";
import { SIGNING_SECRET, SlackDriver } from "../contract/slack-driver.ts";
import { waitFor } from "../helpers/harness.ts";
import { commandBody, interactionBody, sign, viewSubmission } from "../helpers/slack-requests.ts";

describe("Slack over HTTP", () => {
  let d: SlackDriver;
  beforeEach(async () => {
    d = new SlackDriver();
    await d.init([]);
  });
  afterEach(async () => {
    await d.stop();
  });

  const sideEffects = () => d.emulator.calls.filter((c) => c.method !== "auth.test");

  it("refuses a request with a bad signature: 401, and no Web API call", async () => {
    const body = commandBody({
      command: "/mentor-signup",
      userId: "UMALLORY",
      responseUrl: d.emulator.responseUrl(),
    });
    const res = await d.post(body, {
      signature: sign("not-the-secret", body, Math.floor(Date.now() / 1000)),
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(sideEffects()).toEqual([]);
  });

  it("refuses a correctly signed request older than five minutes: 401, and no Web API call", async () => {
    const body = commandBody({
      command: "/mentor-signup",
      userId: "UMALLORY",
      responseUrl: d.emulator.responseUrl(),
    });
    const res = await d.post(body, { ts: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    const tampered = await d.post(interactionBody({ type: "view_submission" }), {
      signature: sign(SIGNING_SECRET, "payload=%7B%7D", Math.floor(Date.now() / 1000)),
    });
    expect(tampered.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(sideEffects()).toEqual([]);
  });

  it("acknowledges a command before doing any work, then opens the modal", async () => {
    const responseUrl = d.emulator.responseUrl();
    const started = Date.now();
    const res = await d.post(commandBody({ command: "/mentor-signup", userId: "UMARIA", responseUrl }));
    const ackedAt = Date.now();
    expect(res.status).toBe(200);
    const open = await waitFor(() => d.emulator.callsTo("views.open")[0], "views.open");
    expect(open.at).toBeGreaterThanOrEqual(started);
    expect(ackedAt - started).toBeLessThan(3000);
    const view = open.args.view as { title: { text: string }; blocks: { type: string }[] };
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it("acknowledges a command while the bot's main thread is busy, then does the work", async () => {
    // Another process sends the command while this thread (the bot's) is held for 2 s: the
    // acknowledgement must come from the HTTP front's own thread, inside Slack's 3 s.
    const responseUrl = d.emulator.responseUrl();
    const body = commandBody({ command: "/log-hours", text: "list", userId: "UMARIA", responseUrl });
    const ts = Math.floor(Date.now() / 1000);
    const client = spawn(process.execPath, [
      "-e",
      `process.stdout.write("ready\\n");
       process.stdin.once("data", async () => {
         const t = performance.now();
         const r = await fetch(process.argv[1], { method: "POST", headers: JSON.parse(process.argv[2]), body: process.argv[3] });
         process.stdout.write(JSON.stringify({ status: r.status, ms: performance.now() - t }) + "\\n");
       });`,
      d.url,
      JSON.stringify({
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": sign(SIGNING_SECRET, body, ts),
      }),
      body,
    ]);
    let out = "";
    client.stdout.on("data", (c) => {
      out += String(c);
    });
    await waitFor(() => out.includes("ready"), "the client to start");
    client.stdin.write("go\n");
    const holdUntil = Date.now() + 2000;
    while (Date.now() < holdUntil) {} // the bot's thread is busy, as in a burst of commands
    const line = await waitFor(() => out.split("\n").find((l) => l.startsWith("{")), "the client's answer");
    const answer = JSON.parse(line) as { status: number; ms: number };
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(1500);
    await waitFor(() => d.emulator.responses.find((r) => responseUrl.endsWith(r.id)), "the reply");
    client.kill();
  });

  it("answers Slack's URL check with its challenge and its connectivity check with 200, running nothing", async () => {
    const check = await d.post(JSON.stringify({ type: "url_verification", challenge: "c-123", token: "x" }), {
      contentType: "application/json",
    });
    expect(check.status).toBe(200);
    expect(JSON.parse(check.body)).toEqual({ challenge: "c-123" });
    const ssl = await fetch(d.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "ssl_check=1&command=%2Fpairings&user_id=UMALLORY&text=list",
    });
    expect(ssl.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(sideEffects()).toEqual([]);
  });

  it("when Slack refuses to open the modal (an expired trigger), the person is told to try again", async () => {
    d.emulator.fail("views.open", () => ({ ok: false, error: "expired_trigger_id" }));
    const out = await d.run("maria", "mentor-signup");
    expect(out.kind).toBe("reply");
    if (out.kind === "reply") expect(out.text).toMatch(/Sorry, something went wrong.*try again/s);
    expect(await d.prisma.member.count()).toBe(0);
  });

  it("when the confirmation DM fails, the signup is still saved", async () => {
    await d.run("maria", "mentor-signup");
    d.emulator.fail("chat.postMessage", ...Array(5).fill(() => ({ ok: false, error: "internal_error" })));
    const view = d.emulator.lastView()!;
    const res = await d.post(interactionBody(viewSubmission("UMARIA", view, MENTOR)));
    expect(res.status).toBe(200);
    await waitFor(async () => (await d.prisma.member.count()) === 1, "the member");
    expect(await d.prisma.member.count()).toBe(1);
  });

  it("the App Home shows a coordinator the report's summary, and others how to use the bot", async () => {
    await d.stop();
    d = new SlackDriver();
    await d.init(["cora"]);
    const open = (user: string) =>
      d.post(
        JSON.stringify({
          type: "event_callback",
          team_id: "T0TEST",
          api_app_id: "A0TEST",
          event: { type: "app_home_opened", user, channel: `D${user}`, tab: "home", event_ts: "1.1" },
          event_id: `Ev${user}`,
          event_time: 1,
        }),
        { contentType: "application/json" },
      );
    await open(d.idOf("cora"));
    const home = await waitFor(
      () => d.emulator.callsTo("views.publish").find((c) => c.args.user_id === d.idOf("cora")),
      "the home view",
    );
    const text = JSON.stringify(home.args.view);
    expect(text).toMatch(/Coordinator.s home, November 2026/);
    expect(text).toMatch(/0 active pairs/);
    await open(d.idOf("maria"));
    const other = await waitFor(
      () => d.emulator.callsTo("views.publish").find((c) => c.args.user_id === d.idOf("maria")),
      "the member's home",
    );
    expect(JSON.stringify(other.args.view)).toMatch(/mentor-signup/);
    expect(JSON.stringify(other.args.view)).not.toMatch(/Coordinator.s home/);
  });

  it("the dashboard is served on Slack's own port, beside /slack/events, and its link signs a coordinator in", async () => {
    await d.stop();
    d = new SlackDriver();
    await d.init(["cora"]);
    const out = await d.run("cora", "pairings", "dashboard");
    expect(out.kind === "reply" && out.text).toMatch(/I sent you a sign-in link/);
    const port = d.bot.httpPort as number;
    const dm = d.emulator.messagesTo(d.idOf("cora")).join("\n");
    const link = dm.match(new RegExp(`http://localhost:${port}/dashboard/signin/([\\w-]+)`));
    expect(link).not.toBeNull();
    const base = `http://localhost:${port}`;
    const page = await fetch(link?.[0] as string);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const signin = await fetch(`${base}/dashboard/signin`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
      body: `token=${link?.[1]}`,
    });
    expect(signin.status).toBe(303);
    const cookie = signin.headers.getSetCookie()[0] ?? "";
    expect(cookie).toMatch(
      /^dashboard_session=[\w-]+; Max-Age=28800; Path=\/dashboard; HttpOnly; SameSite=Strict/,
    );
    const overview = await fetch(`${base}/dashboard`, {
      headers: { cookie: cookie.split(";")[0] as string },
    });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toMatch(/Pairs report, November 2026/);
    // without the cookie: signed out; Slack's own path still answers Slack
    expect((await fetch(`${base}/dashboard`)).status).toBe(401);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
  });

  it("a button pressed in the App Home answers by DM (a home has nowhere to reply in place) and draws the home again", async () => {
    await d.stop();
    d = new SlackDriver();
    await d.init(["cora"]);
    const user = d.idOf("cora");
    const published = () => d.emulator.callsTo("views.publish").filter((c) => c.args.user_id === user).length;
    const dmsBefore = d.emulator.messagesTo(user).length;
    const press = {
      type: "block_actions",
      team: { id: "T0TEST", domain: "test" },
      user: { id: user, name: "cora", team_id: "T0TEST" },
      api_app_id: "A0TEST",
      token: "legacy",
      container: { type: "view", view_id: "VHOME" },
      view: { id: "VHOME", type: "home", blocks: [], state: { values: {} }, hash: "h" },
      trigger_id: "trig-home",
      actions: [
        {
          type: "button",
          action_id: "a:dashboard-link",
          block_id: "b",
          value: "dashboard-link",
          action_ts: "1",
        },
      ],
    };
    const res = await d.post(interactionBody(press));
    expect(res.status).toBe(200);
    await waitFor(() => d.emulator.messagesTo(user).length > dmsBefore, "the answer by DM");
    expect(d.emulator.messagesTo(user).slice(dmsBefore).join("\n")).toMatch(/Your dashboard link/);
    await waitFor(() => published() > 0, "the home drawn again");
    expect(JSON.stringify(d.emulator.callsTo("views.publish").at(-1)?.args.view)).toMatch(
      /Coordinator.s home/,
    );
  });

  it("a direct message to the bot gets the list of commands", async () => {
    const said = await d.dmBot("maria", "help");
    expect(said).toContain("/mentor-signup");
    expect(said).toContain("/mentee-signup");
  });
});
