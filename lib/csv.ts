/**
 * RFC 4180 CSV through csv-parse and csv-stringify: quoted fields may hold commas, quotes ("")
 * and line breaks. The seed, the export and the admin import all go through these functions,
 * so they agree on one dialect.
 */
import { CsvError as ParseError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

export class CsvError extends Error {
  override name = "CsvError";
  constructor(
    message: string,
    /** 1-based line of the input where reading stopped, when known. */
    readonly line?: number,
  ) {
    super(message);
  }
}

type Cell = string | number | boolean | null | undefined;

/** Rows of fields; a blank line is a row with one empty field, rows may differ in width. */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      relax_column_count: true,
      // Files edited on different systems mix line endings; accept each on every line.
      record_delimiter: ["\r\n", "\n", "\r"],
    });
  } catch (error) {
    if (error instanceof ParseError) {
      throw new CsvError(error.message, typeof error.lines === "number" ? error.lines : undefined);
    }
    throw error;
  }
}

/**
 * Parses a CSV with a header row into objects keyed by the header's names. `joinExtraIntoLast`
 * accepts files whose free-text last column was written unquoted with commas in it (the shared
 * sample data has such rows): extra fields are joined back into that column.
 */
export function parseCsvRecords(text: string, options: { joinExtraIntoLast?: boolean } = {}): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => r.some((f) => f.trim() !== ""))
    .map((r, n) => {
      if (options.joinExtraIntoLast && r.length > header.length) {
        r = [...r.slice(0, header.length - 1), r.slice(header.length - 1).join(",")];
      }
      if (r.length !== header.length) {
        throw new CsvError(`record ${n + 1}: ${r.length} fields, header has ${header.length}`);
      }
      return Object.fromEntries(header.map((h, k) => [h, r[k]]));
    });
}

/**
 * One CSV line ending in CRLF. Text cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR, or their full-width forms) are prefixed with a single quote, as
 * OWASP recommends for CSV injection: the value stays readable ("'+86 755 …") and is shown as
 * text. Numbers are never prefixed, so -12.5 stays a number. Pass `escapeFormulas: false` only
 * for files no spreadsheet will open.
 */
export function toCsvLine(values: readonly Cell[], { escapeFormulas = true }: { escapeFormulas?: boolean } = {}): string {
  return stringify([values.map((v) => (v === undefined ? null : v))], {
    record_delimiter: "\r\n",
    // Quote fields holding a lone CR or LF too, not only the CRLF record delimiter.
    quote_record_delimiter: true,
    escape_formulas: escapeFormulas,
    cast: { boolean: (v) => String(v) },
  });
}

const ESCAPED_FORMULA = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Undoes toCsvLine's formula prefix, for importing a file this app exported. A value that really
 * began with a quote before one of those characters cannot be told apart and loses its quote.
 */
export function unescapeFormula(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}
