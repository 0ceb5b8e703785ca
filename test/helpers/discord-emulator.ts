// A small stand-in for Discord on 127.0.0.1: the REST API discord.js calls (v10) and a gateway
// WebSocket that identifies, heartbeats, resumes after a dropped connection, and dispatches
// INTERACTION_CREATE as a person clicking in the client would cause.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { parseMultipart } from "./multipart.ts";

type Json = Record<string, any>;

export interface RestCall {
  method: string;
  path: string;
  body: Json | null;
  at: number;
}

/** [method, path pattern, handler]: a handler returns JSON, null for 204, or undefined for 404. */
type Route = [string, RegExp, (m: string[], body: Json, query: URLSearchParams) => unknown];

export const APP_ID = "900000000000000001";
export const BOT_ID = "900000000000000002";
export const GUILD_ID = "900000000000000003";
export const EVERYONE_ROLE = GUILD_ID;
export const COORDINATOR_ROLE_ID = "900000000000000004";
export const GENERAL_CHANNEL = "900000000000000005";

let snowflakeCounter = 1000n;
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (910000000000000000n + snowflakeCounter).toString();
}

/** A failure to answer with; `hang` never answers, `lose` does the work and then never answers. */
type Fault = (
  call: RestCall,
) =>
  | { status: number; body?: Json; headers?: Record<string, string> }
  | { hang: true }
  | { lose: true }
  | null;

export class DiscordEmulator {
  readonly calls: RestCall[] = [];
  /** every message the bot created or edited, by id */
  readonly messages = new Map<string, Json>();
  /** interaction id -> what the bot answered */
  readonly callbacks = new Map<string, Json[]>();
  readonly users = new Map<string, Json>();
  readonly memberRoles = new Map<string, string[]>();
  readonly dmChannels = new Map<string, string>(); // user id -> channel id
  /** guild channels and threads made through the API, by id */
  readonly channels = new Map<string, Json>();
  readonly threadMembers = new Map<string, Set<string>>();
  private readonly originals = new Map<string, string>(); // interaction token -> message id
  private readonly interactionMessages = new Map<string, string>(); // interaction id -> message it came from
  private readonly faults: { match: RegExp; fault: Fault }[] = [];
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private seq = 0;
  private readonly sent: Json[] = [];
  private sessionId = randomUUID();
  identifies = 0;
  resumes = 0;
  base = "";

