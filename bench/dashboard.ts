// The dashboard's pages over 600 pairs, served as the bot serves them (the same handler on a local
// port) and timed from the request to the last byte: target < 300 ms each.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildServices } from "../src/app/build.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { parseAgreement } from "../src/domain/agreement.ts";
import { silentLogger } from "../src/log.ts";
import { dashboardHandler } from "../src/web/server.ts";
import { seedProgram } from "./seed.ts";

export const DASHBOARD_PAIRS = 600;

export async function dashboardPageTimes(databaseUrl: string): Promise<{ page: string; medianMs: number }[]> {
  const db = await openDatabase(databaseUrl, silentLogger);
  const agreement = parseAgreement("v1.md", readFileSync("content/agreement/v1.md", "utf8"));
  await seedProgram(db.prisma, DASHBOARD_PAIRS, DASHBOARD_PAIRS * 20, agreement.sha256);
  const clock = { now: () => new Date("2026-11-28T20:00:00Z") };
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
  const services = buildServices(config, db, clock, silentLogger);
  const handle = dashboardHandler({
    access: services.dashboard,
    reports: services.reports,
    log: silentLogger,
    zone: config.PROGRAM_TIMEZONE,
    publicUrl: undefined,
  });
  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    services.dashboard.publish(base);
    const link = await services.dashboard.link({ platform: "console", userId: "coordinator" });
    const signin = await fetch(`${base}/dashboard/signin`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: base, "content-type": "application/x-www-form-urlencoded" },
      body: `token=${link.split("/").pop()}`,
    });
    const cookie = (signin.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const pair = (await db.prisma.pairing.findFirstOrThrow()).id;
    const pages = [
      "/dashboard?month=2026-11",
      "/dashboard/pairs?month=2026-11",
      "/dashboard/pairs?month=2026-11&standing=needs_care&sort=hours",
      `/dashboard/pairs/${pair}?month=2026-11`,
      "/dashboard/queue?month=2026-11",
      "/dashboard/summary?month=2026-11",
      "/dashboard/report.csv?month=2026-11",
    ];
    const out: { page: string; medianMs: number }[] = [];
    for (const page of pages) {
      const times: number[] = [];
      for (let i = 0; i < 11; i++) {
        const t = performance.now();
        const res = await fetch(`${base}${page}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
        if (i > 0) times.push(performance.now() - t); // the first warms the caches
      }
      times.sort((a, b) => a - b);
      out.push({ page, medianMs: times[Math.floor(times.length / 2)] as number });
    }
    return out;
  } finally {
    server.close();
    services.close();
    await db.close();
  }
}
