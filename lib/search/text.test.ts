import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFtsMatch, containsPattern, ftsString, normalizeSearchText, splitTerms } from "./text";

describe("normalizeSearchText", () => {
  it("folds full-width Latin and removes control characters", () => {
    expect(normalizeSearchText("ＰＣＢ\u0000\u200b  基板\n")).toBe("PCB 基板");
  });
});

describe("splitTerms", () => {
  it("separates short CJK terms from terms the trigram index can match", () => {
    expect(splitTerms("深圳 华强北 pcb")).toEqual({ all: ["深圳", "华强北", "pcb"], fts: ["华强北", "pcb"], short: ["深圳"] });
  });

  it("lower-cases and removes repeated terms", () => {
    expect(splitTerms("Seeed seeed SEEED").all).toEqual(["seeed"]);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(splitTerms("𠀀𠀁").short).toEqual(["𠀀𠀁"]);
  });

  it("is empty for blank input", () => {
    expect(splitTerms("   ").all).toEqual([]);
  });
});

describe("FTS5 escaping", () => {
  it("escapes quotes by doubling them inside a string literal", () => {
    expect(ftsString('say "hi"')).toBe('"say ""hi"""');
  });

  it("turns operators and syntax into literal strings", () => {
    expect(buildFtsMatch(["near", "and", "(x*", "col:val"])).toBe('"near" "and" "(x*" "col:val"');
  });

  it("returns null without terms", () => {
    expect(buildFtsMatch([])).toBeNull();
  });

  it("escapes LIKE wildcards and the escape character", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });

  it("any string becomes a MATCH expression made only of well-formed string literals", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (input) => {
        const match = buildFtsMatch(splitTerms(input).fts);
        if (match === null) return;
        // A sequence of "…" literals separated by single spaces, with inner quotes doubled.
        expect(match).toMatch(/^"(?:[^"]|"")*"(?: "(?:[^"]|"")*")*$/);
      }),
    );
  });
});
