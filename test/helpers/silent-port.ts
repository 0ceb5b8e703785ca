// A platform port that does nothing and refuses nothing, for tests of rules that send (or may send)
// messages but do not look at them. Tests that read what was sent override the method they need.
import type { SpacePort } from "../../src/domain/pairing/types.ts";

export function silentPort(name: SpacePort["name"] = "slack", over: Partial<SpacePort> = {}): SpacePort {
  return {
    name,
    sendDirect: async () => null,
    mention: (id) => (name === "slack" ? `<@${id}>` : id),
    spaceRef: (id) => id,
    openPrivateSpace: async (n) => ({ id: n, name: n }),
    addToSpace: async () => {},
    postToSpace: async () => {},
    archiveSpace: async () => {},
    wasDelivered: async () => null,
    deleteSent: async () => {},
    retireSpace: async () => ({ renamed: true }),
    ...over,
  };
}
