// The program's fixed lists. Codes are stored; labels are shown. Keep codes short: Discord
// carries them inside 100-character component ids.

export interface Choice {
  value: string;
  label: string;
  /** other words people type for it, each a whole word or phrase ("hs" is high school) */
  aliases?: string[];
}

export const MENTOR_ROLES: Choice[] = [
  { value: "med_student", label: "Medical student" },
  { value: "resident", label: "Resident" },
  { value: "attending", label: "Attending physician" },
];

export const STAGES: Choice[] = [
  { value: "high_school", label: "High school", aliases: ["hs", "highschool", "high schooler"] },
  { value: "college", label: "College" },
  { value: "post_bacc", label: "Post-baccalaureate" },
  { value: "other", label: "Other" },
];

/** Which students a mentor can take. */
export const ACCEPTS: Choice[] = [
  { value: "high_school", label: "High-school students" },
  { value: "college", label: "College and post-bacc students" },
  { value: "either", label: "Either" },
];

export const REGIONS: Choice[] = [
  { value: "anchorage", label: "Anchorage" },
  { value: "matsu", label: "Mat-Su Valley" },
  { value: "kenai", label: "Kenai Peninsula" },
  { value: "fairbanks", label: "Fairbanks and the Interior" },
  { value: "juneau", label: "Juneau" },
  { value: "southeast", label: "Southeast (outside Juneau)" },
  { value: "kodiak", label: "Kodiak" },
  { value: "ykdelta", label: "Bethel and the Y-K Delta" },
  { value: "bristolbay", label: "Bristol Bay and the Aleutians" },
  { value: "nome", label: "Nome and the Bering Strait" },
  { value: "northwest", label: "Kotzebue and the Northwest Arctic" },
  { value: "northslope", label: "Utqiagvik and the North Slope" },
  { value: "pws", label: "Prince William Sound and Copper River" },
  { value: "outside_us", label: "Elsewhere in the US" },
  { value: "outside_other", label: "Outside the US" },
];

/** What students want help with: the program page's own list. */
export const INTERESTS: Choice[] = [
  { value: "physician_life", label: "What being a physician is like" },
  { value: "college_apps", label: "Applying to college" },
  { value: "med_school_apps", label: "Applying to medical school" },
  { value: "mcat", label: "The MCAT" },
  { value: "shadowing", label: "Shadowing" },
  { value: "personal_statement", label: "Personal statements" },
  { value: "mock_interviews", label: "Mock interviews" },
];

export const YES_NO: Choice[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export function labelOf(list: Choice[], value: string | undefined | null): string {
  return list.find((c) => c.value === value)?.label ?? value ?? "";
}

export function codes(list: Choice[]): [string, ...string[]] {
  return list.map((c) => c.value) as [string, ...string[]];
}

/** Post-bacc and "other" students are matched like college students. */
export function levelOfStage(stage: string): "high_school" | "college" {
  return stage === "high_school" ? "high_school" : "college";
}
