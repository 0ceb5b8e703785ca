// The coordinators' dashboard over HTTP (Hono): sign-in by a single-use link, then server-rendered
// pages from the same report service the chat uses. Every page is checked against the session and
// the person's coordinator rights at that moment; every request is logged with who made it, never
// with what it showed.
import { readFile } from "node:fs/promises";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import type { DashboardHolder, DashboardRefusal, DashboardService } from "../app/dashboard.ts";
import { SESSION_HOURS } from "../app/dashboard.ts";
import type { ReportService } from "../app/report.ts";
import { UserError } from "../domain/errors.ts";
import { reportCsv } from "../domain/report/csv.ts";
import type { Month } from "../domain/time.ts";
import type { Logger } from "../log.ts";
import { projectPath } from "../paths.ts";
import { notice, page } from "./html.ts";
import { overviewPage, type PairFilter, pairPage, pairsPage, queuePage, summaryPage } from "./pages.ts";

export interface DashboardDeps {
  access: DashboardService;
  reports: ReportService;
  log: Logger;
  zone: string;
  /** the dashboard's public origin (DASHBOARD_URL's), accepted for forms besides the request's own */
  publicOrigin: string | null;
  /** the dashboard is served over HTTPS (its public URL says so): the cookie is then Secure */
  secure: boolean;
  /** the caller's address, for the sign-in rate limit */
  addressOf(req: Request, env: unknown): string;
}

const COOKIE = "dashboard_session";

const REFUSALS: Record<
  DashboardRefusal,
  { status: 401 | 403 | 410 | 404 | 429; title: string; text: string }
> = {
  used: {
    status: 410,
    title: "This link was already used",
    text: "Each sign-in link works once. Ask for a new one in the chat with /pairings dashboard.",
  },
  expired: {
    status: 410,
    title: "This link has expired",
    text: "Sign-in links last 10 minutes. Ask for a new one in the chat with /pairings dashboard.",
  },
  unknown: {
    status: 404,
    title: "This link doesn't work",
    text: "It isn't a sign-in link of this bot, or it was copied only in part. Ask for a new one in the chat with /pairings dashboard.",
  },
  not_coordinator: {
    status: 403,
    title: "Only coordinators can use the dashboard",
    text: "This sign-in belongs to someone who is not a coordinator now, so nothing is shown. If you should have access, ask a coordinator to add you.",
  },
  too_many: {
    status: 429,
    title: "Too many sign-in attempts",
    text: "Too many links were tried from here. Wait ten minutes, then open your link again.",
  },
  signed_out: {
    status: 401,
    title: "You're signed out",
    text: "Ask for a sign-in link in the chat with /pairings dashboard: it comes in a direct message.",
  },
};

const filterSchema = z.object({
  q: z.string().catch(""),
  standing: z
    .enum(["", "needs_care", "behind", "no_hours", "in_progress", "late_start", "paused", "on_track"])
    .catch(""),
  stage: z.string().max(30).catch(""),
  region: z.string().max(30).catch(""),
  sort: z.enum(["need", "name", "hours", "last"]).catch("need"),
});

const ASSETS: Record<string, { file: () => string; type: string }> = {
  "dashboard.js": {
    file: () => projectPath("src/web/assets/dashboard.js"),
    type: "text/javascript",
  },
  "dashboard.css": { file: () => projectPath("src/web/assets/dashboard.css"), type: "text/css" },
  "chart.umd.min.js": {
    file: () => projectPath("node_modules/chart.js/dist/chart.umd.min.js"),
    type: "text/javascript",
  },
};

type Env = { Variables: { holder: DashboardHolder; session: string } };

