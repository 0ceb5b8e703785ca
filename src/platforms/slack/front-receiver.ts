// A Bolt receiver whose HTTP server runs on a worker thread (front-worker.ts): Slack gets its
// acknowledgement within milliseconds even while this thread is busy with a burst of commands, and
// Bolt, the database and the Web API stay here. Measured by `npm run bench` (docs/performance.md).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import type { App, Receiver } from "@slack/bolt";
import type { Logger } from "../../log.ts";
import { projectPath } from "../../paths.ts";
import type { FromFront, FrontSetup, ToFront } from "./front-protocol.ts";

export interface FrontOptions {
  signingSecret: string;
  bodyLimit: number;
  path: string;
  log: Logger;
  /** how long a modal submission may wait for its answer (Slack gives up after 3 s) */
  waitMs?: number;
}

/**
 * The front's thread: the compiled dist/front-worker.js when this code is compiled (`npm start`),
 * else the TypeScript source through tsx (tests, `tsx src/main.ts`), so both run the same code.
 */
function frontWorker(setup: FrontSetup, options: WorkerOptions): Worker {
  const compiled = !fileURLToPath(import.meta.url).endsWith(".ts");
  if (compiled) return new Worker(projectPath("dist", "front-worker.js"), { ...options, workerData: setup });
  const source = pathToFileURL(projectPath("src", "platforms", "slack", "front-worker.ts")).href;
  const tsx = pathToFileURL(tsxEsmApi()).href;
  const start = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(start, { ...options, eval: true, workerData: setup });
}

/** tsx's ESM register(), found from here rather than from wherever the process was started */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return join(
    dirname(manifest),
    (pkg.exports["./esm/api"] as { import: { default: string } }).import.default,
  );
}

const send = (worker: Worker, m: ToFront) => worker.postMessage(m);

export class FrontReceiver implements Receiver {
  private app: App | null = null;
  private worker: Worker | null = null;
  private closed: Promise<void> | null = null;
  private stopping = false;
  private boundPort = 0;
  private listening = false;
  /** times the front thread died and was started again */
  restarts = 0;
  /** answers /readyz and /metrics on Slack's port (set by the bot) */
  health: ((path: string) => Promise<{ status: number; contentType: string; body: string } | null>) | null =
    null;
  /** serves the dashboard's pages on Slack's port (set by the bot when the dashboard has no port of its own) */
  private web: ((request: Request, address: string) => Promise<Response>) | null = null;
  /** each acknowledgement's latency, as the front measured it */
  onAck: ((seconds: number) => void) | null = null;
  onRestart: (() => void) | null = null;

