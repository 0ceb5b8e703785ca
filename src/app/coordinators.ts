// Who to tell when something needs a coordinator: a crisis alert, a request to be forgotten, the
// monthly digest. COORDINATOR_IDS, plus on Discord everyone holding COORDINATOR_ROLE, looked up at
// the moment of telling so a role given or taken away counts at once.
import type { PlatformUser } from "../domain/members.ts";
import type { SpacePort } from "../domain/pairing/types.ts";
import type { Logger } from "../log.ts";
import { coordinatorIdsOn } from "../platforms/facts.ts";

export interface CoordinatorList {
  ids: string[];
  /** false when the role's members could not be listed: only the configured ids are in `ids` */
  complete: boolean;
}

export async function coordinatorsOf(
  configured: string[],
  port: Pick<SpacePort, "name" | "roleCoordinators">,
  log: Logger,
): Promise<CoordinatorList> {
  const ids = new Set(coordinatorIdsOn(configured, port.name));
  if (!port.roleCoordinators) return { ids: [...ids], complete: true };
  try {
    for (const id of await port.roleCoordinators()) ids.add(id);
    return { ids: [...ids], complete: true };
  } catch (err) {
    log.warn("could not list the coordinator role's members; only COORDINATOR_IDS are told", {
      platform: port.name,
      err,
    });
    return { ids: [...ids], complete: false };
  }
}

/**
 * Whether a member has coordinator rights. Decided here only, for every command and button, on
 * every platform: their id is in COORDINATOR_IDS (the console's default is "coordinator"), or, on
 * Discord, they hold the coordinator role of the program's own server (a role with the same name
 * elsewhere counts for nothing: the role is known by its id).
 */
export function hasCoordinatorRights(
  configured: string[],
  user: PlatformUser,
  role?: { roleId: string | null; memberRoleIds: readonly string[] },
): boolean {
  if (coordinatorIdsOn(configured, user.platform).includes(user.userId)) return true;
  return role?.roleId != null && role.memberRoleIds.includes(role.roleId);
}
