import type { Agreement } from "../agreement.ts";
import { ACCEPTS, INTERESTS, MENTOR_ROLES, REGIONS, STAGES, YES_NO } from "../choices.ts";
import type { FieldSpec } from "../forms.ts";

export const LIMITS = {
  name: 100,
  school: 200,
  contact: 200,
  relationship: 60,
  email: 254,
  phone: 30,
} as const;
export const CAPACITY = { min: 1, max: 10 } as const;
export const GRAD_YEARS_AHEAD = 12;

export function agreeField(a: Agreement): FieldSpec {
  return {
    id: "agree",
    type: "checkbox",
    label: "Your agreement",
    option: `I have read and agree to the ${a.title} (${a.version})`,
  };
}

export const mentorFields: FieldSpec[] = [
  { id: "name", type: "text", label: "Your name", maxLength: LIMITS.name, placeholder: "Dr. Jane Doe" },
  { id: "role", type: "select", label: "Your role", options: MENTOR_ROLES },
  {
    id: "specialty",
    type: "text",
    label: "Specialty or school",
    hint: "Your specialty, or your medical school if you are a student",
    maxLength: LIMITS.school,
    placeholder: "Family medicine",
  },
  { id: "region", type: "select", label: "Where you are", options: REGIONS },
  { id: "accepts", type: "select", label: "Students you can mentor", options: ACCEPTS },
  {
    id: "capacity",
    type: "text",
    format: "integer",
    label: "How many mentees (1–10)",
    hint: "Each mentee is at least 2 hours a month",
    maxLength: 2,
    placeholder: "1",
  },
  {
    id: "contact",
    type: "text",
    label: "Preferred contact",
    hint: "How your mentee should reach you, for example a direct message here or an e-mail address",
    maxLength: LIMITS.contact,
  },
];

export function menteeFields(platformMinimumAge: number, platformName: string): FieldSpec[] {
  const under18 = { field: "under18", equals: "yes" };
  return [
    { id: "name", type: "text", label: "Your name", maxLength: LIMITS.name },
    { id: "stage", type: "select", label: "Where you are in school", options: STAGES },
    { id: "school", type: "text", label: "Your school", maxLength: LIMITS.school },
    { id: "region", type: "select", label: "Where you live", options: REGIONS },
    {
      id: "gradYear",
      type: "text",
      format: "integer",
      label: "Expected graduation year",
      hint: "The year you expect to finish your current school, for example 2028 or class of 2028",
      maxLength: 20,
      placeholder: "2028",
    },
    { id: "interests", type: "multiselect", label: "What you want help with", options: INTERESTS },
    {
      id: "under18",
      type: "select",
      label: "Are you under 18?",
      hint: `${platformName} requires its users to be at least ${platformMinimumAge}. If you are under 18, we ask for a parent or guardian's contact.`,
      options: YES_NO,
    },
    {
      id: "guardianName",
      type: "text",
      label: "Parent or guardian's name",
      maxLength: LIMITS.name,
      placeholder: "Maria Kowalski",
      showIf: under18,
    },
    {
      id: "guardianRelationship",
      type: "text",
      label: "Their relationship to you",
      maxLength: LIMITS.relationship,
      placeholder: "Mother",
      showIf: under18,
    },
    {
      id: "guardianEmail",
      type: "text",
      format: "email",
      label: "Their e-mail",
      hint: "Give an e-mail, a phone number (asked next), or both",
      maxLength: LIMITS.email,
      optional: true,
      showIf: under18,
    },
    {
      id: "guardianPhone",
      type: "text",
      format: "phone",
      label: "Their phone",
      maxLength: LIMITS.phone,
      optional: true,
      placeholder: "907-555-0100",
      showIf: under18,
    },
    {
      id: "turns18",
      type: "text",
      label: "The month you turn 18",
      hint: "Year and month, for example 2027-08. Your parent or guardian's contact is removed after that.",
      maxLength: 7,
      placeholder: "2027-08",
      showIf: under18,
    },
    {
      id: "guardianConsent",
      type: "checkbox",
      label:
        "I agree that this contact is shared with my mentor and the program coordinators, and that my parent or guardian will attend our first session.",
      option: "I agree",
      showIf: under18,
    },
  ];
}
