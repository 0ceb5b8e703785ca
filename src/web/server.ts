// Serves the dashboard: on its own DASHBOARD_PORT, or beside /healthz on HEALTH_PORT (the same
// request handler either way).
import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { DashboardService } from "../app/dashboard.ts";
import type { ReportService } from "../app/report.ts";
import type { Logger } from "../log.ts";
import { dashboardApp } from "./app.ts";

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface DashboardSetup {
  access: DashboardService;
  reports: ReportService;
  log: Logger;
  zone: string;
  /** DASHBOARD_URL, when the dashboard is reached through a proxy or a domain of its own */
  publicUrl: string | undefined;
}

/** The dashboard as a fetch function: a request and the caller's address in, a response out. */
export function dashboardFetch(
  setup: DashboardSetup,
): (request: Request, address: string) => Promise<Response> {
  const app = dashboardApp({
    access: setup.access,
    reports: setup.reports,
    log: setup.log,
    zone: setup.zone,
    publicOrigin: setup.publicUrl ? new URL(setup.publicUrl).origin : null,
    secure: setup.publicUrl?.startsWith("https:") ?? false,
    addressOf: (_req, env) => (env as { address?: string } | undefined)?.address ?? "unknown",
  });
  return async (request, address) => app.fetch(request, { address });
}

/** The dashboard as a node:http handler. */
export function dashboardHandler(setup: DashboardSetup): HttpHandler {
  const fetch = dashboardFetch(setup);
  // Node's own Request and Response stay as they are: the chat libraries share the process.
  const listener = getRequestListener(
    (request, env) => fetch(request, env.incoming.socket.remoteAddress ?? "unknown"),
    { overrideGlobalObjects: false },
  );
  return (req, res) => void listener(req, res);
}

/** Whether a path is the dashboard's (the health server hands those on). */
export const isDashboardPath = (path: string) => path === "/dashboard" || path.startsWith("/dashboard/");
