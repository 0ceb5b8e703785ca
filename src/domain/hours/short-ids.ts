// Short ids people can type for their entries ("k3f9"), the same every time the list is shown:
// derived from the entry's own id, longer only where two of one member's entries would collide.
import { createHash } from "node:crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function code(id: string, length: number): string {
  const bytes = createHash("sha256").update(id).digest();
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] as number) % ALPHABET.length];
  return out;
}

export function shortIdsOf(ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let length = 4; length <= 12 && out.size < ids.length; length += 2) {
    const codes = new Map<string, string[]>();
    for (const id of ids)
      if (!out.has(id)) codes.set(code(id, length), [...(codes.get(code(id, length)) ?? []), id]);
    for (const [c, owners] of codes) if (owners.length === 1) out.set(owners[0] as string, c);
  }
  return out;
}
