// HTML for the dashboard: one layout, and the bot's neutral markdown turned into HTML. Every value
// goes through hono's html template, which escapes it: a name is text, never markup or a link.
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { renderMarked } from "../domain/message.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * A line of the bot's markdown as HTML: **bold** kept (also around a name), member text escaped and
 * never formatted: it stands in as a placeholder while the bold is found, then goes back escaped.
 */
export function markedLine(text: string): Html {
  const pieces: string[] = [];
  const hold = (v: string) => `\uE010${pieces.push(v) - 1}\uE010`;
  const out = renderMarked(text, {
    own: (t) => escapeHtml(t.replace(/\uE010/g, "")),
    data: (v) => hold(escapeHtml(v)),
    code: (v) => hold(`<code>${escapeHtml(v)}</code>`),
  })
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\uE010(\d+)\uE010/g, (_m, i: string) => pieces[Number(i)] ?? "");
  return raw(out);
}

/** Lines of the bot's markdown: "- " lines become a list, the others paragraphs. */
export function markedBlock(lines: string[]): Html {
  const parts: Html[] = [];
  let items: Html[] = [];
  const flush = () => {
    if (items.length) parts.push(html`<ul>${items}</ul>`);
    items = [];
  };
  for (const line of lines.flatMap((l) => l.split("\n"))) {
    if (line.startsWith("- ")) items.push(html`<li>${markedLine(line.slice(2))}</li>`);
    else {
      flush();
      if (line.trim()) parts.push(html`<p>${markedLine(line)}</p>`);
    }
  }
  flush();
  return html`${parts}`;
}

export interface PageOptions {
  title: string;
  /** the session's form token: present on a signed-in page, for the sign-out form */
  csrf?: string;
  /** the page's month, kept across the navigation */
  month?: string;
  current?: "overview" | "pairs" | "queue" | "summary";
}

const NAV: { id: NonNullable<PageOptions["current"]>; href: string; label: string }[] = [
  { id: "overview", href: "/dashboard", label: "Overview" },
  { id: "pairs", href: "/dashboard/pairs", label: "Pairs" },
  { id: "queue", href: "/dashboard/queue", label: "Queue" },
  { id: "summary", href: "/dashboard/summary", label: "Funders' summary" },
];

export function page(o: PageOptions, body: Html): Html {
  const q = o.month ? `?month=${encodeURIComponent(o.month)}` : "";
  const nav = o.csrf
    ? html`<header class="top">
        <p class="brand">Pre-med mentoring · dashboard</p>
        <nav aria-label="Dashboard">
          <ul>
            ${NAV.map(
              (n) =>
                html`<li><a href="${n.href}${q}" ${o.current === n.id ? raw('aria-current="page"') : ""}>${n.label}</a></li>`,
            )}
            <li><a href="/dashboard/report.csv${q}" download>CSV</a></li>
          </ul>
        </nav>
        <form method="post" action="/dashboard/signout" class="signout">
          <input type="hidden" name="csrf" value="${o.csrf}" />
          <button type="submit">Sign out</button>
        </form>
      </header>`
    : "";
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${o.title} · Pre-med mentoring</title>
    <link rel="stylesheet" href="/dashboard/assets/dashboard.css" />
  </head>
  <body>
    <a class="skip" href="#main">Skip to the content</a>
    ${nav}
    <main id="main">${body}</main>
    <script src="/dashboard/assets/chart.umd.min.js" defer></script>
    <script src="/dashboard/assets/dashboard.js" defer></script>
  </body>
</html>`;
}

/** A plain page with one message: a link used twice, expired, signed out, no longer a coordinator. */
export function notice(title: string, text: string, back?: { href: string; label: string }): Html {
  return page(
    { title },
    html`<h1>${title}</h1><p>${text}</p>${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ""}`,
  );
}

/** JSON for a data block the page's script reads: "<" escaped so no value can end the block. */
export function jsonBlock(id: string, value: unknown): Html {
  return raw(
    `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`,
  );
}
