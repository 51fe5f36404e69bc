import { beforeAll, describe, expect, it } from "vitest";
import type { MapFeature, MapFeatureCollection } from "@/lib/map/features";
import { db } from "@/server/db";
import { createSupplier } from "@/server/test/factories";
import { GET } from "./route";

const SHENZHEN = "113.75,22.4,114.65,22.87";

const call = async (qs: string) => {
  const res = await GET(new Request(`http://test/api/map${qs}`));
  return { status: res.status, body: await res.json() };
};
const count = (features: MapFeature[]) => features.reduce((n, f) => n + ("cluster" in f.properties ? f.properties.point_count : 1), 0);
const slugs = (features: MapFeature[]) => features.flatMap((f) => ("slug" in f.properties ? [f.properties.slug] : [])).sort();

// Two groups far apart: Futian (30 suppliers within ~100 m) and Longgang (12), plus one in Nanshan.
beforeAll(async () => {
  for (let i = 0; i < 30; i++) {
    await createSupplier({
      name: `Futian Fab ${i}`,
      category: i < 10 ? "makerspace" : "pcb-fab",
      district: "futian",
      lat: 22.541 + (i % 6) * 2e-4,
      lng: 114.055 + Math.floor(i / 6) * 2e-4,
      ratingAvg: i % 5,
      acceptsSmallOrders: i % 2 === 0,
    });
  }
  for (let i = 0; i < 12; i++) {
    await createSupplier({ name: `Longgang Moulds ${i}`, category: "injection-molding", district: "longgang", lat: 22.72 + i * 1e-4, lng: 114.247, capabilities: ["cnc"] });
  }
  await createSupplier({ name: "Chaihuo Makers", nameZh: "柴火创客", category: "makerspace", district: "nanshan", lat: 22.533, lng: 113.93 });
  await createSupplier({ name: "Secret Pending", category: "makerspace", district: "nanshan", lat: 22.533, lng: 113.931, status: "PENDING" });
});

