import { describe, expect, it } from "vitest";
import { toPlainText } from "./plain-text";

describe("toPlainText", () => {
  it("keeps markup as literal text (escaping is the renderer's job)", () => {
    expect(toPlainText("<script>alert(1)</script> **bold** [x](https://evil.example)")).toBe(
      "<script>alert(1)</script> **bold** [x](https://evil.example)",
    );
  });

  it("keeps paragraphs but not runs of blank lines or trailing spaces", () => {
    expect(toPlainText("  First line  \r\nsecond\r\n\r\n\r\n\r\nthird\t \n")).toBe("First line\nsecond\n\nthird");
  });

  it("removes control characters and direction overrides", () => {
    expect(toPlainText("ab\u0000c\u0007d\u202Eevil\u202C\u2066x\u2069")).toBe("abcdevilx");
  });

  it("folds everything onto one line for single-line fields", () => {
    expect(toPlainText(" 50 boards\n\n4 layers ", { multiline: false })).toBe("50 boards 4 layers");
  });

  it("normalises to NFC so the same text compares equal", () => {
    expect(toPlainText("e\u0301")).toBe("\u00e9");
  });
});
