import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitTerms } from "./text";
import { centiRatingOfKey, keyBoundForMinRating, searchKey, supplierIdOfKey } from "./tokens";
import { readTerms, vocabularyWords } from "./vocabulary";

const read = (q: string) => readTerms(splitTerms(q)).map((u) => [u.terms.join(" "), u.readings.map((r) => `${r.kind}:${r.slug}`).join(",")]);

describe("readTerms", () => {
  it.each([
    ["4-layer PCB", [["4-layer pcb", "capability:pcb-4-layer"]]],
    ["4 layers pcb futian", [["4 layers pcb", "capability:pcb-4-layer"], ["futian", "district:futian"]]],
    ["PCB 福田", [["pcb", ""], ["福田", "district:futian"]]],
    ["南山区", [["南山区", "district:nanshan"]]],
    ["羅湖", [["罗湖", "district:luohu"]]],
    ["深セン", [["深セン", "place:shenzhen"]]],
    ["PCB制板", [["pcb 制板", "category:pcb-fab"]]],
    ["メイカースペース", [["メイカースペース", "category:makerspace"]]],
    ["SMT 贴片", [["smt 贴片", "capability:smt"]]],
    ["cnc", [["cnc", "category:cnc-machining,capability:cnc"]]],
    ["English", [["english", "language:en"]]],
    ["日本語", [["日本语", "language:ja"]]],
    ["pearl river", [["pearl", ""], ["river", ""]]],
  ])("reads %s", (q, expected) => {
    expect(read(q)).toEqual(expected);
  });

  it("reads nothing when asked to search literally", () => {
    expect(readTerms(splitTerms("4-layer PCB"), { literal: true }).every((u) => u.readings.length === 0)).toBe(true);
  });

  it("compares words without case, width, punctuation or a plural s", () => {
    expect(vocabularyWords("Ｍakerspaces / Fab-Labs")).toEqual(["makerspace", "fab", "lab"]);
    expect(vocabularyWords("glass")).toEqual(["glass"]);
  });
});

describe("searchKey", () => {
  it("orders suppliers by rating, then review count, then id, and gives the id back", () => {
    const a = searchKey(4.8, 10, 7);
    const b = searchKey(4.8, 3, 2);
    const c = searchKey(4.2, 500, 1);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(supplierIdOfKey(a)).toBe(7);
    expect(centiRatingOfKey(c)).toBe(420);
  });

  it("keeps every key an exact integer and bounds minimum ratings exactly", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.nat(100_000), fc.integer({ min: 1, max: 2 ** 32 - 1 }), fc.double({ min: 0.01, max: 5, noNaN: true }), (rating, reviews, id, min) => {
        const key = searchKey(rating, reviews, id);
        expect(Number.isSafeInteger(key)).toBe(true);
        expect(supplierIdOfKey(key)).toBe(id);
        const centi = Math.floor(rating * 100 + 1e-6);
        expect(key < keyBoundForMinRating(min)).toBe(centi >= Math.ceil(min * 100 - 1e-6));
      }),
    );
  });
});
