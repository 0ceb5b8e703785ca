// A Bolt receiver whose HTTP server runs on a worker thread (front-worker.mjs): Slack gets its
// acknowledgement within milliseconds even while this thread is busy with a burst of commands, and
// Bolt, the database and the Web API stay here. Measured by `npm run bench` (README).
import { Worker } from "node:worker_threads";
import type { App, Receiver } from "@slack/bolt";
import type { Logger } from "../../log.ts";

export interface FrontOptions {
  signingSecret: string;
  bodyLimit: number;
  path: string;
  log: Logger;
  /** how long a modal submission may wait for its answer (Slack gives up after 3 s) */
  waitMs?: number;
}

type FromFront =
  | { type: "listening"; port: number }
  | { type: "error"; message: string; code?: string }
  | { type: "closed" }
  | { type: "refused"; status: number; reason: string }
  | {
      type: "request";
      id: number;
      body: Record<string, unknown>;
      wait: boolean;
      retryNum?: number;
      retryReason?: string;
    };

export class FrontReceiver implements Receiver {
  private app: App | null = null;
  private worker: Worker | null = null;
  private closed: Promise<void> | null = null;

  constructor(private readonly opts: FrontOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** Resolves with something that has `address()`, as Bolt's own HTTP receiver does. */
  start(port: number): Promise<{ address(): { port: number } }> {
    const worker = new Worker(new URL("./front-worker.mjs", import.meta.url), {
      workerData: {
        port,
        signingSecret: this.opts.signingSecret,
        bodyLimit: this.opts.bodyLimit,
        path: this.opts.path,
        waitMs: this.opts.waitMs ?? 2800,
      },
      // It only parses and checks requests: a small heap keeps the idle bot's memory down.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
    this.worker = worker;
    let onClosed: () => void = () => {};
    this.closed = new Promise<void>((r) => {
      onClosed = r;
    });
    return new Promise((resolve, reject) => {
      worker.on("error", (err) => {
        this.opts.log.error("slack front failed", { err });
        reject(err);
      });
      worker.on("exit", () => onClosed());
      worker.on("message", (m: FromFront) => {
        if (m.type === "listening") resolve({ address: () => ({ port: m.port }) });
        else if (m.type === "error") reject(Object.assign(new Error(m.message), { code: m.code }));
        else if (m.type === "closed") onClosed();
        else if (m.type === "refused")
          this.opts.log.warn("slack request refused", { status: m.status, reason: m.reason });
        else this.dispatch(m);
      });
    });
  }

  private dispatch(m: Extract<FromFront, { type: "request" }>): void {
    const worker = this.worker;
    let acked = false;
    const ack = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      if (m.wait) worker?.postMessage({ type: "ack", id: m.id, body: response ?? "" });
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
    if (!worker) return;
    this.worker = null;
    worker.postMessage({ type: "close" });
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, 3000))]);
    await worker.terminate();
  }
}
