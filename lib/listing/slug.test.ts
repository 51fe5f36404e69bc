import { describe, expect, it } from "vitest";
import { listingSlugBase, nextFreeSlug } from "./slug";

describe("listingSlugBase", () => {
  it.each([
    [{ name: "Seeed Studio", nameZh: "矽递科技" }, "seeed-studio"],
    [{ name: "华强电子", nameZh: "华强电子" }, "hua-qiang-dian-zi"],
    [{ name: "深圳ABC电子", nameZh: null }, "shen-zhen-abc-dian-zi"],
    [{ name: "スイッチサイエンス", nameZh: null }, "supplier"],
  ])("%j → %s", (names, slug) => {
    expect(listingSlugBase(names)).toBe(slug);
  });
});

describe("nextFreeSlug", () => {
  it("adds the first free number", () => {
    expect(nextFreeSlug("a", new Set())).toBe("a");
    expect(nextFreeSlug("a", new Set(["a", "a-2"]))).toBe("a-3");
  });
});
