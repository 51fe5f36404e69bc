/**
 * The admin CSV import: the export's columns (lib/export-format.ts), each row validated by the
 * listing form's schema. Pure: turns CSV text into rows to create or update and per-row errors;
 * server/data/import.ts compares them with the database and writes them.
 *
 * A column absent from the header leaves that field of existing listings alone, so a file with
 * only slug, name and phone corrects phones without touching anything else. The export's
 * computed columns (rating, review count, sample flag, update time, page URL) are read-only and
 * ignored.
 */
import { CsvError, parseCsv } from "../csv";
import { CSV_COLUMNS } from "../export-format";
import { SLUG_PATTERN } from "../slug";
import { computeChanges, type ProposedEdit } from "./diff";
import type { ListingField, ListingValues, LocationPrecision } from "./fields";
import { ERROR_PREFIX, parseListingForm, type ListingFormObject } from "./schema";

export const MAX_IMPORT_ROWS = 20_000;
/** The largest file the upload accepts: 20 000 rows of about 1 kB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type CsvColumn = (typeof CSV_COLUMNS)[number];

const READ_ONLY_COLUMNS: readonly CsvColumn[] = ["ratingAvg", "reviewCount", "isSampleData", "updatedAt", "url"];
const REQUIRED_COLUMNS: readonly CsvColumn[] = ["slug", "name", "category", "district", "lat", "lng"];
const LIST_COLUMNS: readonly CsvColumn[] = ["categories", "capabilities", "languages", "paymentMethods", "certifications"];
const BOOLEAN_COLUMNS: readonly CsvColumn[] = ["acceptsPrototypes", "acceptsSmallOrders"];

/** The listing field each writable column fills. */
const FIELD_OF: Partial<Record<CsvColumn, ListingField>> = {
  name: "name",
  nameZh: "nameZh",
  nameJa: "nameJa",
  category: "category",
  categories: "categories",
  capabilities: "capabilities",
  languages: "languages",
  paymentMethods: "paymentMethods",
  certifications: "certifications",
  district: "district",
  addressEn: "addressEn",
  addressZh: "addressZh",
  lat: "location",
  lng: "location",
  locationApproximate: "locationPrecision",
  website: "website",
  email: "email",
  phone: "phone",
  wechatId: "wechatId",
  moq: "moq",
  leadTimeDaysMin: "leadTimeDaysMin",
  leadTimeDaysMax: "leadTimeDaysMax",
  acceptsPrototypes: "acceptsPrototypes",
  acceptsSmallOrders: "acceptsSmallOrders",
};

export type ImportRow = {
  /** The record's number in the file, the header being 1. */
  row: number;
  /** Null: a new listing whose slug is made from its name. */
  slug: string | null;
  values: ListingValues;
  /** Whether the file calls the point approximate; null when it does not say. */
  approximate: boolean | null;
};

export type ImportRowError = { row: number; field: string; message: string };

export type ParsedImport = {
  /** The listing fields the file's columns cover; updates touch only these. */
  fields: ListingField[];
  rows: ImportRow[];
  errors: ImportRowError[];
  /** Problems with the file as a whole (message keys, with a column name after a colon). */
  fileErrors: string[];
};

const key = (name: string) => ERROR_PREFIX + name;

function booleanText(v: string): string {
  const t = v.trim().toLowerCase();
  if (t === "true" || t === "yes" || t === "1") return "yes";
  if (t === "false" || t === "no" || t === "0") return "no";
  return t === "" ? "unknown" : v;
}

function rowObject(record: Record<string, string>): ListingFormObject {
  const out: ListingFormObject = { datum: "WGS84" };
  for (const [column, value] of Object.entries(record)) {
    if (LIST_COLUMNS.includes(column as CsvColumn)) out[column] = value.split(";").map((s) => s.trim()).filter(Boolean);
    else if (BOOLEAN_COLUMNS.includes(column as CsvColumn)) out[column] = booleanText(value);
    else out[column] = value;
  }
  return out;
}

function precisionFor(approximate: boolean | null): LocationPrecision | null {
  return approximate === null ? null : approximate ? "AREA" : "BUILDING";
}

type Header = { columns: string[]; writable: string[]; fields: ListingField[]; body: string[][] };

function readHeader(text: string): Header | { fileErrors: string[] } {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { fileErrors: [`${key("csvSyntax")}:${error.message}`] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { fileErrors: [key("csvEmpty")] };
  const columns = header.map((h) => h.trim());
  const fileErrors = [
    ...columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c)).map((c) => `${key("csvUnknownColumn")}:${c}`),
    ...REQUIRED_COLUMNS.filter((c) => !columns.includes(c)).map((c) => `${key("csvMissingColumn")}:${c}`),
    ...columns.filter((c, i) => columns.indexOf(c) !== i).map((c) => `${key("csvDuplicateColumn")}:${c}`),
  ];
  if (body.length > MAX_IMPORT_ROWS) fileErrors.push(`${key("csvTooManyRows")}:${MAX_IMPORT_ROWS}`);
  if (fileErrors.length > 0) return { fileErrors };
  const writable = columns.filter((c) => !READ_ONLY_COLUMNS.includes(c as CsvColumn));
  const fields = [...new Set(writable.map((c) => FIELD_OF[c as CsvColumn]).filter((f): f is ListingField => f !== undefined))];
  return { columns, writable, fields, body };
}

