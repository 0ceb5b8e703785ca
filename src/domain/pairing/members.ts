// Who is acting, and who their pair is: the same answer for logging hours, planning a meeting and
// setting goals.
import { UserError } from "../errors.ts";
import type { Member, PlatformUser } from "../members.ts";
import type { PairingWithMembers } from "./types.ts";

/** The member behind a platform user, or the kind refusal every pair command gives. */
export async function signedUpMember(
  members: { findIdentity(user: PlatformUser): Promise<Member | null> },
  user: PlatformUser,
): Promise<Member> {
  const m = await members.findIdentity(user);
  if (!m)
    throw new UserError(
      "You haven't signed up yet: run /mentor-signup or /mentee-signup first.",
      "not_signed_up",
    );
  return m;
}

/** The other member of the pair. */
export function partnerOf(p: PairingWithMembers, me: Member): Member {
  return p.mentorId === me.id ? p.mentee : p.mentor;
}
