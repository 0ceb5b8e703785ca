import type { PlatformName } from "../domain/members.ts";
import type { PlatformFacts } from "../domain/signup/service.ts";

/** Minimum ages from each platform's terms: Discord 13; Slack's user terms reportedly 16. */
export const PLATFORM_FACTS: Record<PlatformName, PlatformFacts> = {
  slack: { displayName: "Slack", minimumAge: 16 },
  discord: { displayName: "Discord", minimumAge: 13 },
  console: { displayName: "This program", minimumAge: 13 },
};

/** Which platform a coordinator id belongs to, from its shape: Slack U…/W…, Discord snowflakes, else console names. */
export function platformOfId(id: string): PlatformName {
  if (/^[UW][A-Z0-9]{2,}$/.test(id)) return "slack";
  if (/^\d{15,21}$/.test(id)) return "discord";
  return "console";
}

/** The coordinators named in COORDINATOR_IDS who are on a platform (the console's default is "coordinator"). */
export function coordinatorIdsOn(ids: string[], platform: PlatformName): string[] {
  if (ids.length === 0) return platform === "console" ? ["coordinator"] : [];
  return ids.filter((id) => platformOfId(id) === platform);
}
