import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/slug";
import { SHENZHEN_BOUNDS } from "@/lib/taxonomy";
import { db } from "@/server/db";
import { readSamplePlaces, seedSampleData, toSamplePlace } from "./sample-data";

describe("sample places", () => {
  const places = readSamplePlaces();
  const published = places.filter((p) => p.status === "PUBLISHED");

  it("has at least 40 published real places across 8 categories and 6 districts", () => {
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(new Set(published.map((p) => p.category)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(published.map((p) => p.district)).size).toBeGreaterThanOrEqual(6);
  });

  it("places every published point inside Shenzhen and flags guessed points as approximate", () => {
    for (const p of published) {
      expect(p.location, p.name).not.toBeNull();
      const { lat, lng } = p.location!;
      expect(lat).toBeGreaterThan(SHENZHEN_BOUNDS.minLat);
      expect(lat).toBeLessThan(SHENZHEN_BOUNDS.maxLat);
      expect(lng).toBeGreaterThan(SHENZHEN_BOUNDS.minLng);
      expect(lng).toBeLessThan(SHENZHEN_BOUNDS.maxLng);
    }
    const seg = places.find((p) => p.slug === "seg-electronics-market-seg-plaza")!;
    expect(seg.precision).toBe("BUILDING");
    const market = places.find((p) => p.slug === "yuan-wang-digital-mall")!;
    expect(market.precision).toBe("AREA");
  });

  it("keeps places without a district pending and closed places archived", () => {
    expect(places.find((p) => p.slug === "pcbway")).toMatchObject({ status: "PENDING", district: null, location: null });
    expect(places.find((p) => p.slug === "gaokede-electronics-market")?.status).toBe("ARCHIVED");
  });

  it("gives every place a slug of the slug alphabet and only http(s) websites", () => {
    for (const p of places) {
      expect(p.slug).toMatch(SLUG_PATTERN);
      if (p.website !== null) expect(p.website).toMatch(/^https?:\/\/[^/\s]+\//);
    }
  });

  it("refuses a row whose website is not a web address", () => {
    const row = { name: "Bad Link Works", nameZh: "", category: "pcb-fab", district: "Futian", addressEn: "", addressZh: "", lat: "", lng: "", precision: "", status: "", sources: "" };
    expect(toSamplePlace({ ...row, website: "example.com" }).website).toBe("https://example.com/");
    expect(() => toSamplePlace({ ...row, website: "javascript:alert(1)" })).toThrow(/website/);
  });

  it("has unique slugs and invents no contact details", () => {
    expect(new Set(places.map((p) => p.slug)).size).toBe(places.length);
    expect(JSON.stringify(places)).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}|\+86|tel:/i);
  });
});

describe("seedSampleData", () => {
  it("is idempotent", async () => {
    const first = await seedSampleData();
    const second = await seedSampleData();
    expect(first.suppliersCreated).toBe(readSamplePlaces().length);
    expect(second.suppliersCreated).toBe(0);
    expect(second.byStatus).toEqual(first.byStatus);
    expect(await db.supplier.count({ where: { isSampleData: false } })).toBe(0);
  });
});
