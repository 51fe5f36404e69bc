import { describe, expect, it } from "vitest";
import { distanceMetres } from "../geo";
import { bboxFromDisplay, bboxParam, fromDisplay, toDisplay } from "./display";

const seg = { lat: 22.54361, lng: 114.08111 };

describe("display datum", () => {
  it("leaves points alone on WGS-84 tiles", () => {
    expect(toDisplay(seg, "wgs84")).toEqual(seg);
    expect(fromDisplay(seg, "wgs84")).toEqual(seg);
  });

  it("shifts pins onto GCJ-02 tiles and clicks back", () => {
    const shown = toDisplay(seg, "gcj02");
    expect(distanceMetres(shown, seg)).toBeGreaterThan(200);
    expect(distanceMetres(fromDisplay(shown, "gcj02"), seg)).toBeLessThan(0.01);
  });

  it("reads the view's box back in WGS-84", () => {
    const sw = toDisplay({ lat: 22.5, lng: 114.0 }, "gcj02");
    const ne = toDisplay({ lat: 22.6, lng: 114.1 }, "gcj02");
    const box = bboxFromDisplay({ south: sw.lat, west: sw.lng, north: ne.lat, east: ne.lng }, "gcj02");
    expect(box.minLat).toBeCloseTo(22.5, 6);
    expect(box.minLng).toBeCloseTo(114.0, 6);
    expect(box.maxLat).toBeCloseTo(22.6, 6);
    expect(box.maxLng).toBeCloseTo(114.1, 6);
  });

  it("clamps a view wider than the world to the API's range", () => {
    expect(bboxFromDisplay({ south: -95, west: -200, north: 95, east: 200 }, "wgs84")).toEqual({ minLng: -180, minLat: -90, maxLng: 180, maxLat: 90 });
    expect(bboxParam({ minLng: 114, minLat: 22.5, maxLng: 114.123456, maxLat: 22.6 })).toBe("114.00000,22.50000,114.12346,22.60000");
  });
});
