import { describe, expect, it } from "vitest";
import { mulberry32 } from "../synth";
import { buildMapIndex, MAX_FEATURES, queryMapIndex, type PointInput } from "./cluster";
import { featureCount } from "./features";

const point = (id: number, lat: number, lng: number, district = "futian"): PointInput => ({ id, lat, lng, district });

/** Points spread over Shenzhen from a fixed seed. */
function spread(n: number, seed = 1): PointInput[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => point(i, 22.45 + rng() * 0.4, 113.8 + rng() * 0.8, rng() < 0.5 ? "futian" : "nanshan"));
}

const SHENZHEN = { minLng: 113.75, minLat: 22.4, maxLng: 114.65, maxLat: 22.87 };
const total = (features: ReturnType<typeof queryMapIndex>) => features.reduce((sum, f) => sum + featureCount(f), 0);

describe("queryMapIndex", () => {
  const points = spread(3000);
  const index = buildMapIndex(points);

  it("counts every supplier exactly once at every zoom, over a box holding them all", () => {
    for (let zoom = 0; zoom <= 22; zoom++) {
      const fc = queryMapIndex(index, SHENZHEN, zoom);
      expect(total(fc), `zoom ${zoom}`).toBe(points.length);
      expect(fc.length).toBeLessThanOrEqual(MAX_FEATURES);
    }
  });

  it("counts the points inside a box whose edges cut no cluster (two separate groups)", () => {
    const west = Array.from({ length: 40 }, (_, i) => point(i, 22.53 + (i % 7) * 1e-4, 113.93 + Math.floor(i / 7) * 1e-4));
    const east = Array.from({ length: 25 }, (_, i) => point(100 + i, 22.72 + (i % 5) * 1e-4, 114.247 + Math.floor(i / 5) * 1e-4));
    const idx = buildMapIndex([...west, ...east]);
    for (const zoom of [8, 10, 12, 14, 16, 18, 20]) {
      expect(total(queryMapIndex(idx, { minLng: 113.8, minLat: 22.45, maxLng: 114.0, maxLat: 22.6 }, zoom)), `zoom ${zoom}`).toBe(40);
      expect(total(queryMapIndex(idx, { minLng: 114.2, minLat: 22.65, maxLng: 114.3, maxLat: 22.8 }, zoom)), `zoom ${zoom}`).toBe(25);
    }
  });

  it("gives each cluster the zoom at which it splits, above the asked zoom", () => {
    const fc = queryMapIndex(index, SHENZHEN, 10);
    const clusters = fc.filter((f) => "cluster" in f.properties);
    expect(clusters.length).toBeGreaterThan(0);
    for (const f of clusters) {
      if (!("cluster" in f.properties)) continue;
      expect(f.properties.expansion_zoom).toBeGreaterThan(10);
      expect(f.properties.point_count).toBeGreaterThan(1);
    }
  });

  it("names a cluster's district only when all its suppliers share it", () => {
    const same = buildMapIndex([point(1, 22.54, 114.05, "futian"), point(2, 22.5401, 114.0501, "futian")]);
    const mixed = buildMapIndex([point(1, 22.54, 114.05, "futian"), point(2, 22.5401, 114.0501, "luohu")]);
    const cluster = (idx: ReturnType<typeof buildMapIndex>) => queryMapIndex(idx, SHENZHEN, 10)[0].properties;
    expect(cluster(same)).toMatchObject({ cluster: true, point_count: 2, district: "futian" });
    expect(cluster(mixed)).toMatchObject({ cluster: true, point_count: 2, district: null });
  });

  it("returns points with their own properties above the clustering zooms", () => {
    const fc = queryMapIndex(buildMapIndex(points.slice(0, 5)), SHENZHEN, 22);
    expect(fc.map((f) => ("id" in f.properties ? f.properties.id : null)).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("clusters coarser rather than answer more than MAX_FEATURES", () => {
    // 2 000 points a few pixels apart at zoom 16 would each be a feature there.
    const dense = Array.from({ length: 2000 }, (_, i) => point(i, 22.54 + (i % 50) * 2e-4, 114.05 + Math.floor(i / 50) * 2e-4));
    const idx = buildMapIndex(dense);
    for (const zoom of [16, 18, 22]) {
      const fc = queryMapIndex(idx, { minLng: 114.04, minLat: 22.53, maxLng: 114.07, maxLat: 22.56 }, zoom);
      expect(fc.length).toBeLessThanOrEqual(MAX_FEATURES);
      expect(total(fc)).toBe(2000);
    }
  });

  it("answers a box far larger than a screen without returning every point", () => {
    const fc = queryMapIndex(index, { minLng: -180, minLat: -85, maxLng: 180, maxLat: 85 }, 22);
    expect(total(fc)).toBe(points.length);
    expect(fc.length).toBeLessThan(50);
  });
});

describe("answers", () => {
  it("give points back at their stored coordinates, to six decimals", () => {
    const [f] = queryMapIndex(buildMapIndex([point(7, 22.543611, 114.081109)]), SHENZHEN, 22);
    expect(f.geometry.coordinates).toEqual([114.081109, 22.543611]);
  });
});