export function dashboardApp(deps: DashboardDeps): Hono<Env> {
  const app = new Hono<Env>();
  // in this order: headers, CSRF and the log first; then sign-in; then the signed-in pages
  guard(app, deps);
  signIn(app, deps);
  pages(app, deps);
  app.notFound((c) => c.html(notice("Not found", "There is no such page in the dashboard."), 404));
  app.onError((err, c) => {
    // A form from another site (the CSRF check's refusal) is said plainly, not logged as a bug.
    if (err instanceof HTTPException && err.status === 403)
      return c.html(
        notice("That form came from another site", "Nothing was changed. Use the dashboard's own pages."),
        403,
      );
    deps.log.error("dashboard error", { path: c.req.path, err });
    return c.html(notice("Something went wrong", "The error was logged. Try again in a moment."), 500);
  });
  return app;
}

/** Security headers, the CSRF check, the request log and the static assets. */
function guard(app: Hono<Env>, deps: DashboardDeps): void {
  const assetCache = new Map<string, string>();
  app.use(
    "/dashboard/*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      crossOriginResourcePolicy: "same-origin",
    }),
  );
  // A form posted from another site is refused before anything runs (the Origin must be ours).
  app.use(
    "/dashboard/*",
    csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin || origin === deps.publicOrigin }),
  );
  app.use("/dashboard/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    const holder = c.get("holder");
    deps.log.info("dashboard request", {
      coordinator: holder ? `${holder.platform}:${holder.userId}` : null,
      method: c.req.method,
      // the path only: a search's words stay out of the log
      path: c.req.path.replace(/\/signin\/[^/]+$/, "/signin/…"),
      status: c.res.status,
    });
  });

  app.get("/dashboard/assets/:name", async (c) => {
    const asset = ASSETS[c.req.param("name")];
    if (!asset) return c.notFound();
    const name = c.req.param("name");
    let body = assetCache.get(name);
    if (body === undefined) {
      body = await readFile(asset.file(), "utf8");
      assetCache.set(name, body);
    }
    c.header("Content-Type", `${asset.type}; charset=utf-8`);
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(body);
  });
}

/** The link's page, its redemption, the session check every other page passes, and signing out. */
function signIn(app: Hono<Env>, deps: DashboardDeps): void {
  const refused = (reason: DashboardRefusal) => {
    const r = REFUSALS[reason];
    return { body: notice(r.title, r.text), status: r.status };
  };

  // Opening the link shows a page that signs in at once (its script submits the form; without
  // scripts, one button). A GET never uses the link: chat apps fetch links to preview them.
  app.get("/dashboard/signin/:token", (c) =>
    c.html(
      page(
        { title: "Sign in" },
        html`<h1>Sign in to the dashboard</h1>
          <form method="post" action="/dashboard/signin" data-autosubmit>
            <input type="hidden" name="token" value="${c.req.param("token")}" />
            <p>Signing you in… If nothing happens, press the button.</p>
            <button type="submit">Sign in</button>
          </form>`,
      ),
    ),
  );

  app.post("/dashboard/signin", async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.token === "string" ? form.token : "";
    const r = await deps.access.redeem(token, deps.addressOf(c.req.raw, c.env));
    if (!r.ok) {
      const { body, status } = refused(r.reason);
      return c.html(body, status);
    }
    c.set("holder", r.holder);
    setCookie(c, COOKIE, r.session, {
      httpOnly: true,
      secure: deps.secure,
      sameSite: "Strict",
      path: "/dashboard",
      maxAge: SESSION_HOURS * 3600,
    });
    return c.redirect("/dashboard", 303);
  });

  // Everything else needs a session of someone who is a coordinator now.
  app.use("/dashboard/*", async (c, next) => {
    const session = getCookie(c, COOKIE);
    const r = await deps.access.holderOf(session);
    if (!r.ok) {
      if (session) deleteCookie(c, COOKIE, { path: "/dashboard" });
      const { body, status } = refused(r.reason);
      return c.html(body, status);
    }
    c.set("holder", r.holder);
    c.set("session", session as string);
    await next();
  });

  app.post("/dashboard/signout", async (c) => {
    const form = await c.req.parseBody();
    const session = c.get("session");
    if (!deps.access.csrfMatches(session, typeof form.csrf === "string" ? form.csrf : undefined))
      return c.html(notice("That form has expired", "Reload the page and press Sign out again."), 403);
    await deps.access.signOut(session);
    deleteCookie(c, COOKIE, { path: "/dashboard" });
    return c.html(notice("Signed out", "You're signed out of the dashboard on this browser."));
  });
}

