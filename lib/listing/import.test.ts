import { describe, expect, it } from "vitest";
import { toCsvLine } from "../csv";
import { csvHeader, csvRow, type ExportRecord } from "../export-format";
import { IMPORT_ERROR_KEYS, importChanges, parseImportCsv, parseImportCsvInSlices } from "./import";
import { LISTING_ERROR_KEYS } from "./schema";
import { sampleListingValues } from "./test-values";

function record(patch: Partial<ExportRecord> = {}): ExportRecord {
  return {
    slug: "example-circuits",
    name: "Example Circuits",
    nameZh: "示例电路",
    nameJa: null,
    category: "pcb-fab",
    categories: ["pcb-fab", "pcb-assembly"],
    capabilities: ["smt"],
    languages: ["en", "zh"],
    paymentMethods: ["paypal"],
    certifications: [],
    district: "futian",
    addressEn: "1 Huaqiang North Rd",
    addressZh: null,
    lat: 22.5457,
    lng: 114.087,
    locationApproximate: false,
    website: "https://example.com/",
    email: null,
    phone: "+8613800138000",
    wechatId: null,
    moq: 5,
    leadTimeDaysMin: 3,
    leadTimeDaysMax: 7,
    acceptsPrototypes: true,
    acceptsSmallOrders: null,
    ratingAvg: 4.5,
    reviewCount: 2,
    isSampleData: false,
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...patch,
  };
}

const exportFile = (...records: ExportRecord[]) => csvHeader() + records.map((r) => csvRow(r, "https://x.example")).join("");

describe("parseImportCsv", () => {
  it("reads an export file back, ignoring the computed columns", () => {
    const parsed = parseImportCsv(exportFile(record(), record({ slug: "", name: "New Place", phone: "0755-2612 3456", acceptsSmallOrders: false })));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.slug])).toEqual([
      [2, "example-circuits"],
      [3, null],
    ]);
    expect(parsed.rows[0].values).toMatchObject({
      name: "Example Circuits",
      categories: ["pcb-fab", "pcb-assembly"],
      location: { lat: 22.5457, lng: 114.087, datum: "WGS84" },
      locationPrecision: "BUILDING",
      acceptsPrototypes: true,
      acceptsSmallOrders: null,
    });
    expect(parsed.rows[1].values).toMatchObject({ phone: "+8675526123456", acceptsSmallOrders: false });
    expect(parsed.fields).not.toContain("qq");
    expect(parsed.fields).toContain("location");
  });

  it("reports every bad row with its number, field and message key", () => {
    const text = exportFile(
      record({ slug: "good" }),
      record({ slug: "Bad Slug" }),
      record({ slug: "good" }),
      record({ slug: "c", category: "bakery", website: "javascript:alert(1)" }),
      record({ slug: "d", lat: 35.68, lng: 139.76 }),
    );
    const { rows, errors } = parseImportCsv(text);
    expect(rows.map((r) => r.slug)).toEqual(["good"]);
    expect(errors).toEqual([
      { row: 3, field: "slug", message: "listingForm.errors.invalidSlug" },
      { row: 4, field: "slug", message: "listingForm.errors.duplicateSlug" },
      { row: 5, field: "category", message: "listingForm.errors.invalidChoice" },
      { row: 5, field: "website", message: "listingForm.errors.invalidUrl" },
      { row: 6, field: "location", message: "listingForm.errors.locationOutsideShenzhen" },
    ]);
    for (const e of errors) expect([...LISTING_ERROR_KEYS, ...IMPORT_ERROR_KEYS]).toContain(e.message);
  });

  it.each([
    ["an unknown column", "slug,name,category,district,lat,lng,colour\r\n", "listingForm.errors.csvUnknownColumn:colour"],
    ["a missing column", "slug,name,category,district,lat\r\n", "listingForm.errors.csvMissingColumn:lng"],
    ["a repeated column", "slug,name,name,category,district,lat,lng\r\n", "listingForm.errors.csvDuplicateColumn:name"],
    ["an empty file", "", "listingForm.errors.csvEmpty"],
  ])("refuses %s", (_label, text, error) => {
    expect(parseImportCsv(text).fileErrors).toEqual([error]);
  });

  it("refuses broken quoting, saying where", () => {
    const [error, ...rest] = parseImportCsv('slug,name\r\n"open').fileErrors;
    expect(rest).toEqual([]);
    expect(error).toMatch(/^listingForm\.errors\.csvSyntax:.*line 2/);
  });

  it("gives the same answer when validating in slices", async () => {
    const text = exportFile(record({ slug: "a" }), record({ slug: "b", moq: 0 }), record({ slug: "a" }), record({ slug: "" }));
    expect(await parseImportCsvInSlices(text, 1)).toEqual(parseImportCsv(text));
  });

  it("counts a row with the wrong number of fields as bad", () => {
    const text = "slug,name,category,district,lat,lng\r\n" + toCsvLine(["a", "A", "pcb-fab", "futian", 22.5457]);
    expect(parseImportCsv(text).errors).toEqual([{ row: 2, field: "row", message: "listingForm.errors.csvFieldCount" }]);
  });
});

describe("importChanges", () => {
  const current = sampleListingValues({ locationPrecision: "EXACT" });
  const parseOne = (text: string) => {
    const p = parseImportCsv(text);
    expect(p.errors).toEqual([]);
    return { row: p.rows[0], fields: p.fields };
  };

  it("changes only the columns the file has", () => {
    const { row, fields } = parseOne("slug,name,category,district,lat,lng,phone\r\n" + toCsvLine(["example-circuits", "Example Circuits", "pcb-fab", "futian", 22.5457, 114.087, "0755 2612 3456"]));
    expect(importChanges(current, row, fields)).toEqual({ changes: { phone: "+8675526123456" }, baseValues: { phone: "+8613800138000" } });
  });

  it("keeps an exact point exact when the file says 'not approximate', and marks it approximate when the file says so", () => {
    const exactly = parseOne(exportFile(record({ ...toRecord(current), locationApproximate: false })));
    expect(importChanges(current, exactly.row, exactly.fields).changes).toEqual({});
    const roughly = parseOne(exportFile(record({ ...toRecord(current), locationApproximate: true })));
    expect(importChanges(current, roughly.row, roughly.fields).changes).toEqual({ locationPrecision: "AREA" });
  });
});

/** The export record of a listing value (the columns the export has). */
function toRecord(v: ReturnType<typeof sampleListingValues>): Partial<ExportRecord> {
  return {
    name: v.name,
    nameZh: v.nameZh,
    nameJa: v.nameJa,
    category: v.category,
    categories: v.categories,
    capabilities: v.capabilities,
    languages: v.languages,
    paymentMethods: v.paymentMethods,
    certifications: v.certifications,
    district: v.district,
    addressEn: v.addressEn,
    addressZh: v.addressZh,
    lat: v.location!.lat,
    lng: v.location!.lng,
    website: v.website,
    email: v.email,
    phone: v.phone,
    wechatId: v.wechatId,
    moq: v.moq,
    leadTimeDaysMin: v.leadTimeDaysMin,
    leadTimeDaysMax: v.leadTimeDaysMax,
    acceptsPrototypes: v.acceptsPrototypes,
    acceptsSmallOrders: v.acceptsSmallOrders,
  };
}
