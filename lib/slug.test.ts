import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("makes lower-case ASCII slugs", () => {
    expect(slugify("TÜV SÜD Shenzhen Branch (testing centre)")).toBe("tuv-sud-shenzhen-branch-testing-centre");
    expect(slugify("Foxconn Longhua Science & Technology Park")).toBe("foxconn-longhua-science-and-technology-park");
    expect(slugify("Shenzhen Bao'an International Airport")).toBe("shenzhen-bao-an-international-airport");
  });

  it("falls back when a name has no Latin letters", () => {
    expect(slugify("华强北")).toBe("supplier");
    expect(SLUG_PATTERN.test(slugify("  --x--  "))).toBe(true);
  });
});
