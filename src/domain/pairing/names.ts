// Readable, unique private-space names: "pair-maria-sam-3fa2" (lowercase, at most 80 characters).
// The pairing id's first characters make a name that is the same on every retry, so a retry finds
// the space it made before instead of making a second one.

export function slug(text: string, max = 24): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^(dr|mr|mrs|ms|mx|prof)\.?\s+/, "");
  const s = ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return s || "member";
}

export function firstName(name: string): string {
  return slug(name).split("-")[0] ?? "member";
}

export function spaceName(mentorName: string, menteeName: string, pairingId: string): string {
  const tag = pairingId
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 4)
    .toLowerCase();
  return `pair-${firstName(mentorName)}-${firstName(menteeName)}-${tag}`.slice(0, 80);
}

/** The name an erased member's space is given: no one's name, still unique. */
export function neutralSpaceName(pairingId: string): string {
  const tag = pairingId
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 8)
    .toLowerCase();
  return `pair-closed-${tag}`;
}
