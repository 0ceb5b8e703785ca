import type { FlowId } from "../domain/flow.ts";

const FLOW_IDS: FlowId[] = ["mentor-signup", "mentee-signup"];

export function isFlowId(s: string): s is FlowId {
  return (FLOW_IDS as string[]).includes(s);
}
