import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chunkAgreement,
  latest,
  needsAcceptance,
  parseAgreement,
  sha256,
} from "../../src/domain/agreement.ts";
import { REPO_ROOT } from "../helpers/harness.ts";

const text = readFileSync(join(REPO_ROOT, "content/agreement/v1.md"), "utf8");

describe("the agreement", () => {
  const a = parseAgreement("v1.md", text);

  it("is the program's text, split into its sections", () => {
    expect(a.version).toBe("v1");
    expect(a.title).toBe("Professionalism Agreement");
    expect(a.sections.map((s) => s.heading)).toEqual([
      "Goals of the mentoring relationship",
      "Respect for Patients",
      "Respect for Others",
      "Respect for Self",
      "Respect for Community",
      "Students under 18",
      "What a mentor is not",
      "Time commitment",
    ]);
    expect(a.sha256).toBe(sha256(text));
  });

  it("the newest version is current, and only a changed text needs accepting again", () => {
    const v2 = parseAgreement("v2.md", `${text}\nextra`);
    const v10 = parseAgreement("v10.md", `${text}\nmore`);
    expect(latest([a, v10, v2]).version).toBe("v10");
    expect(needsAcceptance(a, null)).toBe(true);
    expect(needsAcceptance(a, { version: "v1", textSha256: a.sha256 })).toBe(false);
    expect(needsAcceptance(v2, { version: "v1", textSha256: a.sha256 })).toBe(true);
    // the same words republished under a new number are not asked again
    const same = parseAgreement("v3.md", text);
    expect(needsAcceptance(same, { version: "v1", textSha256: a.sha256 })).toBe(false);
  });

  it("rejects a file name that is not a version", () => {
    expect(() => parseAgreement("draft.md", text)).toThrow(/v3\.md/);
  });

  it("chunks within a platform's limit without losing words", () => {
    const render = (s: { heading: string | null; body: string }) => `${s.heading ?? ""}\n${s.body}`;
    for (const limit of [4096, 1024, 300]) {
      const chunks = chunkAgreement(a, limit, render);
      expect(chunks.every((c) => c.length <= limit)).toBe(true);
      const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
      expect(words(chunks.join(" "))).toBe(words(a.sections.map(render).join(" ")));
    }
  });
});
