import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceMetres, fromWgs84, gcj02ToWgs84, toWgs84, wgs84ToGcj02 } from "./geo";

// SEG Plaza, Huaqiangbei (WGS-84 from Wikipedia).
const SEG = { lat: 22.54361, lng: 114.08111 };

describe("datum conversion", () => {
  it("shifts a Shenzhen point by a few hundred metres into GCJ-02", () => {
    const gcj = wgs84ToGcj02(SEG);
    const shift = distanceMetres(SEG, gcj);
    expect(shift).toBeGreaterThan(200);
    expect(shift).toBeLessThan(700);
    // In Shenzhen the published offset is about -0.0028° latitude and +0.0050° longitude.
    expect(gcj.lat - SEG.lat).toBeCloseTo(-0.00276, 3);
    expect(gcj.lng - SEG.lng).toBeCloseTo(0.00497, 3);
  });

  it("round-trips WGS-84 → GCJ-02 → WGS-84 to within a few centimetres", () => {
    fc.assert(
      fc.property(fc.double({ min: 22.4, max: 22.9, noNaN: true }), fc.double({ min: 113.7, max: 114.7, noNaN: true }), (lat, lng) => {
        const back = gcj02ToWgs84(wgs84ToGcj02({ lat, lng }));
        expect(distanceMetres(back, { lat, lng })).toBeLessThan(0.05);
      }),
    );
  });

  it("round-trips through BD-09", () => {
    const bd = fromWgs84(SEG, "BD09");
    expect(distanceMetres(bd, SEG)).toBeGreaterThan(500);
    expect(distanceMetres(toWgs84(bd, "BD09"), SEG)).toBeLessThan(0.1);
  });

  it("leaves points outside mainland China alone", () => {
    const tokyo = { lat: 35.68, lng: 139.76 };
    expect(wgs84ToGcj02(tokyo)).toEqual(tokyo);
  });
});

describe("distanceMetres", () => {
  it("measures about 111 km per degree of latitude", () => {
    expect(distanceMetres({ lat: 22, lng: 114 }, { lat: 23, lng: 114 })).toBeCloseTo(111_195, -2);
  });
});
