// The letter to a guardian greets them by name, however the student typed it.
import { describe, expect, it } from "vitest";
import { guardianNameOf, salutationOf } from "../../src/domain/signup/guardian-name.ts";
import { contactOutsideChat } from "../../src/domain/signup/validate.ts";

describe("a guardian's name as students type it", () => {
  it("drops who they are when a name follows", () => {
    expect(guardianNameOf("my mom, maria k")).toBe("maria k");
    expect(guardianNameOf("Dad - John Smith")).toBe("John Smith");
    expect(guardianNameOf("mom (Ana Lopez)")).toBe("Ana Lopez");
    expect(guardianNameOf("my guardian is Tom Lee")).toBe("Tom Lee");
  });

  it("keeps names that only start like a relation", () => {
    for (const n of ["Maria Kowalski", "Ma Li", "Pat Momoa", "Dadi Olsen", "Auntonio Ruiz"])
      expect(guardianNameOf(n)).toBe(n);
  });

  it("greets 'parent or guardian' when only the relation was given", () => {
    expect(salutationOf(guardianNameOf("my mom"))).toBe("parent or guardian");
    expect(salutationOf("Mother")).toBe("parent or guardian");
    expect(salutationOf(null)).toBe("parent or guardian");
    expect(salutationOf("Maria Kowalski")).toBe("Maria Kowalski");
  });
});

describe("the mentor's contact in the letter to a guardian", () => {
  it("gives only an address or a number a parent can use, never 'slack dm'", () => {
    expect(contactOutsideChat("slack dm is best")).toEqual([]);
    expect(contactOutsideChat("dm me or text 907-555-0134 after 6pm")).toEqual(["(907) 555-0134"]);
    expect(contactOutsideChat("Email is best: mlopez@gmail.com.")).toEqual(["mlopez@gmail.com"]);
    expect(contactOutsideChat("dr.lopez@providence.org or call (907) 555-0134")).toEqual([
      "dr.lopez@providence.org",
      "(907) 555-0134",
    ]);
  });
});
