import type { FlowId, SubmitResult } from "../domain/flow.ts";
import type { PlatformUser } from "../domain/members.ts";
import type { PlatformPort } from "../platforms/port.ts";
import type { Services } from "./services.ts";

export const FLOW_IDS: FlowId[] = ["mentor-signup", "mentee-signup"];

export function isFlowId(s: string): s is FlowId {
  return (FLOW_IDS as string[]).includes(s);
}

/** Sends the confirmation of a saved form by direct message, after the platform has been answered. */
export async function sendConfirmation(
  services: Services,
  port: PlatformPort,
  user: PlatformUser,
  result: SubmitResult,
): Promise<void> {
  if (!result.ok || result.duplicate) return;
  // The record is saved whether or not the DM arrives; a failed DM is logged, not retried.
  const sent = await port
    .sendDirect(user.userId, result.confirmation)
    .catch((err) =>
      services.log.warn("confirmation DM failed", { platform: user.platform, user: user.userId, err }),
    );
  if (sent && result.carriesGuardianContact)
    await services.contactMessages.record(result.memberId, user.platform, user.userId, sent);
}
