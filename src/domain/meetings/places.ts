// The agreement asks pairs to meet on Zoom or in a public place. A place that reads like a home (a
// street address, "my house", "his apartment") gets a gentle reminder: an address may be a public
// place. With a student under 18, someone's own house, room or car is refused (privateHome).
const HOME_WORDS =
  /\b(?:my|your|his|her|their|our|mentor'?s|mom'?s|dad'?s)\s+(?:house|home|place|apartment|apt|room|dorm|bedroom|car|office)\b|\bat home\b|\b(?:apt|apartment|unit)\s*#?\s*\d+|#\s*\d+\b/i;
const STREET_ADDRESS =
  /\b\d{1,6}\s+(?:[a-z0-9.'-]+\s+){1,3}(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|ct|court|cir|circle|loop|way|pl|blvd|boulevard|ter|terrace|trl|trail|hwy|highway)\b\.?/i;

export function looksLikeAHome(place: string): boolean {
  return HOME_WORDS.test(place) || STREET_ADDRESS.test(place);
}

/** "my house", "his apartment", "her car", "at home": a person's own place, never a public one */
const PRIVATE_HOME =
  /\b(?:my|your|his|her|their|our|mentor'?s|mom'?s|dad'?s)\s+(?:house|home|place|apartment|apt|room|dorm|dorm room|bedroom|car|truck)\b|\bat home\b/i;

export function looksLikeAPrivateHome(place: string): boolean {
  return PRIVATE_HOME.test(place);
}
