// /healthz (the process answers), /readyz (it can do its work) and /metrics (Prometheus), on
// HEALTH_PORT; in Slack's HTTP mode the same paths are also answered on Slack's port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log.ts";
import { type Check, readiness } from "./checks.ts";
import type { Metrics } from "./metrics.ts";

export interface HealthAnswer {
  status: number;
  contentType: string;
  body: string;
}

export async function healthAnswer(
  path: string,
  checks: Check[],
  metrics: Metrics,
): Promise<HealthAnswer | null> {
  if (path === "/healthz") return { status: 200, contentType: "text/plain", body: "ok\n" };
  if (path === "/readyz") {
    const r = await readiness(checks);
    return { status: r.ok ? 200 : 503, contentType: "application/json", body: `${JSON.stringify(r)}\n` };
  }
  if (path === "/metrics") {
    const m = await metrics.render();
    return { status: 200, contentType: m.contentType, body: m.body };
  }
  return null;
}

export async function startHealthServer(
  port: number,
  checks: Check[],
  metrics: Metrics,
  log: Logger,
  /** answers the paths it claims (the dashboard's) before the health paths are looked at */
  other?: { claims(path: string): boolean; handle(req: IncomingMessage, res: ServerResponse): void },
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (other?.claims(path)) return other.handle(req, res);
    if (req.method !== "GET") return void res.writeHead(405).end();
    healthAnswer(path, checks, metrics)
      .then((a) =>
        a ? res.writeHead(a.status, { "content-type": a.contentType }).end(a.body) : res.writeHead(404).end(),
      )
      .catch(() => res.writeHead(500).end());
  });
  server.on("clientError", (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "0.0.0.0", () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  log.info("health listening", {
    port: bound,
    paths: ["/healthz", "/readyz", "/metrics", ...(other ? ["/dashboard"] : [])],
  });
  return {
    port: bound,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
