import { describe, expect, it } from "vitest";
import { alternateLinksHeader, languageTag, localBusinessJsonLd, localizedAlternates, localizedPath, unlocalizedPath } from "./seo";

describe("alternate language versions", () => {
  it("say zh-Hans for Chinese, in the page head and in the Link header alike", () => {
    expect(languageTag("zh")).toBe("zh-Hans");
    expect(Object.keys(localizedAlternates("/suppliers", "en")!.languages!)).toEqual(["en", "ja", "zh-Hans", "x-default"]);
    expect(alternateLinksHeader("/suppliers", "https://directory.example")).toBe(
      '<https://directory.example/suppliers>; rel="alternate"; hreflang="en", ' +
        '<https://directory.example/ja/suppliers>; rel="alternate"; hreflang="ja", ' +
        '<https://directory.example/zh/suppliers>; rel="alternate"; hreflang="zh-Hans", ' +
        '<https://directory.example/suppliers>; rel="alternate"; hreflang="x-default"',
    );
  });

  it("keep the Link header on the site's origin and well-formed whatever the path holds", () => {
    const header = alternateLinksHeader('/x>; rel="canonical", <https://evil.example/', "https://directory.example");
    for (const link of header.split(", <")) expect(link).toMatch(/^<?https:\/\/directory\.example\/[^<>\s]*>; rel="alternate"; hreflang="[a-zA-Z-]+"$/);
  });

  it("strip the locale prefix from a path", () => {
    expect(unlocalizedPath("/ja/suppliers/seeed-studio")).toBe("/suppliers/seeed-studio");
    expect(unlocalizedPath("/zh")).toBe("/");
    expect(unlocalizedPath("/japan")).toBe("/japan");
    expect(unlocalizedPath("/")).toBe("/");
  });
});

describe("localBusinessJsonLd", () => {
  const supplier = {
    slug: "x",
    name: "X",
    nameZh: null,
    nameJa: null,
    description: null,
    addressEn: null,
    addressZh: null,
    lat: null,
    lng: null,
    contacts: { website: "https://x.example/", email: null, phone: null },
    rating: { average: 0, count: 0 },
  };

  it("links the website in sameAs only when it is an http(s) address", () => {
    expect(localBusinessJsonLd(supplier, "https://d.example").sameAs).toEqual(["https://x.example/"]);
    for (const website of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", " javascript:x"]) {
      expect(localBusinessJsonLd({ ...supplier, contacts: { ...supplier.contacts, website } }, "https://d.example")).not.toHaveProperty("sameAs");
    }
  });
});

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
