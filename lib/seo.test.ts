import { describe, expect, it } from "vitest";
import { localizedAlternates, localizedPath } from "./seo";

describe("localizedAlternates", () => {
  it("links a page to itself in every language, English without a prefix", () => {
    expect(localizedAlternates("/", "ja")).toEqual({
      canonical: "/ja",
      languages: { en: "/", ja: "/ja", "zh-Hans": "/zh", "x-default": "/" },
    });
  });

  it("keeps the search parameters on every alternate", () => {
    expect(localizedAlternates("/suppliers", "zh", "category=pcb-fab&district=futian")).toEqual({
      canonical: "/zh/suppliers?category=pcb-fab&district=futian",
      languages: {
        en: "/suppliers?category=pcb-fab&district=futian",
        ja: "/ja/suppliers?category=pcb-fab&district=futian",
        "zh-Hans": "/zh/suppliers?category=pcb-fab&district=futian",
        "x-default": "/suppliers?category=pcb-fab&district=futian",
      },
    });
  });

  it("gives English paths without a prefix", () => {
    expect(localizedPath("/suppliers/x", "en")).toBe("/suppliers/x");
    expect(localizedPath("/suppliers/x", "ja")).toBe("/ja/suppliers/x");
  });
});
