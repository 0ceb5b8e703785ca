import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "../../src/domain/text.ts";

describe("offering back a mistyped name", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("reprot", "report")).toBe(1);
    expect(editDistance("log-hour", "log-hours")).toBe(1);
    expect(editDistance("mentee-sigup", "mentee-signup")).toBe(1);
    expect(editDistance("abc", "xyz")).toBe(3);
  });

  it("offers one name only when exactly one is close", () => {
    const commands = ["mentor-signup", "mentee-signup", "log-hours", "pairings", "ask", "my-data"];
    expect(closestName("loghours", commands)).toBe("log-hours");
    expect(closestName("LOG-HOUR", commands)).toBe("log-hours");
    expect(closestName("pair", commands)).toBe("pairings");
    // one edit from both signups: not guessed
    expect(closestName("mentxe-signup", commands)).toBeNull();
    expect(closestName("weather", commands)).toBeNull();
  });
});