/** The signed-in pages, each built from the month's report. */
function pages(app: Hono<Env>, deps: DashboardDeps): void {
  const signed = (c: { get(k: "session"): string }) => ({
    csrf: deps.access.csrfOf(c.get("session")),
    thisMonth: deps.reports.parseMonth(undefined),
    zone: deps.zone,
  });
  /** The page's month, or what is wrong with it (a month not yet begun, a month not understood). */
  const monthOf = (text: string | undefined): Month | { problem: string } => {
    try {
      return deps.reports.parseMonth(text);
    } catch (err) {
      if (err instanceof UserError) return { problem: err.message };
      throw err;
    }
  };
  const badMonth = (m: { problem: string }) =>
    notice("That month can't be shown", m.problem, {
      href: "/dashboard",
      label: "Back to this month's overview",
    });

  /** A page for the month asked (this month by default); a month it can't show gets a plain page. */
  const withMonth =
    (page: (c: Context<Env>, month: Month) => Promise<Response>) =>
    (c: Context<Env>): Promise<Response> | Response => {
      const month = monthOf(c.req.query("month"));
      return typeof month === "string" ? page(c, month) : c.html(badMonth(month), 400);
    };

  app.get(
    "/dashboard",
    withMonth(async (c, month) => {
      return c.html(overviewPage(await deps.reports.build(month), signed(c)));
    }),
  );

  app.get(
    "/dashboard/pairs",
    withMonth(async (c, month) => {
      const asked = filterSchema.parse(c.req.query());
      // a name is at most 100 characters: a longer search is cut, and the page says so
      const filter: PairFilter = {
        ...asked,
        q: asked.q.slice(0, 100),
        ...(asked.q.length > 100 ? { note: "Only the first 100 characters of the name were searched." } : {}),
      };
      return c.html(pairsPage(await deps.reports.build(month), filter, signed(c)));
    }),
  );

  app.get(
    "/dashboard/pairs/:id",
    withMonth(async (c, month) => {
      const id = c.req.param("id") ?? "";
      const found = /^[\w-]{1,64}$/.test(id) ? await deps.reports.pair(id, month) : null;
      if (!found)
        return c.html(
          notice(
            "No such pair this month",
            "The pair may have ended before this month. Go back to the pairs list.",
          ),
          404,
        );
      return c.html(pairPage(found.report, found.row, found.activity, signed(c)));
    }),
  );

  app.get(
    "/dashboard/queue",
    withMonth(async (c, month) => {
      return c.html(queuePage(await deps.reports.build(month), signed(c)));
    }),
  );

  app.get(
    "/dashboard/summary",
    withMonth(async (c, month) => {
      return c.html(summaryPage(await deps.reports.build(month), signed(c)));
    }),
  );

  app.get(
    "/dashboard/summary.pdf",
    withMonth(async (c, month) => {
      const report = await deps.reports.build(month);
      // pdfkit and the chart's native canvas load the first time a PDF is asked for
      const { summaryPdf } = await import("../report/summary-pdf.ts");
      const pdf = await summaryPdf(report);
      const holder = c.get("holder");
      deps.log.info("dashboard export", {
        coordinator: `${holder.platform}:${holder.userId}`,
        month,
        kind: "summary pdf",
      });
      c.header("Content-Type", "application/pdf");
      c.header("Content-Disposition", `attachment; filename="season-summary-${month}.pdf"`);
      return c.body(new Uint8Array(pdf));
    }),
  );

  app.get(
    "/dashboard/report.csv",
    withMonth(async (c, month) => {
      const report = await deps.reports.build(month);
      const holder = c.get("holder");
      deps.log.info("dashboard export", {
        coordinator: `${holder.platform}:${holder.userId}`,
        month,
        rows: report.rows.length,
      });
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="pairs-report-${month}.csv"`);
      return c.body(new Uint8Array(reportCsv(report)));
    }),
  );
}
