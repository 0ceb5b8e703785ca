// A FlowSpec as one Slack modal: the agreement in full, then the fields as input blocks.

import type { types } from "@slack/bolt";
import type { FlowSpec } from "../../domain/flow.ts";
import { type FieldSpec, type FormValues, isVisible } from "../../domain/forms.ts";
import { unmarked } from "../../domain/message.ts";
import { plain, SLACK_LIMITS, sectionBlocks, toMrkdwn } from "./format.ts";

type InputElement =
  | types.PlainTextInput
  | types.EmailInput
  | types.NumberInput
  | types.StaticSelect
  | types.MultiStaticSelect
  | types.Checkboxes;
export const VALUE = "value";

export interface FlowMetadata {
  flow: string;
  token: string;
}

export function callbackId(flow: string): string {
  return `flow:${flow}`;
}

function option(value: string, label: string): types.PlainTextOption {
  return { value, text: plain(label, SLACK_LIMITS.optionText) };
}

function element(f: FieldSpec, initial: FormValues[string]): InputElement {
  const init = typeof initial === "string" && initial !== "" ? initial : undefined;
  switch (f.type) {
    case "text": {
      const base = {
        action_id: VALUE,
        ...(f.placeholder ? { placeholder: plain(f.placeholder, SLACK_LIMITS.placeholder) } : {}),
      };
      if (f.format === "email")
        return { ...base, type: "email_text_input", ...(init ? { initial_value: init } : {}) };
      if (f.format === "integer")
        return {
          ...base,
          type: "number_input",
          is_decimal_allowed: false,
          ...(init ? { initial_value: init } : {}),
        };
      return {
        ...base,
        type: "plain_text_input",
        multiline: f.multiline === true,
        max_length: f.maxLength,
        ...(init ? { initial_value: init } : {}),
      };
    }
    case "select": {
      const opts = f.options.map((o) => option(o.value, o.label));
      const selected = opts.find((o) => o.value === init);
      return {
        type: "static_select",
        action_id: VALUE,
        options: opts,
        ...(selected ? { initial_option: selected } : {}),
      };
    }
    case "multiselect": {
      const opts = f.options.map((o) => option(o.value, o.label));
      const chosen = Array.isArray(initial) ? opts.filter((o) => initial.includes(o.value ?? "")) : [];
      const initial_options = chosen.length ? { initial_options: chosen } : {};
      return opts.length <= 10
        ? { type: "checkboxes", action_id: VALUE, options: opts, ...initial_options }
        : { type: "multi_static_select", action_id: VALUE, options: opts, ...initial_options };
    }
    case "checkbox": {
      const opt = option("yes", f.option);
      return {
        type: "checkboxes",
        action_id: VALUE,
        options: [opt],
        ...(init === "yes" ? { initial_options: [opt] } : {}),
      };
    }
  }
}

/** Fields that others depend on dispatch an action on change, so the modal can show or hide the dependants. */
function controlsOthers(f: FieldSpec, all: FieldSpec[]): boolean {
  return all.some((o) => o.showIf?.field === f.id);
}

export function inputBlocks(fields: FieldSpec[], values: FormValues): types.InputBlock[] {
  return fields
    .filter((f) => isVisible(f, values))
    .map((f) => ({
      type: "input" as const,
      block_id: f.id,
      label: plain(f.type === "checkbox" ? f.label : f.label, 2000),
      optional: f.optional === true,
      ...(controlsOthers(f, fields) ? { dispatch_action: true } : {}),
      ...(f.hint ? { hint: plain(f.hint, 2000) } : {}),
      element: element(f, values[f.id]),
    }));
}

export function flowModal(flow: FlowSpec, values: FormValues = flow.initial): types.ModalView {
  const blocks: types.KnownBlock[] = [...sectionBlocks(flow.intro)];
  if (flow.agreement) {
    blocks.push({ type: "divider" });
    blocks.push({
      type: "header",
      text: plain(`${flow.agreement.title} (${flow.agreement.version})`, SLACK_LIMITS.headerText),
    });
    if (flow.agreementNote)
      blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: toMrkdwn(flow.agreementNote) }] });
    for (const s of flow.agreement.sections) {
      if (s.heading) blocks.push({ type: "header", text: plain(s.heading, SLACK_LIMITS.headerText) });
      if (s.body) blocks.push(...sectionBlocks(s.body));
    }
    blocks.push({ type: "divider" });
  }
  blocks.push(...inputBlocks(flow.fields, values));
  const metadata: FlowMetadata = { flow: flow.id, token: flow.token };
  return {
    type: "modal",
    callback_id: callbackId(flow.id),
    private_metadata: JSON.stringify(metadata),
    notify_on_close: true,
    title: plain(flow.title, SLACK_LIMITS.modalTitle),
    submit: plain(flow.submitLabel, SLACK_LIMITS.modalTitle),
    close: plain("Cancel", SLACK_LIMITS.modalTitle),
    blocks: blocks.slice(0, SLACK_LIMITS.modalBlocks),
  };
}

interface StateValue {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
}

/** Reads a submitted (or in-progress) modal's state back into form values, whatever the fields. */
export function readState(
  state: { values?: Record<string, Record<string, StateValue>> } | undefined,
): FormValues {
  const out: FormValues = {};
  for (const [blockId, actions] of Object.entries(state?.values ?? {})) {
    const v = actions[VALUE];
    if (!v) continue;
    if (v.selected_options) out[blockId] = v.selected_options.map((o) => o.value);
    else if (v.selected_option !== undefined) out[blockId] = v.selected_option?.value ?? undefined;
    else if (typeof v.value === "string") out[blockId] = v.value;
  }
  return out;
}

/** Slack shows errors under input blocks only: anything else lands on the first visible field. */
export function errorsForBlocks(
  errors: Record<string, string>,
  view: { blocks?: { block_id?: string; type: string }[] },
): Record<string, string> {
  const inputs = (view.blocks ?? []).filter((b) => b.type === "input").map((b) => b.block_id ?? "");
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const target = inputs.includes(field) ? field : inputs[0];
    // shown as plain text under the field: no marks
    const text = unmarked(message);
    if (target) out[target] = out[target] ? `${out[target]} ${text}` : text;
  }
  return out;
}
