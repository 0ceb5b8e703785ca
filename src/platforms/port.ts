// What the core asks of a chat platform. Slack, Discord and the console each implement it; the
// core never sees a platform library.
import type { SpacePort } from "../domain/pairing/types.ts";
import type { PlatformFacts } from "../domain/signup/service.ts";

export interface PlatformPort extends SpacePort {
  readonly facts: PlatformFacts;
  /** the id of the role whose holders are coordinators (Discord), once it is known */
  coordinatorRoleId?(): string | null;
}
