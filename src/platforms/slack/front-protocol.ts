// The messages between the Slack front's thread (front-worker.ts) and the main thread
// (front-receiver.ts), typed once so both sides are checked against the same shapes.

/** what the front thread starts with */
export interface FrontSetup {
  port: number;
  signingSecret: string;
  bodyLimit: number;
  path: string;
  waitMs: number;
}

/** from the front thread to the main thread */
export type FromFront =
  | { type: "listening"; port: number }
  | { type: "health"; id: number; path: string }
  | {
      type: "web";
      id: number;
      method: string;
      url: string;
      headers: [string, string][];
      body: Uint8Array;
      address: string;
    }
  | { type: "acked"; seconds: number }
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

/** from the main thread to the front thread */
export type ToFront =
  | { type: "web-on" }
  /** headers as a flat list of names and values, so Set-Cookie may come more than once */
  | { type: "web-answer"; id: number; status: number; headers: string[]; body: Uint8Array }
  | { type: "health-answer"; id: number; status: number; contentType: string; body: string }
  | { type: "ack"; id: number; body: unknown }
  | { type: "close" };
