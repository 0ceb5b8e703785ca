// A form in progress, the same on every platform that asks in steps: what is answered, which
// fields the answers show, which page of typed answers comes next and what must be fixed. The
// core keeps it (as a draft, so a restart loses nothing); a platform only renders it.
import { readChoice, readChoices, readYesNo } from "./answers.ts";
import type { FieldErrors } from "./errors.ts";
import type { FlowId, FlowSpec } from "./flow.ts";
import { type FieldSpec, type FormValues, isVisible, type TextField } from "./forms.ts";

export interface FormSession {
  flow: FlowId;
  /** the agreement the form showed (see SignupService), handed back on submit */
  token: string;
  title: string;
  intro: string;
  values: FormValues;
  /** the next page of typed answers to ask */
  page: number;
  /** what must be fixed before anything is saved, in the form's order */
  errors: string[];
  /** asked one at a time (the console): the fields answered so far */
  asked: string[];
  /** the fields the last submit refused: asked again without offering the refused answer */
  fix: string[];
}

export function openSession(flow: FlowSpec): FormSession {
  return {
    flow: flow.id,
    token: flow.token,
    title: flow.title,
    intro: flow.intro,
    values: { ...flow.initial },
    page: 0,
    errors: [],
    asked: [],
    fix: [],
  };
}

/** The fields these answers show, without the agreement (which is read and accepted first). */
export function shownFields(fields: FieldSpec[], values: FormValues): FieldSpec[] {
  return fields.filter((f) => f.id !== "agree" && isVisible(f, values));
}

/** Typed answers in pages of at most `perPage` (a Discord modal holds five). */
export function textPages(fields: FieldSpec[], values: FormValues, perPage: number): TextField[][] {
  const texts = shownFields(fields, values).filter((f): f is TextField => f.type === "text");
  const pages: TextField[][] = [];
  for (let i = 0; i < texts.length; i += perPage) pages.push(texts.slice(i, i + perPage));
  return pages;
}

/** An answer as the person reads it: a choice's label rather than its stored value. */
export function answerText(field: FieldSpec, value: FormValues[string]): string {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "";
  const list = Array.isArray(value) ? value : [value];
  if (field.type !== "select" && field.type !== "multiselect") return list.join(", ");
  return list.map((v) => field.options.find((o) => o.value === v)?.label ?? v).join(", ");
}

export const agreed = (s: FormSession): FormSession => ({ ...s, values: { ...s.values, agree: "yes" } });

/** A choice from a list; only a field of the form takes one, and only from its own options. */
export function chose(s: FormSession, field: FieldSpec | undefined, picked: string[]): FormSession {
  if (!field || (field.type !== "select" && field.type !== "multiselect")) return s;
  const known = picked.filter((v) => field.options.some((o) => o.value === v));
  const value = field.type === "multiselect" ? known : known[0];
  return { ...s, values: { ...s.values, [field.id]: value } };
}

export function ticked(s: FormSession, fieldId: string): FormSession {
  return { ...s, values: { ...s.values, [fieldId]: s.values[fieldId] === "yes" ? undefined : "yes" } };
}

/** One page of typed answers; the session then asks the next page, if any. */
export function typed(s: FormSession, page: number, answers: [string, string][]): FormSession {
  const values = { ...s.values };
  for (const [id, text] of answers) values[id] = text;
  return { ...s, values, page: page + 1 };
}

/** Refused on submit: the errors are shown and the typed answers asked again from the first page. */
export function refused(s: FormSession, errors: FieldErrors): FormSession {
  const fix = Object.keys(errors);
  return {
    ...s,
    errors: Object.values(errors),
    page: 0,
    fix,
    asked: s.asked.filter((id) => !fix.includes(id)),
  };
}

/**
 * Asked one question at a time: the first shown field not answered yet. After a refused submit
 * that is each refused field, then any field a new answer shows (under 18: the guardian's).
 */
export function nextQuestion(fields: FieldSpec[], s: FormSession): FieldSpec | undefined {
  return fields.find((f) => !s.asked.includes(f.id));
}

export function answered(s: FormSession, fieldId: string, value: FormValues[string]): FormSession {
  return {
    ...s,
    values: { ...s.values, [fieldId]: value },
    asked: [...s.asked.filter((id) => id !== fieldId), fieldId],
    fix: s.fix.filter((id) => id !== fieldId),
  };
}

/** The answer a question may offer to keep: none for one just refused (it would only be refused again). */
export function answerToKeep(s: FormSession, field: FieldSpec): FormValues[string] {
  const v = s.values[field.id];
  const empty = v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
  return empty || s.fix.includes(field.id) ? undefined : v;
}

export type TypedAnswer = { kind: "answer"; value: FormValues[string] } | { kind: "again"; say: string };

/**
 * A line typed at a field's question: Enter keeps `kept` (or skips an optional field); a choice
 * is read from its number or words; anything that could mean two things is asked again.
 */
export function readTypedAnswer(field: FieldSpec, text: string, kept: FormValues[string]): TypedAnswer {
  const answer = (value: FormValues[string]): TypedAnswer => ({ kind: "answer", value });
  if (text === "" && kept !== undefined) return answer(kept);
  if (field.type === "text") return answer(text);
  if (field.type === "checkbox") {
    const said = readYesNo(text);
    if (said === "unclear") return { kind: "again", say: "Please type yes or no." };
    return answer(said === "yes" ? "yes" : undefined);
  }
  if (text === "" && field.optional) return answer(undefined);
  if (field.type === "multiselect") {
    const r = readChoices(field.options, text);
    if (r.kind === "picked") return answer(r.values);
    return { kind: "again", say: "Please answer with numbers or names from the list, separated by commas." };
  }
  const yesNo =
    field.options.length === 2 && field.options.every((o) => o.value === "yes" || o.value === "no");
  const said = yesNo ? readYesNo(text) : "unclear";
  if (said !== "unclear") return answer(said);
  const r = readChoice(field.options, text);
  if (r.kind === "picked") return answer(r.value);
  return {
    kind: "again",
    say:
      r.candidates.length > 1
        ? `That could be ${r.candidates.map((o) => o.label).join(" or ")}: please type its number.`
        : "Please answer with a number or a name from the list.",
  };
}
