// The HTTP front for Slack, on its own thread: it checks each request's signature and answers Slack
// at once, whatever the main thread (database work, Prisma) is busy with, then hands the request to
// Bolt on the main thread. Only a modal submission waits for the main thread's answer, because
// that answer (errors to show, or close) is its acknowledgement. Compiled to dist/front-worker.js
// for `npm start`; started through tsx from the sources (front-receiver.ts decides).
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parse } from "node:querystring";
import { type MessagePort, parentPort as maybeParent, workerData } from "node:worker_threads";
import type { FromFront, FrontSetup, ToFront } from "./front-protocol.ts";

if (!maybeParent) throw new Error("front-worker.ts runs only as the Slack front's worker thread");
const parentPort: MessagePort = maybeParent;
const { port, signingSecret, bodyLimit, path, waitMs } = workerData as FrontSetup;
/** Slack sends a request again if it has no answer within 3 s; older signatures are replays. */
const MAX_AGE_S = 5 * 60;
const WAITS_FOR_ANSWER = new Set(["view_submission", "block_suggestion"]);

let next = 0;
let closing = false;

interface Pending {
  res: ServerResponse;
  timer: NodeJS.Timeout;
}
/** modal submissions waiting for the main thread's answer, by id */
const waiting = new Map<number, Pending>();

const tell = (m: FromFront) => parentPort.postMessage(m);

/** Keeps a response open until the main thread answers it, or `onTimeout` after `ms`. */
function hold(held: Map<number, Pending>, res: ServerResponse, ms: number, onTimeout: () => void): number {
  const id = ++next;
  const timer = setTimeout(() => {
    held.delete(id);
    onTimeout();
  }, ms);
  held.set(id, { res, timer });
  return id;
}

/** The held response the main thread answered, if it is still open. */
function release(held: Map<number, Pending>, id: number): ServerResponse | null {
  const h = held.get(id);
  if (!h) return null;
  held.delete(id);
  clearTimeout(h.timer);
  return h.res.headersSent ? null : h.res;
}

/** Reads a request body of at most `limit` bytes; past it the connection is dropped and `tooLarge` runs. */
function readBody(req: IncomingMessage, limit: number, tooLarge: () => void, done: (body: Buffer) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (c: Buffer) => {
    size += c.length;
    if (size > limit) {
      req.destroy();
      tooLarge();
    } else chunks.push(c);
  });
  req.on("error", () => undefined);
  req.on("end", () => {
    if (size <= limit) done(Buffer.concat(chunks));
  });
}

function answer(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return;
  if (body === undefined || body === "") res.writeHead(status).end();
  else if (typeof body === "string") res.writeHead(status, { "content-type": "text/plain" }).end(body);
  else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function signatureOk(req: IncomingMessage, raw: string): boolean {
  const ts = Number(req.headers["x-slack-request-timestamp"]);
  const sig = String(req.headers["x-slack-signature"] ?? "");
  if (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > MAX_AGE_S) return false;
  const want = Buffer.from(
    `v0=${createHmac("sha256", signingSecret).update(`v0:${ts}:${raw}`).digest("hex")}`,
  );
  const got = Buffer.from(sig);
  return got.length === want.length && timingSafeEqual(got, want);
}

function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if ((req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
    const form = parse(raw);
    return typeof form.payload === "string" ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(raw);
}

function refuse(res: ServerResponse, status: number, reason: string): void {
  tell({ type: "refused", status, reason });
  answer(res, status);
}

/** The path of a request target, or null when it is not one ("//[", a bare "*"). */
function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return null;
  }
}

// Nothing a request contains may end this thread: every handler answers 400 to what it cannot read.
const server = createServer((req, res) => {
  const startedAt = performance.now();
  try {
    handle(req, res, startedAt);
  } catch {
    refuse(res, 400, "unreadable request");
  }
});

const HEALTH = new Set(["/healthz", "/readyz", "/metrics"]);
const health = new Map<number, Pending>();
/** the dashboard's pages, served on this port too when the main thread says it has them */
const WEB_BODY_LIMIT = 64 * 1024;
const web = new Map<number, Pending>();
let webOn = false;

