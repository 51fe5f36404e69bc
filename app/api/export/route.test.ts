import { beforeAll, describe, expect, it } from "vitest";
import { parseCsvRecords } from "@/lib/csv";
import { createSupplier } from "@/server/test/factories";
import { GET } from "./route";

beforeAll(async () => {
  await createSupplier({ name: 'Comma, "Quote" Works', nameZh: "逗号工厂", category: "cnc-machining", district: "longhua", capabilities: ["cnc"] });
  await createSupplier({ name: "Draft Only", category: "cnc-machining", status: "PENDING" });
});

const get = (format: string) => GET(new Request(`http://test/api/export?format=${format}`));

describe("GET /api/export", () => {
  it("exports published suppliers as CSV that parses back", async () => {
    const res = await get("csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const records = parseCsvRecords(await res.text());
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ name: 'Comma, "Quote" Works', nameZh: "逗号工厂", capabilities: "cnc", district: "longhua" });
  });

  it("exports published suppliers as GeoJSON points in [lng, lat] order", async () => {
    const res = await get("geojson");
    const body = await res.json();
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(1);
    const [lng, lat] = body.features[0].geometry.coordinates;
    expect(lng).toBeGreaterThan(113);
    expect(lat).toBeLessThan(23);
    expect(body.features[0].properties.slug).toBe("comma-quote-works");
  });

  it("answers 400 for a missing or unknown format", async () => {
    for (const format of ["", "xml"]) {
      const res = await get(format);
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("BAD_REQUEST");
    }
  });
});
