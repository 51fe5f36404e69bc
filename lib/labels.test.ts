import { describe, expect, it } from "vitest";
import { displayNames, langTag, localizedNames } from "./labels";

const seeed = { name: "Seeed Studio", nameZh: "矽递科技", nameJa: "シードスタジオ" };

describe("localizedNames", () => {
  it("puts the page's language first and tags every name with its language", () => {
    expect(localizedNames(seeed, "ja")).toEqual({
      primary: { text: "シードスタジオ", lang: "ja" },
      others: [
        { text: "Seeed Studio", lang: "en" },
        { text: "矽递科技", lang: "zh-Hans" },
      ],
    });
    expect(localizedNames(seeed, "zh").primary).toEqual({ text: "矽递科技", lang: "zh-Hans" });
    expect(localizedNames(seeed, "en").primary).toEqual({ text: "Seeed Studio", lang: "en" });
  });

  it("falls back to the English name and drops missing or repeated names", () => {
    const onlyEnglish = { name: "HAX", nameZh: null, nameJa: "  " };
    expect(localizedNames(onlyEnglish, "zh")).toEqual({ primary: { text: "HAX", lang: "en" }, others: [] });
    const same = { name: "JLCPCB", nameZh: "JLCPCB", nameJa: null };
    expect(localizedNames(same, "zh").others).toEqual([]);
  });

  it("gives the same texts in the same order as displayNames", () => {
    for (const locale of ["en", "ja", "zh"] as const) {
      const tagged = localizedNames(seeed, locale);
      const plain = displayNames(seeed, locale);
      expect([tagged.primary, ...tagged.others].map((n) => n.text)).toEqual([plain.primary, ...plain.others]);
    }
  });
});

describe("langTag", () => {
  it("marks Chinese as Simplified", () => {
    expect(langTag("zh")).toBe("zh-Hans");
    expect(langTag("ja")).toBe("ja");
  });
});