  constructor(private readonly opts: FrontOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** From now on /dashboard/… on this port is answered by `fetch` (the dashboard's own handler). */
  serveWeb(fetch: (request: Request, address: string) => Promise<Response>): void {
    this.web = fetch;
    if (this.worker) send(this.worker, { type: "web-on" });
  }

  private async answerWeb(worker: Worker, m: Extract<FromFront, { type: "web" }>): Promise<void> {
    let status = 404;
    let headers: [string, string][] = [];
    let body = new Uint8Array();
    try {
      if (this.web) {
        const hasBody = m.method !== "GET" && m.method !== "HEAD";
        // the Host header gives the request its origin, which the dashboard's CSRF check compares
        const host = m.headers.find(([k]) => k === "host")?.[1] ?? "localhost";
        const url = URL.canParse(m.url, `http://${host}`) ? new URL(m.url, `http://${host}`) : null;
        if (!url) return void send(worker, { type: "web-answer", id: m.id, status: 400, headers: [], body });
        const res = await this.web(
          new Request(url, {
            method: m.method,
            headers: m.headers,
            ...(hasBody ? { body: m.body } : {}),
          }),
          m.address,
        );
        status = res.status;
        // Set-Cookie may come more than once; every other header once
        headers = [
          ...[...res.headers].filter(([k]) => k !== "set-cookie"),
          ...res.headers.getSetCookie().map((c): [string, string] => ["set-cookie", c]),
        ];
        body = new Uint8Array(await res.arrayBuffer());
      }
    } catch (err) {
      this.opts.log.error("dashboard request failed", { err });
      status = 500;
    }
    send(worker, { type: "web-answer", id: m.id, status, headers: headers.flat(), body });
  }

  /** Whether the front thread is up and serving (for /readyz). */
  alive(): boolean {
    return this.worker !== null && this.listening && !this.stopping;
  }

  /** Resolves with something that has `address()`, as Bolt's own HTTP receiver does. */
  async start(port: number): Promise<{ address(): { port: number } }> {
    this.boundPort = await this.spawn(port);
    return { address: () => ({ port: this.boundPort }) };
  }

  private spawn(port: number): Promise<number> {
    const worker = frontWorker(
      {
        port,
        signingSecret: this.opts.signingSecret,
        bodyLimit: this.opts.bodyLimit,
        path: this.opts.path,
        waitMs: this.opts.waitMs ?? 2800,
      },
      // It only parses and checks requests: a small heap keeps the idle bot's memory down.
      { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } },
    );
    this.worker = worker;
    this.listening = false;
    let onClosed: () => void = () => {};
    this.closed = new Promise<void>((r) => {
      onClosed = r;
    });
    return new Promise((resolve, reject) => {
      let listening = false;
      worker.on("error", (err) => {
        this.opts.log.error("slack front failed", { err });
        if (!listening) reject(err);
      });
      worker.on("exit", (code) => {
        onClosed();
        if (this.stopping || this.worker !== worker) return;
        // It should never die; if it does, Slack must not meet a closed port: start it again at once.
        this.worker = null;
        this.restarts++;
        this.onRestart?.();
        this.opts.log.error("slack front stopped; starting it again", { code, restarts: this.restarts });
        this.spawn(this.boundPort).catch((err: unknown) => {
          this.opts.log.error(
            "slack front could not be started again; exiting so a supervisor restarts the bot",
            { err },
          );
          process.exitCode = 1;
          process.kill(process.pid, "SIGTERM");
        });
      });
      worker.on("message", (m: FromFront) => {
        if (m.type === "listening") {
          listening = true;
          this.listening = true;
          // a front started again after a crash serves the dashboard too
          if (this.web) send(worker, { type: "web-on" });
          resolve(m.port);
        } else if (m.type === "error") {
          if (!listening) reject(Object.assign(new Error(m.message), { code: m.code }));
        } else if (m.type === "closed") onClosed();
        else if (m.type === "health") void this.answerHealth(worker, m.id, m.path);
        else if (m.type === "web") void this.answerWeb(worker, m);
        else if (m.type === "acked") this.onAck?.(m.seconds);
        else if (m.type === "refused")
          this.opts.log.warn("slack request refused", { status: m.status, reason: m.reason });
        else this.dispatch(worker, m);
      });
    });
  }

  private async answerHealth(worker: Worker, id: number, path: string): Promise<void> {
    const a = (await this.health?.(path).catch(() => null)) ?? {
      status: 404,
      contentType: "text/plain",
      body: "",
    };
    send(worker, { type: "health-answer", id, ...a });
  }

  private dispatch(worker: Worker, m: Extract<FromFront, { type: "request" }>): void {
    let acked = false;
    const ack = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      if (m.wait) send(worker, { type: "ack", id: m.id, body: response ?? "" });
    };
    void this.app
      ?.processEvent({
        body: m.body,
        ack,
        ...(m.retryNum !== undefined ? { retryNum: m.retryNum } : {}),
        ...(m.retryReason !== undefined ? { retryReason: m.retryReason } : {}),
      })
      .catch((err: unknown) => {
        this.opts.log.error("slack event failed", { err });
        void ack();
      });
  }

  /** Stops taking requests: those arriving now get 503; the thread ends once its server closed. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.stopping = true;
    if (!worker) return;
    this.worker = null;
    send(worker, { type: "close" });
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, 3000))]);
    await worker.terminate();
  }

  /** For tests: ends the front thread as a crash would. */
  async crashForTest(): Promise<void> {
    await this.worker?.terminate();
  }
}
