// A small stand-in for Slack on 127.0.0.1: the Web API (form-encoded or JSON arguments), the
// response_url endpoint, and Socket Mode's WebSocket. It records every call so tests can assert
// on what a person would have seen.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { parseMultipart } from "./multipart.ts";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

type Json = Record<string, unknown>;
/** `hang` never answers; `lose` does the work and then never answers (the answer is lost on the way). */
type Handler = (
  args: Json,
) =>
  | Json
  | { status: number; body: Json; headers?: Record<string, string> }
  | { hang: true }
  | { lose: true };

function parseValue(v: string): unknown {
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export class SlackEmulator {
  readonly calls: ApiCall[] = [];
  readonly responses: { id: string; body: Json }[] = [];
  readonly views = new Map<string, Json>();
  /** files uploaded with files.uploadV2, with the channel they were shared in */
  readonly files: { channel: string; filename: string; data: Buffer }[] = [];
  private readonly uploads = new Map<string, Buffer>();
  private readonly fileNames = new Map<string, string>();
  /** channels made through the API (and any a test adds), by id */
  readonly channels = new Map<
    string,
    {
      id: string;
      name: string;
      /** who made it (the bot is UBOT) */
      creator?: string;
      is_private: boolean;
      members: Set<string>;
      archived: boolean;
      is_member: boolean;
      purpose?: string;
    }
  >();
  /** timestamps of messages deleted with chat.delete */
  readonly deleted = new Set<string>();
  /** milliseconds to wait before answering a method: a slow platform, so a test can interrupt a batch */
  readonly delays = new Map<string, number>();
  /** milliseconds to wait after a call took effect and before answering: the window in which a crash hides a success */
  readonly answerDelays = new Map<string, number>();
  /** one-shot overrides: the next call of a method gets this answer */
  private readonly faults = new Map<string, Handler[]>();
  /** calls that were answered with an error: nothing was posted */
  readonly failedCalls = new Set<ApiCall>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private sockets = new Set<WebSocket>();
  private pendingAcks = new Map<string, (payload: Json | undefined) => void>();
  private counter = 0;
  base = "";

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/socket" });
    this.wss.on("connection", (ws) => {
      this.sockets.add(ws);
      ws.on("message", (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: Json };
        if (msg.envelope_id) this.pendingAcks.get(msg.envelope_id)?.(msg.payload);
      });
      ws.on("close", () => this.sockets.delete(ws));
      ws.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          connection_info: { app_id: "A0TEST" },
          debug_info: {},
        }),
      );
    });
    await new Promise<void>((r) => this.server?.listen(0, "127.0.0.1", r));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss?.close();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    this.server?.closeAllConnections?.();
  }

  /** Every call of `method` whose arguments match answers with `answer`, until cleared. */
  readonly rules: { method: string; when: (args: Json) => boolean; answer: Handler }[] = [];

  /** Makes the next call(s) of `method` answer with `handler` instead. */
  fail(method: string, ...handlers: Handler[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...handlers]);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages posted to a channel or user id (and accepted), as plain text plus block text. */
  messagesTo(channel: string): string[] {
    return this.posted(channel).map((c) => messageText(c.args));
  }

  /** chat.postMessage calls that put a message, still there, in a channel or a user's DM */
  private posted(channel: string): ApiCall[] {
    // a DM is addressed by the user's id or by the DM's own id, D + the user's id
    const same = new Set([channel, /^D/.test(channel) ? channel.slice(1) : `D${channel}`]);
    return this.callsTo("chat.postMessage").filter(
      (c) =>
        same.has(String(c.args.channel)) && !this.failedCalls.has(c) && !this.deleted.has(String(c.args._ts)),
    );
  }

  lastView(): Json | undefined {
    const c = [...this.calls].reverse().find((x) => x.method === "views.open" || x.method === "views.update");
    return c?.args.view as Json | undefined;
  }

  responseUrl(): string {
    return `${this.base}/respond/${randomUUID()}`;
  }

  /** Sends a Socket Mode envelope to the connected app and waits for its acknowledgement. */
  async sendEnvelope(type: string, payload: Json): Promise<Json | undefined> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error("no Socket Mode connection");
    const envelope_id = randomUUID();
    const acked = new Promise<Json | undefined>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no ack within 3 s")), 3000);
      this.pendingAcks.set(envelope_id, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
    ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== "events_api" }));
    return acked;
  }

  socketCount(): number {
    return this.sockets.size;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = raw.toString("utf8");
    const url = new URL(req.url ?? "/", this.base);
    if (url.pathname.startsWith("/upload/")) {
      const type = req.headers["content-type"] ?? "";
      const data = type.includes("multipart/form-data")
        ? (parseMultipart(raw, type).files[0]?.data ?? Buffer.alloc(0))
        : raw;
      this.uploads.set(url.pathname.slice(8), data);
      res.writeHead(200, { "content-type": "text/plain" }).end("OK");
      return;
    }
    if (url.pathname.startsWith("/respond/")) {
      const wait = this.delays.get("respond");
      if (wait) await new Promise((r) => setTimeout(r, wait));
      this.responses.push({ id: url.pathname.slice(9), body: JSON.parse(body || "{}") });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (!url.pathname.startsWith("/api/")) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice(5);
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    let args: Json = {};
    if ((req.headers["content-type"] ?? "").includes("application/json")) args = body ? JSON.parse(body) : {};
    else for (const [k, v] of new URLSearchParams(body)) args[k] = parseValue(v);
    this.calls.push({ method, args, at: Date.now() });

    const fault =
      this.faults.get(method)?.shift() ?? this.rules.find((r) => r.method === method && r.when(args))?.answer;
    const answer = fault ? fault(args) : this.answer(method, args);
    if (fault && (("ok" in answer && answer.ok === false) || "status" in answer))
      this.failedCalls.add(this.calls.at(-1) as ApiCall);
    if ("hang" in answer) return; // never answers: the client's timeout must fire
    if ("lose" in answer) {
      this.answer(method, args);
      return;
    }
    const late = this.answerDelays.get(method);
    if (late) await new Promise((r) => setTimeout(r, late));
    if ("status" in answer && typeof answer.status === "number" && "body" in answer) {
      res.writeHead(answer.status, {
        "content-type": "application/json",
        ...(answer.headers as Record<string, string>),
      });
      res.end(JSON.stringify(answer.body));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  }

  private answer(method: string, args: Json): Json {
    const id = () => `${++this.counter}`;
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          user_id: "UBOT",
          bot_id: "BBOT",
          team_id: "T0TEST",
          user: "mentorbot",
          team: "Test",
        };
      case "apps.connections.open":
        return { ok: true, url: `${this.base.replace("http", "ws")}/socket` };
      case "views.open":
      case "views.push": {
        const view_id = `V${id()}`;
        const view = { ...(args.view as Json), id: view_id, hash: `h${id()}` };
        this.views.set(view_id, view);
        return { ok: true, view };
      }
      case "views.update": {
        const view_id = String(args.view_id);
        if (!this.views.has(view_id)) return { ok: false, error: "not_found" };
        const view = { ...(args.view as Json), id: view_id, hash: `h${id()}` };
        this.views.set(view_id, view);
        return { ok: true, view };
      }
      case "conversations.create": {
        const name = String(args.name);
        if ([...this.channels.values()].some((c) => c.name === name))
          return { ok: false, error: "name_taken" };
        const channel = {
          id: `G${id()}`,
          name,
          is_private: args.is_private === true || args.is_private === "true",
          members: new Set(["UBOT"]),
          archived: false,
          is_member: true,
          creator: "UBOT",
        };
        this.channels.set(channel.id, channel);
        return { ok: true, channel: { id: channel.id, name, is_private: channel.is_private } };
      }
      case "conversations.invite": {
        const c = this.channels.get(String(args.channel));
        if (!c) return { ok: false, error: "channel_not_found" };
        const users = String(args.users).split(",");
        if (users.every((u) => c.members.has(u))) return { ok: false, error: "already_in_channel" };
        for (const u of users) c.members.add(u);
        return { ok: true, channel: { id: c.id } };
      }
      case "conversations.archive": {
        const c = this.channels.get(String(args.channel));
        if (!c) return { ok: false, error: "channel_not_found" };
        if (c.archived) return { ok: false, error: "already_archived" };
        c.archived = true;
        return { ok: true };
      }
      case "conversations.list":
        return {
          ok: true,
          channels: [...this.channels.values()]
            .filter((c) => !c.archived)
            .map((c) => ({
              id: c.id,
              name: c.name,
              is_private: c.is_private,
              is_member: c.is_member,
              creator: c.creator ?? "UBOT",
            })),
          response_metadata: { next_cursor: "" },
        };
      case "files.getUploadURLExternal": {
        const file_id = `F${id()}`;
        this.fileNames.set(file_id, String(args.filename));
        return { ok: true, upload_url: `${this.base}/upload/${file_id}`, file_id };
      }
      case "files.completeUploadExternal": {
        const files = (args.files as { id: string; title?: string }[]) ?? [];
        for (const f of files)
          this.files.push({
            channel: String(args.channel_id),
            filename: this.fileNames.get(f.id) ?? "",
            data: this.uploads.get(f.id) ?? Buffer.alloc(0),
          });
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case "views.publish":
        return { ok: true, view: { ...(args.view as Json), id: `V${id()}` } };
      case "chat.postMessage": {
        // Posting to a user id lands in the bot's DM with them, whose id Slack answers with.
        const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, "0")}`;
        args._ts = ts;
        const channel = String(args.channel);
        return {
          ok: true,
          channel: /^U/.test(channel) ? `D${channel}` : channel,
          ts,
          message: { text: args.text },
        };
      }
      case "chat.delete": {
        const ts = String(args.ts);
        const hit = this.posted(String(args.channel)).find((c) => c.args._ts === ts);
        if (!hit) return { ok: false, error: "message_not_found" };
        this.deleted.add(ts);
        return { ok: true, channel: args.channel, ts };
      }
      case "conversations.rename":
      case "conversations.setPurpose": {
        const c = this.channels.get(String(args.channel));
        if (!c) return { ok: false, error: "channel_not_found" };
        if (c.archived) return { ok: false, error: "is_archived" };
        if (method === "conversations.rename") c.name = String(args.name);
        else c.purpose = String(args.purpose);
        return { ok: true, channel: { id: c.id, name: c.name } };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case "conversations.history": {
        // a DM channel D<user> holds what was posted to the user id
        const messages = this.posted(String(args.channel))
          .map((c) => ({
            type: "message",
            bot_id: "BBOT",
            text: String(c.args.text ?? ""),
            ts: String(c.args._ts),
          }))
          .reverse();
        return { ok: true, messages: messages.slice(0, Number(args.limit ?? 100)), has_more: false };
      }
      default:
        return { ok: true };
    }
  }
}

export function messageText(args: Json): string {
  const blocks =
    (args.blocks as { text?: { text?: string }; elements?: { text?: { text?: string } }[] }[]) ?? [];
  const parts = blocks.flatMap((b) => [
    b.text?.text ?? "",
    ...(b.elements ?? []).map((e) => e.text?.text ?? ""),
  ]);
  return [String(args.text ?? ""), ...parts].join("\n");
}
