// Who to tell when something needs a coordinator: a crisis alert, a request to be forgotten, the
// monthly digest. COORDINATOR_IDS, plus on Discord everyone holding COORDINATOR_ROLE, looked up at
// the moment of telling so a role given or taken away counts at once.
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
