// /healthz, /readyz and /metrics in each way the bot runs: on Slack's own port in HTTP mode, on
// HEALTH_PORT for Socket Mode, Discord and the console. Readiness turns false when the database
// stops answering or Slack's front is down; metrics carry counts, never names, ids or text.
import { createServer, type Server, Socket } from "node:net";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/bot.ts";
import { silentLogger } from "../../src/log.ts";
import { DiscordDriver } from "../contract/discord-driver.ts";
import { SlackDriver } from "../contract/slack-driver.ts";
import { FixedClock, PG_TEST_URL, testConfig, waitFor } from "../helpers/harness.ts";
import { commandBody } from "../helpers/slack-requests.ts";

const get = async (port: number, path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
};

describe("health and metrics", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("Slack over HTTP: on Slack's port; /readyz fails while the front is down, and /metrics counts commands", async () => {
    const d = new SlackDriver();
    await d.init([]);
    cleanups.push(() => d.stop());
    const port = d.bot.httpPort as number;
    expect(await get(port, "/healthz")).toEqual({ status: 200, body: "ok\n" });
    const ready = await get(port, "/readyz");
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ ok: true, checks: { database: "ok", slack: "ok" } });
    await d.post(
      commandBody({
        command: "/log-hours",
        text: "help",
        userId: "UMARIA",
        responseUrl: d.emulator.responseUrl(),
      }),
    );
    await waitFor(
      async () => /mentorbot_commands_total\{command="log-hours"/.test((await get(port, "/metrics")).body),
      "the count",
    );
    const metrics = (await get(port, "/metrics")).body;
    expect(metrics).toMatch(/mentorbot_slack_ack_seconds_count [1-9]/);
    expect(metrics).not.toMatch(/UMARIA|help/);
    await d.bot.slackFront?.crashForTest();
    const during = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status,
      () => "refused",
    );
    expect(during === 503 || during === "refused").toBe(true);
    await waitFor(() => d.bot.slackFront?.alive(), "the front restarted");
    expect((await get(port, "/readyz")).status).toBe(200);
    expect((await get(port, "/metrics")).body).toMatch(/mentorbot_slack_front_restarts_total 1/);
  });

  it("Slack over Socket Mode: on HEALTH_PORT, with the socket's state", async () => {
    const d = new SlackDriver();
    await d.init([], "socket", { HEALTH_PORT: "0" });
    cleanups.push(() => d.stop());
    const port = d.bot.healthPort as number;
    expect((await get(port, "/healthz")).status).toBe(200);
    expect(JSON.parse((await get(port, "/readyz")).body).checks).toEqual({ database: "ok", slack: "ok" });
    expect((await get(port, "/metrics")).body).toMatch(/mentorbot_process_cpu_seconds_total/);
  });

  it("Discord: on HEALTH_PORT, with the gateway's state", async () => {
    const d = new DiscordDriver();
    await d.init({ env: { HEALTH_PORT: "0" } });
    cleanups.push(() => d.stop());
    const port = d.bot.healthPort as number;
    expect((await get(port, "/healthz")).status).toBe(200);
    expect(JSON.parse((await get(port, "/readyz")).body).checks).toEqual({ database: "ok", discord: "ok" });
    expect((await get(port, "/metrics")).status).toBe(200);
  });

  it("console mode: on HEALTH_PORT; /readyz fails when the database stops answering", async () => {
    // the bot reaches PostgreSQL through a proxy this test can cut, as a stopped server would be
    const upstream = new URL(PG_TEST_URL);
    const sockets = new Set<Socket>();
    const proxy: Server = createServer((client) => {
      const server = new Socket();
      server.connect(Number(upstream.port || 5432), upstream.hostname);
      for (const s of [client, server]) {
        sockets.add(s);
        s.on("error", () => s.destroy());
        s.on("close", () => sockets.delete(s));
      }
      client.pipe(server).pipe(client);
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    const proxyPort = (proxy.address() as { port: number }).port;
    const schema = `t_health${Date.now().toString(36)}`;
    const url = `postgresql://postgres@127.0.0.1:${proxyPort}${upstream.pathname}?schema=${schema}`;
    const input = new PassThrough();
    const bot: RunningBot = await startBot(testConfig({ DATABASE_URL: url, HEALTH_PORT: "0" }), {
      log: silentLogger,
      clock: new FixedClock(),
      schedule: false,
      io: { input, output: new PassThrough() },
    });
    cleanups.push(async () => {
      proxy.close();
      input.end();
      await bot.stop().catch(() => {});
    });
    const port = bot.healthPort as number;
    expect(JSON.parse((await get(port, "/readyz")).body)).toEqual({ ok: true, checks: { database: "ok" } });
    proxy.close();
    for (const s of sockets) s.destroy();
    const down = await get(port, "/readyz");
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body).checks.database).not.toBe("ok");
    expect((await get(port, "/healthz")).status).toBe(200); // alive, though not ready
  });
});
