// Signed requests to the bot's /slack/events, as Slack would send them, and a person filling in a modal.
import { createHmac, randomUUID } from "node:crypto";
import type { FormValues } from "../../src/domain/forms.ts";

export function sign(secret: string, body: string, ts: number): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
}

export interface SignedPost {
  status: number;
  body: string;
}

export async function postSigned(
  url: string,
  secret: string,
  body: string,
  opts: { ts?: number; signature?: string; contentType?: string } = {},
): Promise<SignedPost> {
  const ts = opts.ts ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": opts.contentType ?? "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": opts.signature ?? sign(secret, body, ts),
    },
    body,
  });
  return { status: res.status, body: await res.text() };
}

export function commandBody(p: {
  command: string;
  text?: string;
  userId: string;
  responseUrl: string;
  triggerId?: string;
}): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T0TEST",
    team_domain: "test",
    channel_id: "C0GENERAL",
    channel_name: "general",
    user_id: p.userId,
    user_name: p.userId.toLowerCase(),
    command: p.command,
    text: p.text ?? "",
    api_app_id: "A0TEST",
    response_url: p.responseUrl,
    trigger_id: p.triggerId ?? `trig-${randomUUID()}`,
  }).toString();
}

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

type Block = {
  type: string;
  block_id?: string;
  element?: { type: string; options?: { value: string; text: unknown }[] };
};

/** What Slack's client would put in view.state after a person filled the modal's inputs. */
export function stateFor(
  view: { blocks?: Block[] },
  values: FormValues,
): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const b of view.blocks ?? []) {
    if (b.type !== "input" || !b.block_id || !b.element) continue;
    const v = values[b.block_id];
    const el = b.element;
    const opt = (value: string) =>
      el.options?.find((o) => o.value === value) ?? { value, text: { type: "plain_text", text: value } };
    let state: Record<string, unknown>;
    switch (el.type) {
      case "static_select":
        state = { type: el.type, selected_option: typeof v === "string" ? opt(v) : null };
        break;
      case "checkboxes":
      case "multi_static_select": {
        const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
        state = { type: el.type, selected_options: list.map(opt) };
        break;
      }
      default:
        state = { type: el.type, value: typeof v === "string" ? v : null };
    }
    out[b.block_id] = { value: state };
  }
  return out;
}

export function viewSubmission(
  userId: string,
  view: Record<string, unknown>,
  values: FormValues,
): Record<string, unknown> {
  return {
    type: "view_submission",
    team: { id: "T0TEST", domain: "test" },
    user: { id: userId, name: userId.toLowerCase(), team_id: "T0TEST" },
    api_app_id: "A0TEST",
    token: "legacy",
    trigger_id: `trig-${randomUUID()}`,
    view: { ...view, state: { values: stateFor(view as { blocks?: Block[] }, values) } },
    response_urls: [],
  };
}

export function viewClosed(userId: string, view: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "view_closed",
    team: { id: "T0TEST", domain: "test" },
    user: { id: userId, name: userId.toLowerCase(), team_id: "T0TEST" },
    api_app_id: "A0TEST",
    token: "legacy",
    view,
    is_cleared: false,
  };
}

export function blockAction(
  userId: string,
  view: Record<string, unknown>,
  values: FormValues,
  blockId: string,
): Record<string, unknown> {
  const state = stateFor(view as { blocks?: Block[] }, values);
  return {
    type: "block_actions",
    team: { id: "T0TEST", domain: "test" },
    user: { id: userId, name: userId.toLowerCase(), team_id: "T0TEST" },
    api_app_id: "A0TEST",
    token: "legacy",
    container: { type: "view", view_id: view.id },
    trigger_id: `trig-${randomUUID()}`,
    view: { ...view, state: { values: state } },
    actions: [
      {
        type: "static_select",
        action_id: "value",
        block_id: blockId,
        selected_option: state[blockId]?.value,
        action_ts: "1",
      },
    ],
  };
}
