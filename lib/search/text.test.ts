import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, normalizeSearchText } from "./fold";
import { splitTerms } from "./text";
import { termAnywhere } from "./tokens";

describe("normalizeSearchText", () => {
  it("folds full-width Latin and removes control characters", () => {
    expect(normalizeSearchText("ＰＣＢ\u0000\u200b  基板\n")).toBe("PCB 基板");
  });
});

describe("foldText", () => {
  it("folds traditional, simplified and Japanese forms of Chinese characters to one", () => {
    expect(foldText("華強北路")).toBe("华强北路");
    expect(foldText("電子")).toBe(foldText("电子"));
    expect(foldText("龍崗")).toBe(foldText("龙岗"));
    expect(foldText("広東")).toBe(foldText("廣東"));
    expect(foldText("広東")).toBe("广东");
  });

  it("folds width, case and Latin diacritics, keeping kana voicing marks", () => {
    expect(foldText("ＴÜＶ Süd")).toBe("tuv sud");
    expect(foldText("ｶﾞﾝﾀﾞﾑ")).toBe("ガンダム");
  });
});

describe("splitTerms", () => {
  it("splits at spaces and where Latin letters meet CJK characters", () => {
    expect(splitTerms("深圳 华强北 pcb")).toEqual(["深圳", "华强北", "pcb"]);
    expect(splitTerms("PCB制板")).toEqual(["pcb", "制板"]);
    expect(splitTerms("4層基板")).toEqual(["4", "层基板"]);
  });

  it("keeps inner punctuation and drops it at the edges of words", () => {
    expect(splitTerms("4-layer (EMS), x.factory")).toEqual(["4-layer", "ems", "x.factory"]);
    expect(splitTerms('* "')).toEqual(["*", '"']);
  });

  it("lower-cases and removes repeated terms", () => {
    expect(splitTerms("Seeed seeed SEEED")).toEqual(["seeed"]);
  });

  it("is empty for blank input", () => {
    expect(splitTerms("   ")).toEqual([]);
  });
});

describe("index expressions", () => {
  it("any text becomes an expression of quoted tokens made only of [0-9a-z] and operators", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (input) => {
        for (const term of splitTerms(input)) {
          const expr = termAnywhere(term);
          const stripped = expr.replace(/"[0-9a-z ]+"/g, "").replace(/\b(?:OR|AND)\b/g, "");
          expect(stripped).toMatch(/^[() ]*$/);
        }
      }),
    );
  });
});