/** Validates one record; `seenSlugs` carries the slugs of the rows before it. */
function readRow(h: Header, cells: string[], row: number, seenSlugs: Set<string>, out: ParsedImport): void {
  if (cells.every((c) => c.trim() === "")) return;
  if (cells.length !== h.columns.length) {
    out.errors.push({ row, field: "row", message: key("csvFieldCount") });
    return;
  }
  const record = Object.fromEntries(h.writable.map((c) => [c, cells[h.columns.indexOf(c)]]));
  const rowErrors: ImportRowError[] = [];
  const slug = record.slug.trim() || null;
  if (slug !== null && !SLUG_PATTERN.test(slug)) rowErrors.push({ row, field: "slug", message: key("invalidSlug") });
  else if (slug !== null && seenSlugs.has(slug)) rowErrors.push({ row, field: "slug", message: key("duplicateSlug") });
  if (slug !== null) seenSlugs.add(slug);
  const approxText = (record.locationApproximate ?? "").trim().toLowerCase();
  const approximate = approxText === "" ? null : approxText === "true" ? true : approxText === "false" ? false : undefined;
  if (approximate === undefined) rowErrors.push({ row, field: "locationApproximate", message: key("invalidChoice") });
  const parsed = parseListingForm(rowObject(record), "edit");
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(parsed.fieldErrors)) {
      for (const message of messages) rowErrors.push({ row, field, message });
    }
  }
  if (rowErrors.length > 0 || !parsed.success || approximate === undefined) {
    out.errors.push(...rowErrors);
    return;
  }
  const { source: _source, ...values } = parsed.data;
  out.rows.push({ row, slug, values: { ...values, locationPrecision: precisionFor(approximate) }, approximate });
}

/** Reads an import file: header checks, then every row through the listing schema. */
export function parseImportCsv(text: string): ParsedImport {
  const h = readHeader(text);
  if ("fileErrors" in h) return { fields: [], rows: [], errors: [], fileErrors: h.fileErrors };
  const out: ParsedImport = { fields: h.fields, rows: [], errors: [], fileErrors: [] };
  const seen = new Set<string>();
  h.body.forEach((cells, i) => readRow(h, cells, i + 2, seen, out));
  return out;
}

/**
 * The same, giving the event loop back every `sliceRows` rows: validating 10 000 rows takes
 * about a second, which a server must not spend without answering anyone else.
 */
export async function parseImportCsvInSlices(text: string, sliceRows = 500): Promise<ParsedImport> {
  const h = readHeader(text);
  if ("fileErrors" in h) return { fields: [], rows: [], errors: [], fileErrors: h.fileErrors };
  const out: ParsedImport = { fields: h.fields, rows: [], errors: [], fileErrors: [] };
  const seen = new Set<string>();
  for (let i = 0; i < h.body.length; i++) {
    if (i > 0 && i % sliceRows === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    readRow(h, h.body[i], i + 2, seen, out);
  }
  return out;
}

const isApproximate = (p: LocationPrecision | null) => p === null || p === "AREA" || p === "DISTRICT";

/**
 * What importing `row` over `current` changes: only the fields the file covers. A point's
 * precision changes only when the file's approximate flag disagrees with it (the export can only
 * say approximate or not, so an exact point stays exact when the file says "not approximate").
 */
export function importChanges(current: ListingValues, row: ImportRow, fields: readonly ListingField[]): ProposedEdit {
  const proposed: ListingValues = { ...current };
  for (const field of fields) {
    if (field === "locationPrecision") continue;
    (proposed as Record<string, unknown>)[field] = row.values[field];
  }
  if (fields.includes("locationPrecision") && row.approximate !== null && row.approximate !== isApproximate(current.locationPrecision)) {
    proposed.locationPrecision = precisionFor(row.approximate);
  }
  if (fields.includes("category") && !fields.includes("categories") && !proposed.categories.includes(proposed.category)) {
    proposed.categories = [proposed.category, ...proposed.categories];
  }
  return computeChanges(current, proposed);
}

export const IMPORT_ERROR_KEYS = [
  "csvSyntax",
  "csvEmpty",
  "csvUnknownColumn",
  "csvMissingColumn",
  "csvDuplicateColumn",
  "csvTooManyRows",
  "csvFieldCount",
  "invalidSlug",
  "duplicateSlug",
].map(key);
