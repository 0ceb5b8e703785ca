// Coordinator rights are decided in one function for every platform.
import { describe, expect, it } from "vitest";
import { hasCoordinatorRights } from "../../src/app/coordinators.ts";

const IDS = ["U0CORA", "123456789012345678", "cora"];

describe("coordinator rights", () => {
  it("come from COORDINATOR_IDS on the member's own platform", () => {
    expect(hasCoordinatorRights(IDS, { platform: "slack", userId: "U0CORA" })).toBe(true);
    expect(hasCoordinatorRights(IDS, { platform: "discord", userId: "123456789012345678" })).toBe(true);
    expect(hasCoordinatorRights(IDS, { platform: "console", userId: "cora" })).toBe(true);
    expect(hasCoordinatorRights(IDS, { platform: "slack", userId: "U0SAM" })).toBe(false);
    // an id of one platform gives no rights to a member on another who has the same string
    expect(hasCoordinatorRights(IDS, { platform: "console", userId: "U0CORA" })).toBe(false);
  });

  it("on Discord, from holding the program's coordinator role, known by its id, not its name", () => {
    const user = { platform: "discord" as const, userId: "999999999999999999" };
    expect(hasCoordinatorRights(IDS, user, { roleId: "555", memberRoleIds: ["111", "555"] })).toBe(true);
    // a role called "Coordinators" made by anyone else has another id
    expect(hasCoordinatorRights(IDS, user, { roleId: "555", memberRoleIds: ["556"] })).toBe(false);
    expect(hasCoordinatorRights(IDS, user, { roleId: null, memberRoleIds: ["555"] })).toBe(false);
  });

  it("with no COORDINATOR_IDS, only the console's simulated 'coordinator' has them", () => {
    expect(hasCoordinatorRights([], { platform: "console", userId: "coordinator" })).toBe(true);
    expect(hasCoordinatorRights([], { platform: "slack", userId: "U0CORA" })).toBe(false);
  });
});
