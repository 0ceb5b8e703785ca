import type { PlatformName } from "../domain/members.ts";
import type { PlatformFacts } from "../domain/signup/service.ts";

/** Minimum ages from each platform's terms: Discord 13; Slack's user terms reportedly 16. */
export const PLATFORM_FACTS: Record<PlatformName, PlatformFacts> = {
  slack: { displayName: "Slack", minimumAge: 16 },
  discord: { displayName: "Discord", minimumAge: 13 },
  console: { displayName: "This program", minimumAge: 13 },
};
