import { describe, expect, it } from "vitest";
import { distanceMetres, fromWgs84 } from "../geo";
import { checkLocation, isInShenzhen, looksSwapped, parseCoordinatePair } from "./location";

describe("parseCoordinatePair", () => {
  it.each([
    ["22.5431, 114.0579", { lat: 22.5431, lng: 114.0579 }],
    ["22.5431,114.0579", { lat: 22.5431, lng: 114.0579 }],
    ["  22.5431   114.0579 ", { lat: 22.5431, lng: 114.0579 }],
    ["22.5431，114.0579", { lat: 22.5431, lng: 114.0579 }],
    ["22.5431; 114.0579", { lat: 22.5431, lng: 114.0579 }],
    ["22.5431°N 114.0579°E", { lat: 22.5431, lng: 114.0579 }],
    ["114.0579E, 22.5431N", { lat: 22.5431, lng: 114.0579 }],
    ["33.9S 18.4E", { lat: -33.9, lng: 18.4 }],
    ["-33.9, 18.4", { lat: -33.9, lng: 18.4 }],
    // Kept as typed: the swap check needs to see it.
    ["114.0579,22.5431", { lat: 114.0579, lng: 22.5431 }],
  ])("reads %j", (text, expected) => {
    expect(parseCoordinatePair(text)).toEqual(expected);
  });

  it.each(["", "22.5", "abc, def", "22.5,114,3", "1234.5, 1", "22.5 N"])("refuses %j", (text) => {
    expect(parseCoordinatePair(text)).toBeNull();
  });
});

describe("looksSwapped", () => {
  it("catches a longitude-first Shenzhen point, valid or not as latitude", () => {
    expect(looksSwapped({ lat: 114.0579, lng: 22.5431 })).toBe(true);
    expect(looksSwapped({ lat: 22.5431, lng: 114.0579 })).toBe(false);
  });

  it("catches a latitude out of range whose swap is a valid point", () => {
    expect(looksSwapped({ lat: 120, lng: 30 })).toBe(true);
    expect(looksSwapped({ lat: 200, lng: 300 })).toBe(false);
  });

  it("does not flag a valid point elsewhere whose swap is not in Shenzhen", () => {
    expect(looksSwapped({ lat: 35.68, lng: 139.76 })).toBe(false);
  });
});

describe("checkLocation", () => {
  it("converts a GCJ-02 point to WGS-84 without warnings", () => {
    const wgs = { lat: 22.54361, lng: 114.08111 };
    const gcj = fromWgs84(wgs, "GCJ02");
    const r = checkLocation(gcj, "GCJ02");
    expect(r.warnings).toEqual([]);
    expect(distanceMetres(r.wgs84!, wgs)).toBeLessThan(0.5);
  });

  it("converts a BD-09 point", () => {
    const wgs = { lat: 22.533, lng: 113.93 };
    expect(distanceMetres(checkLocation(fromWgs84(wgs, "BD09"), "BD09").wgs84!, wgs)).toBeLessThan(0.5);
  });

  it("warns about a point outside Shenzhen", () => {
    expect(checkLocation({ lat: 35.68, lng: 139.76 }, "WGS84")).toEqual({
      wgs84: { lat: 35.68, lng: 139.76 },
      warnings: ["outside-shenzhen"],
      swapSuggestion: null,
    });
  });

  it("warns about a swapped point and suggests the exchange", () => {
    const r = checkLocation({ lat: 114.0579, lng: 22.5431 }, "GCJ02");
    expect(r.wgs84).toBeNull();
    expect(r.warnings).toContain("swapped");
    expect(r.swapSuggestion).toEqual({ lat: 22.5431, lng: 114.0579 });
  });

  it("knows Shenzhen's districts are inside and Hong Kong's Victoria Harbour is not", () => {
    expect(isInShenzhen({ lat: 22.541, lng: 114.055 })).toBe(true);
    expect(isInShenzhen({ lat: 22.29, lng: 114.17 })).toBe(false);
  });
});
