// Platform-free description of a form. Slack renders it as one modal, Discord as buttons, selects
// and modals of at most five text inputs, the console as questions one at a time.
import type { Choice } from "./choices.ts";

interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** shown (and validated) only when another field has this value */
  showIf?: { field: string; equals: string };
}

export interface TextField extends FieldBase {
  type: "text";
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  format?: "email" | "integer" | "phone";
}
export interface SelectField extends FieldBase {
  type: "select";
  options: Choice[];
}
export interface MultiSelectField extends FieldBase {
  type: "multiselect";
  options: Choice[];
}
/** A single tick box; its value is "yes" when ticked. The option text stays within 75 characters (Slack). */
export interface CheckboxField extends FieldBase {
  type: "checkbox";
  option: string;
}

export type FieldSpec = TextField | SelectField | MultiSelectField | CheckboxField;
export type FormValue = string | string[] | undefined;
export type FormValues = Record<string, FormValue>;

export function isVisible(field: FieldSpec, values: FormValues): boolean {
  if (!field.showIf) return true;
  return values[field.showIf.field] === field.showIf.equals;
}

/** Collapses what a platform sent into one string or list per field; unknown keys are dropped. */
export function pickValues(fields: FieldSpec[], raw: FormValues): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = raw[f.id];
    if (v === undefined) continue;
    if (f.type === "multiselect") out[f.id] = Array.isArray(v) ? v : v.split(",").filter(Boolean);
    else if (f.type === "checkbox")
      out[f.id] = (Array.isArray(v) ? v.includes("yes") : v === "yes") ? "yes" : undefined;
    else out[f.id] = Array.isArray(v) ? v[0] : v;
  }
  return out;
}
