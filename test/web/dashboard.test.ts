// The coordinators' dashboard in a real browser (Debian's Chromium, headless): sign-in by a
// single-use link, the pages a coordinator reads, filtering, a pair's page, the CSV, expiry, rights
// checked on every request, names shown as text, and the axe-core accessibility check (WCAG 2.2 AA).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/domain/report/csv.ts";
import {
  type DashboardWorld,
  EVIL_NAME,
  GUARDIAN_EMAIL,
  SHOTS,
  startDashboardWorld,
} from "./dashboard-fixture.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations of WCAG 2.0, 2.1 and 2.2 A and AA on the page as it is. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(
    `axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })`,
  )) as { violations: { id: string; nodes: unknown[] }[] };
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

describe("the coordinators' dashboard in a browser", () => {
  let w: DashboardWorld;
  beforeAll(async () => {
    w = await startDashboardWorld();
  }, 120_000);
  afterAll(async () => {
    await w?.stop();
  });

  it("a link from /pairings dashboard signs in once: the overview with the season chart, an HttpOnly SameSite=Strict cookie", async () => {
    const page = await w.signedIn();
    expect(await page.locator("h1").innerText()).toMatch(/Pairs report, November 2026/);
    expect(await page.locator(".figures").innerText()).toMatch(/Active pairs\s*24/);
    // the chart is drawn by chart.js from the same figures as the table under it
    const chartDrawn = () =>
      page.evaluate(() => {
        const g = globalThis as unknown as {
          Chart?: { getChart(c: unknown): unknown };
          document: { getElementById(id: string): unknown };
        };
        return !!g.Chart?.getChart(g.document.getElementById("season-chart"));
      });
    await expect.poll(chartDrawn, { timeout: 10_000 }).toBe(true);
    expect(await page.locator("table.season").innerText()).toMatch(/October 2026/);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({
      name: "dashboard_session",
      httpOnly: true,
      sameSite: "Strict",
      path: "/dashboard",
    });
    await page.screenshot({ path: join(SHOTS, "overview.png"), fullPage: true });
    await page.screenshot({ path: join(SHOTS, "overview-top.png") });
    await page.context().close();
  });

  it("the same link opened again, or after 10 minutes, shows a plain page saying so, and signs no one in", async () => {
    const link = await w.link();
    const first = await w.browser.newPage();
    await first.goto(link);
    await first.waitForURL(`${w.base}/dashboard`);
    const again = await w.browser.newPage();
    await again.goto(link);
    await again.waitForSelector("h1");
    expect(await again.locator("h1").innerText()).toBe("This link was already used");
    expect(await again.context().cookies()).toEqual([]);

    const late = await w.link();
    w.clock.set("2026-11-20T20:11:00Z");
    try {
      const p = await w.browser.newPage();
      await p.goto(late);
      await p.waitForSelector("h1");
      expect(await p.locator("h1").innerText()).toBe("This link has expired");
      expect(await p.context().cookies()).toEqual([]);
    } finally {
      w.clock.set("2026-11-20T20:00:00Z");
    }
  });

  it("a link preview (a GET, as Slack and Discord fetch links) does not use the link up", async () => {
    const link = await w.link();
    const preview = await fetch(link, { headers: { "user-agent": "Slackbot-LinkExpanding 1.0" } });
    expect(preview.status).toBe(200);
    expect(await preview.text()).toMatch(/Sign in to the dashboard/);
    const page = await w.browser.newPage();
    await page.goto(link);
    await page.waitForURL(`${w.base}/dashboard`);
    expect(await page.locator("h1").innerText()).toMatch(/Pairs report/);
    await page.context().close();
  });

  it("filters the pairs by standing, stage and name, and opens a pair's page without the guardian's contact", async () => {
    const page = await w.signedIn();
    await page.getByRole("link", { name: "Pairs", exact: true }).click();
    expect(await page.locator("#count").innerText()).toBe("24 of 24 pairs");
    await page.selectOption("#standing", "needs_care");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/standing=needs_care/);
    const behind = await page.locator("#count").innerText();
    expect(behind).toBe("12 of 24 pairs");
    await page.selectOption("#region", "ykdelta");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/region=ykdelta/);
    expect(await page.locator("#count").innerText()).toBe("4 of 24 pairs");
    await page.selectOption("#region", "");
    await page.selectOption("#standing", "");
    await page.selectOption("#stage", "high_school");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/stage=high_school/);
    expect(await page.locator("#count").innerText()).toBe("12 of 24 pairs");
    await page.selectOption("#stage", "");
    await page.fill("#q", "student 10");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/q=student/);
    expect(await page.locator("#count").innerText()).toBe("1 of 24 pairs");
    await page.getByRole("link", { name: /Mentor 10 ↔ Student 10/ }).click();
    expect(await page.locator("h1").innerText()).toBe("Mentor 10 ↔ Student 10");
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Entries this season \(2\)/);
    expect(text).toMatch(/Monday, October 12\s+2 hours 10 minutes\s+Mentor 10/);
    expect(text).toMatch(/November 2026\s+2\b/);

    await page.goto(`${w.base}/dashboard/pairs?month=2026-11&q=student%201`);
    await page.getByRole("link", { name: /Mentor 1 ↔ Student 1$/ }).click();
    const minor = await page.locator("main").innerText();
    expect(minor).toMatch(/Under 18\s+yes: guardian's first session not yet confirmed/);
    expect(await page.content()).not.toContain(GUARDIAN_EMAIL);
    expect(await page.content()).not.toMatch(/Pat Guardian|5550123|private note/);
    await page.screenshot({ path: join(SHOTS, "pair.png"), fullPage: true });
    await page.context().close();
  });

  it("a name is shown as text: no markup, link or mention comes from it", async () => {
    const page = await w.signedIn();
    await page.goto(`${w.base}/dashboard/pairs?month=2026-11`);
    expect(await page.locator("main").innerText()).toContain(EVIL_NAME);
    expect(await page.locator('main img, a[href*="evil.example"]').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    await page.context().close();
  });

  it("downloads the month's CSV, one row per pair, and logs the export with the coordinator's id only", async () => {
    const page = await w.signedIn();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("pairs-report-2026-11.csv");
    const rows = parseCsv(readFileSync(await download.path(), "utf8"));
    expect(rows.length).toBe(25);
    expect(rows[0]).toContain("mentor");
    const exports = w.logs.filter((l) => l.msg === "dashboard export");
    expect(exports.at(-1)?.ctx).toMatchObject({
      coordinator: "console:coordinator",
      month: "2026-11",
      rows: 24,
    });
    const requests = w.logs.filter((l) => l.msg === "dashboard request");
    expect(requests.length).toBeGreaterThan(3);
    expect(JSON.stringify(w.logs)).not.toMatch(/Student 1\b|Mentor 1\b|evil\.example/);
    await page.context().close();
  });

  it("a session of someone who stops being a coordinator ends at their next click", async () => {
    w.roleMembers.push("robin");
    const context = await w.browser.newContext();
    const page = await context.newPage();
    await page.goto(await w.link("robin"));
    await page.waitForURL(`${w.base}/dashboard`);
    w.roleMembers.splice(0);
    w.clock.set("2026-11-20T20:01:00Z"); // past the 30 seconds a role's member list is trusted
    try {
      await page.getByRole("link", { name: "Queue" }).click();
      await page.waitForSelector("h1");
      expect(await page.locator("h1").innerText()).toBe("Only coordinators can use the dashboard");
      expect(await page.locator("main").innerText()).not.toMatch(/Student/);
    } finally {
      w.clock.set("2026-11-20T20:00:00Z");
    }
    await context.close();
  });

  it("signing out ends the session; /pairings dashboard signout ends every session of that person", async () => {
    const page = await w.signedIn();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForSelector("h1");
    expect(await page.locator("h1").innerText()).toBe("Signed out");
    await page.goto(`${w.base}/dashboard`);
    expect(await page.locator("h1").innerText()).toBe("You're signed out");

    const a = await w.signedIn();
    const b = await w.signedIn();
    const unused = await w.link(); // a link not yet opened when the coordinator signs out everywhere
    const said = await w.bot.services.dashboard.signOutEverywhere({
      platform: "console",
      userId: "coordinator",
    });
    // every browser this coordinator signed in on in this file, these two among them
    expect(said.text).toMatch(
      /^Signed out of the dashboard on \d+ browsers; any sign-in link you were sent no longer works\.$/,
    );
    for (const p of [a, b]) {
      await p.reload();
      expect(await p.locator("h1").innerText()).toBe("You're signed out");
      await p.context().close();
    }
    const late = await w.browser.newPage();
    await late.goto(unused);
    await late.waitForSelector("h1");
    expect(await late.locator("h1").innerText()).toBe("This link was already used");
    await late.context().close();
    await page.context().close();
  });

  it("every page passes axe-core's WCAG 2.2 AA check, on a desktop and on a phone", async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      // axe is injected by the test, which the page's CSP rightly forbids: this context lets it in
      const page = await w.signedIn(viewport, { bypassCSP: true });
      const pair = (await page.locator("table.pairs a").first().getAttribute("href")) ?? "";
      for (const path of [
        "/dashboard",
        "/dashboard/pairs?month=2026-11",
        pair,
        "/dashboard/queue",
        "/dashboard/summary",
      ]) {
        await page.goto(`${w.base}${path}`);
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        // nothing wider than the screen but the table's own scrolling region
        const overflow = await page.evaluate(() => {
          const g = globalThis as unknown as {
            innerWidth: number;
            document: { documentElement: { scrollWidth: number } };
          };
          return g.document.documentElement.scrollWidth - g.innerWidth;
        });
        expect({ path, overflow }).toEqual({ path, overflow: 0 });
      }
      if (viewport) await page.screenshot({ path: join(SHOTS, "pairs-phone.png"), fullPage: true });
      await page.context().close();
    }
  });

  it("the funders' summary prints without the navigation, and downloads as a PDF with the chart", async () => {
    const page = await w.signedIn();
    await page.goto(`${w.base}/dashboard/summary`);
    expect(await page.locator("h1").innerText()).toMatch(/Season summary: October 2026 to November 2026/);
    expect(await page.locator("main").innerText()).toMatch(/Students served\s*24/);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.top").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("season-summary-2026-11.pdf");
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/Type \/Page\b/);
    expect(pdf.toString("latin1")).toMatch(/\/Subtype \/Image/);
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.context().close();
  });
  it("every page has a month picker up to this month; a month not yet begun is refused with a way back", async () => {
    const page = await w.signedIn();
    for (const path of ["/dashboard", "/dashboard/pairs", "/dashboard/queue", "/dashboard/summary"]) {
      await page.goto(`${w.base}${path}?month=2026-10`);
      expect({ path, max: await page.locator("#month").getAttribute("max") }).toEqual({
        path,
        max: "2026-11",
      });
      expect(await page.locator("#month").inputValue()).toBe("2026-10");
    }
    const res = await page.goto(`${w.base}/dashboard/queue?month=2027-03`);
    expect(res?.status()).toBe(400);
    expect(await page.locator("main").innerText()).toMatch(/March 2027 hasn't begun yet/);
    await page.getByRole("link", { name: "Back to this month's overview" }).click();
    expect(await page.locator("h1").innerText()).toMatch(/Pairs report, November 2026/);
    await page.context().close();
  });

  it("refuses a form from another site, a sign-out without its form token, and a burst of sign-in guesses", async () => {
    const page = await w.signedIn();
    const cookie = (await page.context().cookies())[0];
    const headers = {
      cookie: `dashboard_session=${cookie?.value}`,
      "content-type": "application/x-www-form-urlencoded",
    };
    const foreign = await fetch(`${w.base}/dashboard/signout`, {
      method: "POST",
      headers: { ...headers, origin: "https://evil.example" },
      body: "csrf=x",
    });
    expect(foreign.status).toBe(403);
    const noToken = await fetch(`${w.base}/dashboard/signout`, {
      method: "POST",
      headers: { ...headers, origin: w.base },
      body: "",
    });
    expect(noToken.status).toBe(403);
    await page.reload();
    expect(await page.locator("h1").innerText()).toMatch(/Pairs report/);

    const guesses = [];
    for (let i = 0; i < 12; i++)
      guesses.push(
        (
          await fetch(`${w.base}/dashboard/signin`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded", origin: w.base },
            body: `token=${"a".repeat(43)}${i}`,
          })
        ).status,
      );
    expect(guesses.slice(0, 5).every((s) => s === 404)).toBe(true);
    expect(guesses.at(-1)).toBe(429);
    const csp = (await fetch(`${w.base}/dashboard/signin/x`)).headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'/);
    await page.context().close();
  });
});
