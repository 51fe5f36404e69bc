import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsvRecords } from "@/lib/csv";
import { getEnv } from "@/lib/env";
import { createSupplier } from "@/server/test/factories";
import { GET } from "./route";

beforeAll(async () => {
  await createSupplier({ name: 'Comma, "Quote" Works', nameZh: "逗号工厂", category: "cnc-machining", district: "longhua", capabilities: ["cnc"] });
  await createSupplier({ name: "Draft Only", category: "cnc-machining", status: "PENDING" });
  await createSupplier({ name: '=HYPERLINK("http://evil.example","Click")', slug: "formula-works", addressEn: "+86 755 8888 0000", category: "cnc-machining" });
});

const get = (format: string) => GET(new Request(`http://test/api/export?format=${format}`));

describe("GET /api/export", () => {
  it("exports published suppliers as CSV that parses back, cacheable for a short while", async () => {
    const res = await get("csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    const records = parseCsvRecords(await res.text());
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ name: 'Comma, "Quote" Works', nameZh: "逗号工厂", capabilities: "cnc", district: "longhua" });
  });

  it("makes cells that start like a formula read as text", async () => {
    const records = parseCsvRecords(await (await get("csv")).text());
    const formula = records.find((r) => r.slug === "formula-works")!;
    expect(formula.name).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(formula.addressEn).toBe("'+86 755 8888 0000");
    expect(formula.lat).toMatch(/^\d/);
  });

  it("exports published suppliers as GeoJSON points in [lng, lat] order", async () => {
    const res = await get("geojson");
    const body = await res.json();
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(2);
    const [lng, lat] = body.features[0].geometry.coordinates;
    expect(lng).toBeGreaterThan(113);
    expect(lat).toBeLessThan(23);
    expect(body.features[0].properties.slug).toBe("comma-quote-works");
  });

  it("answers 400, not cacheable, for a missing or unknown format", async () => {
    for (const format of ["", "xml"]) {
      const res = await get(format);
      expect(res.status).toBe(400);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect((await res.json()).error.code).toBe("BAD_REQUEST");
    }
  });

  it("answers an error status, not 200 and an empty file, when the database cannot be read", async () => {
    const sqlite = new Database(getEnv().databasePath);
    sqlite.exec(`ALTER TABLE "Supplier" RENAME TO "Supplier_gone"`);
    try {
      for (const format of ["csv", "geojson"]) {
        const res = await get(format);
        expect(res.status, format).toBe(500);
        expect(res.headers.get("cache-control")).toBe("no-store");
        expect((await res.json()).error.code).toBe("INTERNAL");
      }
    } finally {
      sqlite.exec(`ALTER TABLE "Supplier_gone" RENAME TO "Supplier"`);
      sqlite.close();
    }
  });
});
