import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, parseCsvRecords, toCsvLine } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
  });

  it("rejects an unterminated quote", () => {
    expect(() => parseCsv('a,"b')).toThrow(CsvError);
  });

  it("round-trips anything toCsvLine writes", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0].length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        // A lone empty field on a line is indistinguishable from a blank line.
        fc.pre(width > 1 || table.every((r) => r[0] !== ""));
        expect(parseCsv(table.map(toCsvLine).join(""))).toEqual(table);
      }),
    );
  });
});

describe("parseCsvRecords", () => {
  it("keys records by header and skips blank lines", () => {
    expect(parseCsvRecords("a,b\n1,2\n\n3,4\n")).toEqual([
      { a: "1", b: "2" },
      { a: "3", b: "4" },
    ]);
  });

  it("rejects rows of the wrong width unless asked to join the overflow into the last column", () => {
    expect(() => parseCsvRecords("a,b\n1,2,3\n")).toThrow(/3 fields/);
    expect(parseCsvRecords("a,b\n1,2,3\n", { joinExtraIntoLast: true })).toEqual([{ a: "1", b: "2,3" }]);
  });
});