  get apiUrl(): string {
    return `${this.base}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on("connection", (ws) => this.onConnection(ws));
    await new Promise<void>((r) => this.server?.listen(0, "127.0.0.1", r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const c of this.wss?.clients ?? []) c.terminate();
    this.wss?.close();
    this.server?.closeAllConnections?.();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** the server's roles, as READY's GUILD_CREATE and GET /guilds/:id/roles report them */
  roles: { id: string; name: string }[] = [
    { id: EVERYONE_ROLE, name: "@everyone" },
    { id: COORDINATOR_ROLE_ID, name: "Coordinator" },
  ];

  addUser(id: string, username: string, roles: string[] = []): void {
    this.users.set(id, { id, username, discriminator: "0", global_name: username, avatar: null, bot: false });
    this.memberRoles.set(id, roles);
  }

  /** Makes matching REST calls fail (the fault returns null to let a call through). */
  fail(match: RegExp, fault: Fault): void {
    this.faults.push({ match, fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Drops the gateway connection as a network fault would (no close frame). */
  dropConnection(): void {
    this.socket?.terminate();
    this.socket = null;
  }

  connected(): boolean {
    return this.socket !== null && this.socket.readyState === 1;
  }

  // ---------------------------------------------------------------- gateway

  private onConnection(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: any };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (msg.op === 2) this.onIdentify(ws, msg.d);
      else if (msg.op === 6) this.onResume(ws, msg.d);
    });
    ws.on("close", () => {
      if (this.socket === ws) this.socket = null;
    });
  }

  private onIdentify(ws: WebSocket, d: { token: string }): void {
    this.identifies++;
    if (!d.token.endsWith("discord-test-token")) {
      ws.close(4004, "Authentication failed.");
      return;
    }
    this.sessionId = randomUUID();
    this.seq = 0;
    this.sent.length = 0;
    this.dispatch("READY", {
      v: 10,
      user: {
        id: BOT_ID,
        username: "mentorbot",
        discriminator: "0",
        global_name: null,
        avatar: null,
        bot: true,
      },
      guilds: [{ id: GUILD_ID, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: this.base.replace("http", "ws"),
      shard: [0, 1],
      application: { id: APP_ID, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
    });
    this.dispatch("GUILD_CREATE", this.guild());
  }

  private onResume(ws: WebSocket, d: { session_id: string; seq: number }): void {
    if (d.session_id !== this.sessionId) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    this.resumes++;
    for (const p of this.sent.filter((x) => x.s > d.seq)) ws.send(JSON.stringify(p));
    this.dispatch("RESUMED", {});
  }

  /** Sends a dispatch event; if the connection is down it is kept and replayed on RESUME. */
  dispatch(t: string, d: Json): void {
    const payload = { op: 0, t, s: ++this.seq, d };
    this.sent.push(payload);
    if (this.socket && this.socket.readyState === 1) this.socket.send(JSON.stringify(payload));
  }

  private role(id: string, name: string, position: number): Json {
    return {
      id,
      name,
      color: 0,
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: "0",
      managed: false,
      mentionable: false,
      flags: 0,
    };
  }

  private guild(): Json {
    return {
      id: GUILD_ID,
      name: "Pre-Med Mentors",
      icon: null,
      owner_id: "900000000000000099",
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      system_channel_flags: 0,
      preferred_locale: "en-US",
      features: [],
      emojis: [],
      stickers: [],
      roles: this.roles.map((r, i) => this.role(r.id, r.name, i)),
      channels: [
        {
          id: GENERAL_CHANNEL,
          type: 0,
          name: "general",
          position: 0,
          permission_overwrites: [],
          guild_id: GUILD_ID,
        },
      ],
      threads: [],
      members: [this.botMember()],
      member_count: 2,
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      large: false,
      unavailable: false,
      joined_at: new Date().toISOString(),
    };
  }

  // ---------------------------------------------------------------- interactions

  private botMember(): Json {
    return {
      user: { id: BOT_ID, username: "mentorbot", discriminator: "0", bot: true, avatar: null },
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    };
  }

  private member(userId: string): Json {
    const user = this.users.get(userId) ?? {
      id: userId,
      username: `user${userId.slice(-4)}`,
      discriminator: "0",
      avatar: null,
    };
    return {
      user,
      roles: this.memberRoles.get(userId) ?? [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: "2248473465835073",
    };
  }

  private readonly tokenUsers = new Map<string, string>();

  private baseInteraction(type: number, userId: string, data: Json): Json {
    const token = `tok-${randomUUID()}`;
    this.tokenUsers.set(token, userId);
    return {
      id: snowflake(),
      application_id: APP_ID,
      type,
      token,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: GENERAL_CHANNEL,
      channel: { id: GENERAL_CHANNEL, type: 0, guild_id: GUILD_ID, name: "general" },
      member: this.member(userId),
      data,
      locale: "en-US",
      guild_locale: "en-US",
      app_permissions: "2248473465835073",
      entitlements: [],
      authorizing_integration_owners: { "0": GUILD_ID },
      context: 0,
    };
  }

  /** A person runs a slash command; resolves with the interaction (its id identifies the answer). */
  command(userId: string, name: string, options: Json[] = []): Json {
    const i = this.baseInteraction(2, userId, {
      id: snowflake(),
      name,
      type: 1,
      options,
      guild_id: GUILD_ID,
    });
    this.dispatch("INTERACTION_CREATE", i);
    return i;
  }

  /** A person clicks a button or picks in a select on a message the bot sent. */
  component(userId: string, messageId: string, customId: string, values?: string[]): Json {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`no message ${messageId}`);
    const data = values
      ? { custom_id: customId, component_type: 3, values }
      : { custom_id: customId, component_type: 2 };
    const i = this.track({ ...this.baseInteraction(3, userId, data), message });
    this.dispatch("INTERACTION_CREATE", i);
    return i;
  }

  /** A person submits a modal the bot showed. */
  modalSubmit(
    userId: string,
    customId: string,
    values: Record<string, string>,
    fromMessageId?: string,
  ): Json {
    const data = {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    };
    const base = this.baseInteraction(5, userId, data);
    const i = this.track(fromMessageId ? { ...base, message: this.messages.get(fromMessageId) } : base);
    this.dispatch("INTERACTION_CREATE", i);
    return i;
  }

  /** The DM channel between the bot and a user, made on first use as Discord does. */
  dmChannelFor(userId: string): string {
    let ch = this.dmChannels.get(userId);
    if (!ch) {
      ch = snowflake();
      this.dmChannels.set(userId, ch);
    }
    return ch;
  }

  answersTo(interactionId: string): Json[] {
    return this.callbacks.get(interactionId) ?? [];
  }

  originalOf(token: string): Json | undefined {
    const id = this.originals.get(token);
    return id ? this.messages.get(id) : undefined;
  }

  messagesIn(channelId: string): Json[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  dmsTo(userId: string): Json[] {
    const ch = this.dmChannels.get(userId);
    return ch ? this.messagesIn(ch) : [];
  }

  // ---------------------------------------------------------------- REST

  private newMessage(channelId: string, body: Json, extra: Json = {}): Json {
    const m = {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      author: { id: BOT_ID, username: "mentorbot", discriminator: "0", bot: true, avatar: null },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      flags: body.flags ?? 0,
      ...(body.files ? { files: body.files } : {}),
      ...extra,
    };
    this.messages.set(m.id, m);
    return m;
  }

  private editMessage(id: string, body: Json): Json | undefined {
    const m = this.messages.get(id);
    if (!m) return undefined;
    for (const k of ["content", "embeds", "components"]) if (body[k] !== undefined) m[k] = body[k];
    m.edited_timestamp = new Date().toISOString();
    return m;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", this.base);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    let body: Json | null = null;
    const type = req.headers["content-type"] ?? "";
    if (type.includes("application/json") && raw.length) body = JSON.parse(raw.toString("utf8"));
    else if (type.includes("multipart/form-data")) {
      const form = parseMultipart(raw, type);
      body = { ...JSON.parse(form.fields.payload_json ?? "{}"), files: form.files };
    }
    const call: RestCall = { method: req.method ?? "GET", path, body, at: Date.now() };
    this.calls.push(call);

    for (const f of this.faults) {
      if (!f.match.test(`${call.method} ${path}`)) continue;
      const out = f.fault(call);
      if (!out) continue;
      if ("hang" in out) return; // never answers: the client's timeout must fire
      if ("lose" in out) {
        this.route(call.method, path, body ?? {}, url.searchParams); // it happened; the answer is lost
        return;
      }
      res.writeHead(out.status, { "content-type": "application/json", ...out.headers });
      res.end(JSON.stringify(out.body ?? { message: "emulated failure", code: 0 }));
      return;
    }

    const send = (status: number, json?: unknown) => {
      // A 204 carries no content type: discord.js would otherwise try to parse an empty body.
      if (status === 204) res.writeHead(204).end();
      else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    };
    const answer = this.route(call.method, path, body ?? {}, url.searchParams);
    if (answer === undefined) send(404, { message: `Unknown route ${call.method} ${path}`, code: 0 });
    else if (answer === null) send(204);
    else if (answer instanceof Refusal) send(answer.status, { message: answer.message, code: answer.code });
    else send(200, answer);
  }

  private readonly routes: Route[] = [
    [
      "GET",
      /^\/gateway\/bot$/,
      () => ({
        url: this.base.replace("http", "ws"),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      }),
    ],
    [
      "GET",
      /^\/users\/@me$/,
      () => ({ id: BOT_ID, username: "mentorbot", discriminator: "0", bot: true, avatar: null }),
    ],
    [
      "PUT",
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      ([, app, guild], body) =>
        (body as unknown as Json[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: app,
          guild_id: guild,
          version: "1",
        })),
    ],
    [
      "POST",
      /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      ([, id, token], body) => this.interactionCallback(id as string, token as string, body),
    ],
    [
      "GET",
      /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/,
      ([, token]) => this.originalOf(token as string),
    ],
    [
      "PATCH",
      /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/,
      ([, token], body) => {
        const id = this.originals.get(token as string);
        return id ? this.editMessage(id, body) : undefined;
      },
    ],
    [
      "POST",
      /^\/webhooks\/\d+\/[^/]+$/,
      (_m, body) => this.newMessage(GENERAL_CHANNEL, body, { webhook_id: APP_ID }),
    ],
    [
      "POST",
      /^\/users\/@me\/channels$/,
      (_m, body) => {
        const recipient = String(body.recipient_id);
        const user = this.users.get(recipient) ?? {
          id: recipient,
          username: "someone",
          discriminator: "0",
          avatar: null,
        };
        return { id: this.dmChannelFor(recipient), type: 1, last_message_id: null, recipients: [user] };
      },
    ],
    [
      "GET",
      /^\/channels\/(\d+)\/messages$/,
      // Newest first, as Discord answers.
      ([, channel]) =>
        [...this.messages.values()]
          .filter((m) => m.channel_id === channel)
          .reverse()
          .slice(0, 50),
    ],
    [
      "POST",
      /^\/channels\/(\d+)\/messages$/,
      ([, channel], body) => this.newMessage(channel as string, body),
    ],
    ["GET", /^\/guilds\/\d+\/members\/(\d+)$/, ([, user]) => this.member(user as string)],
    ["GET", /^\/guilds\/\d+\/roles$/, () => this.roles.map((r, i) => this.role(r.id, r.name, i))],
    // what a client without the gateway (npm run job, the port tests) reads the server from
    ["GET", /^\/guilds\/\d+$/, () => this.guild()],
    [
      // Pages in order of user id, as Discord's does: `after` an id, at most `limit`.
      "GET",
      /^\/guilds\/\d+\/members$/,
      (_m, _b, query) => {
        const after = BigInt(query.get("after") ?? "0");
        const limit = Number(query.get("limit") ?? "1");
        return [BOT_ID, ...this.users.keys()]
          .filter((id) => BigInt(id) > after)
          .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
          .slice(0, limit)
          .map((id) => (id === BOT_ID ? this.botMember() : this.member(id)));
      },
    ],
    [
      "POST",
      /^\/guilds\/\d+\/channels$/,
      (_m, body) => {
        const ch = {
          id: snowflake(),
          type: body.type ?? 0,
          name: body.name,
          topic: body.topic ?? null,
          guild_id: GUILD_ID,
          position: this.channels.size + 1,
          permission_overwrites: body.permission_overwrites ?? [],
          parent_id: null,
          nsfw: false,
        };
        this.channels.set(ch.id, ch);
        return ch;
      },
    ],
    [
      "POST",
      /^\/channels\/(\d+)\/threads$/,
      ([, parent], body) => {
        const t = {
          id: snowflake(),
          type: body.type ?? 12,
          name: body.name,
          guild_id: GUILD_ID,
          parent_id: parent,
          owner_id: BOT_ID,
          member_count: 1,
          message_count: 0,
          total_message_sent: 0,
          flags: 0,
          thread_metadata: {
            archived: false,
            locked: false,
            invitable: body.invitable ?? true,
            auto_archive_duration: body.auto_archive_duration ?? 4320,
            archive_timestamp: new Date().toISOString(),
            create_timestamp: new Date().toISOString(),
          },
        };
        this.channels.set(t.id, t);
        this.threadMembers.set(t.id, new Set([BOT_ID]));
        return t;
      },
    ],
    [
      "GET",
      /^\/guilds\/\d+\/threads\/active$/,
      () => ({
        threads: [...this.channels.values()].filter((c) => c.thread_metadata && !c.thread_metadata.archived),
        members: [],
      }),
    ],
    [
      "PUT",
      /^\/channels\/(\d+)\/thread-members\/(\d+)$/,
      ([, t, u]) => {
        const members = this.threadMembers.get(t as string);
        if (!members) return undefined;
        members.add(u as string);
        return null;
      },
    ],
    [
      "DELETE",
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      ([, channel, id]) => {
        const m = this.messages.get(id as string);
        if (!m || m.channel_id !== channel) return new Refusal(404, 10008, "Unknown Message");
        this.messages.delete(id as string);
        return null;
      },
    ],
    ["GET", /^\/channels\/(\d+)$/, ([, id]) => this.channels.get(id as string)],
    [
      "PATCH",
      /^\/channels\/(\d+)$/,
      ([, id], body) => {
        const c = this.channels.get(id as string);
        if (!c) return undefined;
        // As Discord: an archived thread takes no change but being reopened.
        if (c.thread_metadata?.archived && body.archived !== false)
          return new Refusal(400, 50083, "Thread is archived");
        if (c.thread_metadata) {
          if (body.archived !== undefined) c.thread_metadata.archived = body.archived;
          if (body.locked !== undefined) c.thread_metadata.locked = body.locked;
        }
        if (body.name) c.name = body.name;
        return c;
      },
    ],
  ];

  private route(method: string, path: string, body: Json, query: URLSearchParams): unknown {
    for (const [verb, re, handler] of this.routes) {
      const m = verb === method ? re.exec(path) : null;
      if (m) return handler([...m], body, query);
    }
    return undefined;
  }

  private interactionCallback(id: string, token: string, body: Json): null {
    this.callbacks.set(id, [...(this.callbacks.get(id) ?? []), body]);
    const data = (body.data ?? {}) as Json;
    if (body.type === 4 || body.type === 5) {
      const msg = this.newMessage(
        GENERAL_CHANNEL,
        { ...data, content: data.content ?? "" },
        { interaction_token: token, files: body.files ?? [], to: this.tokenUsers.get(token) },
      );
      this.originals.set(token, msg.id);
    } else if (body.type === 6 || body.type === 7) {
      const source = this.interactionMessages.get(id);
      if (source) {
        if (body.type === 7) this.editMessage(source, data);
        this.originals.set(token, source);
      }
    }
    return null;
  }

  /** Remembers which message an interaction came from, so a type-7 answer edits it. */
  track(interaction: Json): Json {
    if (interaction.message?.id) this.interactionMessages.set(interaction.id, interaction.message.id);
    return interaction;
  }
}

/** An error answer from a route, as Discord gives it: an HTTP status and Discord's own code. */
class Refusal {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly message: string,
  ) {}
}
