// The agreement asks pairs to meet on Zoom or in a public place. A place that reads like a home (a
// street address, "my house", "his apartment") gets a gentle reminder; nothing is refused, since
// the words cannot prove where a meeting is.
const HOME_WORDS =
  /\b(?:my|your|his|her|their|our|mentor'?s|mom'?s|dad'?s)\s+(?:house|home|place|apartment|apt|room|dorm|bedroom|car|office)\b|\bat home\b|\b(?:apt|apartment|unit)\s*#?\s*\d+|#\s*\d+\b/i;
const STREET_ADDRESS =
  /\b\d{1,6}\s+(?:[a-z0-9.'-]+\s+){1,3}(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|ct|court|cir|circle|loop|way|pl|blvd|boulevard|ter|terrace|trl|trail|hwy|highway)\b\.?/i;

export function looksLikeAHome(place: string): boolean {
  return HOME_WORDS.test(place) || STREET_ADDRESS.test(place);
}
