/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Used by the seed,
 * the export and the admin import, so all three agree on one dialect.
 */

export class CsvError extends Error {
  override name = "CsvError";
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== "") throw new CsvError(`line ${line}: quote inside an unquoted field`);
      inQuotes = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += c;
  }
  if (inQuotes) throw new CsvError(`line ${line}: unterminated quoted field`);
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
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

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map((v) => quote(v === null || v === undefined ? "" : String(v))).join(",") + "\r\n";
}
