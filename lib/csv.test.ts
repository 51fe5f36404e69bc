import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, parseCsvRecords, toCsvLine, unescapeFormula } from "./csv";

const table = fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }).map((rows) => {
  const width = rows[0].length;
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
});
// A lone empty field on a line is indistinguishable from a blank line.
const unambiguous = (t: string[][]) => t[0].length > 1 || t.every((r) => r[0] !== "");

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
  });

  it("accepts LF, CRLF and CR line endings mixed in one file", () => {
    expect(parseCsv("a,b\r1,2\n3,4\r\n5,6")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("rejects an unterminated quote and a quote inside an unquoted field, saying where", () => {
    expect(() => parseCsv('a,"b')).toThrow(CsvError);
    expect(() => parseCsv('x\na,b"c')).toThrow(CsvError);
    expect(() => parseCsv('x\ny\na,b"c')).toThrow(expect.objectContaining({ line: 3 }));
  });

  it("round-trips anything toCsvLine writes without formula escaping", () => {
    fc.assert(
      fc.property(table, (t) => {
        fc.pre(unambiguous(t));
        expect(parseCsv(t.map((r) => toCsvLine(r, { escapeFormulas: false })).join(""))).toEqual(t);
      }),
    );
  });

  it("round-trips through unescapeFormula with formula escaping (values not starting with a quote)", () => {
    fc.assert(
      fc.property(table, (t) => {
        fc.pre(unambiguous(t) && t.every((r) => r.every((v) => !v.startsWith("'"))));
        const back = parseCsv(t.map((r) => toCsvLine(r)).join("")).map((r) => r.map(unescapeFormula));
        expect(back).toEqual(t);
      }),
    );
  });
});

describe("toCsvLine", () => {
  it("prefixes a quote to text a spreadsheet would run as a formula", () => {
    const cells = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "+86 755 1234 5678", "-", "@SUM(A1)", "\tx", "\rx", "＝1+1", "－1"];
    const [row] = parseCsv(toCsvLine(cells));
    expect(row).toEqual(cells.map((c) => `'${c}`));
  });

  it("leaves numbers, booleans, empty cells and ordinary text as they are", () => {
    expect(toCsvLine([-12.5, 0, true, false, null, undefined, "", "Seeed Studio", "a=b", "x-1"])).toBe(
      "-12.5,0,true,false,,,,Seeed Studio,a=b,x-1\r\n",
    );
  });

  it("quotes a field holding a lone CR or LF", () => {
    expect(toCsvLine(["a\rb", "c\nd"])).toBe('"a\rb","c\nd"\r\n');
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
