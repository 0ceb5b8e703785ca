// What members said about their meetings, for the coordinators only: ratings from 1 to 5 and
// private notes. The report shows each pair's season average; the digest flags a pair whose last
// two ratings were low and passes on the month's notes.

export interface FeedbackRow {
  pairingId: string;
  meetingAt: Date;
  memberId: string;
  kind: "rating" | "note";
  value: string;
}

/** a rating at or under this is low */
export const LOW_RATING = 2;

export function ratingsOf(feedback: FeedbackRow[], pairingId: string): number[] {
  return feedback
    .filter((f) => f.pairingId === pairingId && f.kind === "rating")
    .map((f) => Number(f.value))
    .filter((n) => n >= 1 && n <= 5);
}

/** the season's average of the pair's ratings, to one decimal, or null before any */
export function averageRating(feedback: FeedbackRow[], pairingId: string): number | null {
  const r = ratingsOf(feedback, pairingId);
  return r.length ? Math.round((r.reduce((a, b) => a + b, 0) / r.length) * 10) / 10 : null;
}

/** the pair's last two ratings (by meeting, either member) were both low */
export function twoLowInARow(feedback: FeedbackRow[], pairingId: string): boolean {
  const r = ratingsOf(feedback, pairingId);
  return r.length >= 2 && r.slice(-2).every((n) => n <= LOW_RATING);
}