describe("GET /api/map", () => {
  it("answers a GeoJSON FeatureCollection of clusters and points", async () => {
    const { status, body } = await call(`?bbox=${SHENZHEN}&zoom=11`);
    expect(status).toBe(200);
    expect(body.type).toBe("FeatureCollection");
    const fc = body as MapFeatureCollection;
    const clusters = fc.features.filter((f) => "cluster" in f.properties);
    const points = fc.features.filter((f) => !("cluster" in f.properties));
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) {
      expect(c.properties).toMatchObject({ cluster: true, point_count: expect.any(Number), expansion_zoom: expect.any(Number) });
      expect(c.geometry.type).toBe("Point");
    }
    expect(points.map((p) => p.properties)).toContainEqual(expect.objectContaining({ slug: "chaihuo-makers", name: "Chaihuo Makers", nameZh: "柴火创客" }));
  });

  it("counts every published supplier once at every zoom, and never the pending one", async () => {
    for (let zoom = 0; zoom <= 22; zoom++) {
      const { body } = await call(`?bbox=${SHENZHEN}&zoom=${zoom}`);
      expect(count(body.features), `zoom ${zoom}`).toBe(43);
      expect(slugs(body.features)).not.toContain("secret-pending");
    }
  });

  it("counts the suppliers inside a smaller box: clusters plus points equal the suppliers there", async () => {
    for (const zoom of [10, 12, 14, 16, 18]) {
      expect(count((await call(`?bbox=114.0,22.5,114.1,22.6&zoom=${zoom}`)).body.features), `Futian at ${zoom}`).toBe(30);
      expect(count((await call(`?bbox=114.2,22.7,114.3,22.75&zoom=${zoom}`)).body.features), `Longgang at ${zoom}`).toBe(12);
      expect(count((await call(`?bbox=113.9,22.5,113.95,22.55&zoom=${zoom}`)).body.features), `Nanshan at ${zoom}`).toBe(1);
    }
  });

  it("splits clusters into points as the zoom grows", async () => {
    const far = (await call(`?bbox=114.0,22.5,114.1,22.6&zoom=10`)).body.features as MapFeature[];
    // A screen-sized box at zoom 20 (about 2 200 × 1 600 px).
    const near = (await call(`?bbox=114.054,22.5405,114.057,22.5425&zoom=20`)).body.features as MapFeature[];
    expect(far).toHaveLength(1);
    expect(near).toHaveLength(30);
    expect(near.every((f) => "slug" in f.properties)).toBe(true);
  });

  it("applies the list's filters", async () => {
    const at = (filters: string) => call(`?bbox=${SHENZHEN}&zoom=20&${filters}`).then((r) => r.body.features as MapFeature[]);
    expect(count(await at("category=makerspace"))).toBe(11);
    expect(count(await at("category=injection-molding&capability=cnc"))).toBe(12);
    expect(count(await at("district=futian&smallOrders=1"))).toBe(15);
    expect(count(await at("minRating=4"))).toBe(6);
    expect(slugs(await at("q=Chaihuo"))).toEqual(["chaihuo-makers"]);
    expect(slugs(await at("q=柴火"))).toEqual(["chaihuo-makers"]);
    expect(count(await at("category=accelerator"))).toBe(0);
  });

  it("rebuilds after a listing changes, without a restart", async () => {
    const before = count((await call(`?bbox=${SHENZHEN}&zoom=12&category=makerspace`)).body.features);
    await createSupplier({ name: "New Space", category: "makerspace", district: "luohu", lat: 22.548, lng: 114.131 });
    expect(count((await call(`?bbox=${SHENZHEN}&zoom=12&category=makerspace`)).body.features)).toBe(before + 1);
    await db.supplier.update({ where: { slug: "new-space" }, data: { status: "ARCHIVED" } });
    expect(count((await call(`?bbox=${SHENZHEN}&zoom=12&category=makerspace`)).body.features)).toBe(before);
    await db.supplier.update({ where: { slug: "chaihuo-makers" }, data: { lat: 22.72, lng: 114.2475 } });
    expect(count((await call(`?bbox=113.9,22.5,113.95,22.55&zoom=14`)).body.features)).toBe(0);
    await db.supplier.update({ where: { slug: "chaihuo-makers" }, data: { lat: 22.533, lng: 113.93 } });
  });

  it.each([
    ["", /bbox is required/],
    ["?bbox=1,2,3,4", /zoom is required/],
    [`?zoom=12`, /bbox is required/],
    [`?bbox=113.75,22.4,114.65&zoom=12`, /4 numbers/],
    [`?bbox=113.75,22.4,114.65,22.87,1&zoom=12`, /4 numbers/],
    [`?bbox=a,b,c,d&zoom=12`, /numbers/],
    [`?bbox=113.75,,114.65,22.87&zoom=12`, /numbers/],
    [`?bbox=-200,22.4,114.65,22.87&zoom=12`, /longitudes/],
    [`?bbox=113.75,-95,114.65,22.87&zoom=12`, /latitudes/],
    [`?bbox=113.75,22.87,114.65,22.4&zoom=12`, /minLat must be less than maxLat/],
    [`?bbox=114.65,22.4,113.75,22.87&zoom=12`, /180° meridian/],
    [`?bbox=179,22.4,-179,22.87&zoom=12`, /180° meridian/],
    [`?bbox=${SHENZHEN}&zoom=-1`, /zoom must be a number from 0 to 22/],
    [`?bbox=${SHENZHEN}&zoom=23`, /zoom must be a number from 0 to 22/],
    [`?bbox=${SHENZHEN}&zoom=abc`, /zoom must be a number from 0 to 22/],
    [`?bbox=${SHENZHEN}&zoom=12&zoom=13`, /zoom may be given only once/],
    [`?bbox=${SHENZHEN}&bbox=${SHENZHEN}&zoom=12`, /bbox may be given only once/],
    [`?bbox=${SHENZHEN}&zoom=12&category=spaceships`, /unknown category/],
    [`?bbox=${SHENZHEN}&zoom=12&district=kowloon`, /unknown district/],
    [`?bbox=${SHENZHEN}&zoom=12&capability=nope`, /unknown capability/],
    [`?bbox=${SHENZHEN}&zoom=12&language=xx`, /unknown language/],
    [`?bbox=${SHENZHEN}&zoom=12&minRating=6`, /minRating/],
    [`?bbox=${SHENZHEN}&zoom=12&smallOrders=maybe`, /smallOrders/],
    [`?bbox=${SHENZHEN}&zoom=12&q=${"a".repeat(300)}`, /q must be at most/],
    [`?bbox=${SHENZHEN}&zoom=12&colour=red`, /unknown parameter "colour"/],
    [`?bbox=${SHENZHEN}&zoom=12&sort=rating`, /unknown parameter "sort"/],
  ])("answers 400 with a message for %s", async (qs, message) => {
    const { status, body } = await call(qs);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toMatch(message);
  });

  it("clusters a box far larger than a screen at a coarser zoom instead of listing every point", async () => {
    const { body } = await call(`?bbox=-180,-85,180,85&zoom=20`);
    expect(count(body.features)).toBe(43);
    expect(body.features.length).toBeLessThan(10);
  });

  it("accepts a fractional zoom and clusters it as the zoom below", async () => {
    const a = await call(`?bbox=${SHENZHEN}&zoom=11.7`);
    const b = await call(`?bbox=${SHENZHEN}&zoom=11`);
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
  });
});