/** Hands a dashboard request to the main thread, which renders it; no signature: it has its own sign-in. */
function forwardWeb(req: IncomingMessage, res: ServerResponse): void {
  readBody(
    req,
    WEB_BODY_LIMIT,
    () => answer(res, 413),
    (body) => {
      if (res.headersSent) return;
      const id = hold(web, res, 10_000, () => answer(res, 503, "the bot did not answer in time\n"));
      const headers = Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
        Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : v === undefined ? [] : [[k, String(v)]],
      );
      tell({
        type: "web",
        id,
        method: req.method ?? "GET",
        url: req.url ?? "/",
        headers,
        body,
        address: req.socket.remoteAddress ?? "unknown",
      });
    },
  );
}

function handle(req: IncomingMessage, res: ServerResponse, startedAt: number) {
  if (closing) return answer(res, 503);
  const target = pathOf(req.url);
  if (target === null) return refuse(res, 400, "unreadable request target");
  if (req.method === "GET" && HEALTH.has(target)) {
    // this thread answering is the front being alive; readiness and metrics come from the main thread
    if (target === "/healthz") return answer(res, 200, "ok\n");
    const id = hold(health, res, 2500, () => answer(res, 503, "the bot did not answer in time\n"));
    tell({ type: "health", id, path: target });
    return;
  }
  if (webOn && (target === "/dashboard" || target.startsWith("/dashboard/"))) return forwardWeb(req, res);
  if (req.method !== "POST" || target !== path) return answer(res, 404);
  if (Number(req.headers["content-length"] ?? 0) > bodyLimit) {
    req.resume();
    return refuse(res, 413, "body too large");
  }
  readBody(
    req,
    bodyLimit,
    () => refuse(res, 413, "body too large"),
    (body) => {
      try {
        received(req, res, body.toString("utf8"), startedAt);
      } catch {
        refuse(res, 400, "unreadable request");
      }
    },
  );
}

function received(req: IncomingMessage, res: ServerResponse, raw: string, startedAt: number) {
  if ((req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
    // Slack's connectivity check carries no signature and nothing to run.
    if (parse(raw).ssl_check === "1") return answer(res, 200);
  }
  if (!signatureOk(req, raw)) return refuse(res, 401, "bad or old signature");
  let body: Record<string, unknown>;
  try {
    body = parseBody(req, raw);
  } catch {
    return refuse(res, 400, "unreadable body");
  }
  if (body.type === "url_verification") return answer(res, 200, { challenge: body.challenge });
  const retryNum = req.headers["x-slack-retry-num"];
  const retryReason = req.headers["x-slack-retry-reason"];
  const wait = WAITS_FOR_ANSWER.has(String(body.type));
  const id = wait
    ? hold(waiting, res, waitMs, () => {
        tell({ type: "refused", status: 200, reason: "no answer in time" });
        answer(res, 200);
      })
    : ++next;
  if (!wait) answer(res, 200);
  if (!wait) tell({ type: "acked", seconds: (performance.now() - startedAt) / 1000 });
  tell({
    type: "request",
    id,
    body,
    wait,
    retryNum: retryNum === undefined ? undefined : Number(retryNum),
    retryReason: retryReason === undefined ? undefined : String(retryReason),
  });
}

// A request line or headers Node's parser cannot read: 400, and the connection is closed.
server.on("clientError", (_err, socket) => {
  if (socket.writable)
    socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
  else socket.destroy();
});

parentPort.on("message", (m: ToFront) => {
  if (m.type === "web-on") webOn = true;
  else if (m.type === "web-answer")
    release(web, m.id)?.writeHead(m.status, m.headers).end(Buffer.from(m.body));
  else if (m.type === "health-answer")
    release(health, m.id)?.writeHead(m.status, { "content-type": m.contentType }).end(m.body);
  else if (m.type === "ack") {
    const res = release(waiting, m.id);
    if (res) answer(res, 200, m.body);
  } else if (m.type === "close") {
    closing = true;
    server.close(() => tell({ type: "closed" }));
    server.closeIdleConnections();
  }
});

server.listen(port, () => {
  const address = server.address();
  tell({ type: "listening", port: typeof address === "object" && address ? address.port : port });
});
server.on("error", (err: NodeJS.ErrnoException) =>
  tell({ type: "error", message: err.message, ...(err.code ? { code: err.code } : {}) }),
);
