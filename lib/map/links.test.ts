import { describe, expect, it } from "vitest";
import { distanceMetres, fromWgs84, toWgs84 } from "../geo";
import { amapUrl, appleMapsUrl, baiduUrl, googleMapsUrl, openInLinks } from "./links";

// SEG Plaza, Huaqiangbei (WGS-84).
const place = { point: { lat: 22.54361, lng: 114.08111 }, name: "赛格广场 & Co" };

const params = (url: string) => new URL(url).searchParams;
const pair = (s: string | null) => s!.split(",").map(Number) as [number, number];

describe("open-in links", () => {
  it("gives Amap the GCJ-02 point, longitude first", () => {
    const url = amapUrl(place);
    expect(url.startsWith("https://uri.amap.com/marker?")).toBe(true);
    const [lng, lat] = pair(params(url).get("position"));
    const gcj = fromWgs84(place.point, "GCJ02");
    expect(lat).toBeCloseTo(gcj.lat, 6);
    expect(lng).toBeCloseTo(gcj.lng, 6);
    // The shift in Shenzhen is a few hundred metres: a WGS-84 point here would be visibly wrong.
    expect(distanceMetres({ lat, lng }, place.point)).toBeGreaterThan(200);
    expect(distanceMetres(toWgs84({ lat, lng }, "GCJ02"), place.point)).toBeLessThan(0.5);
    expect(params(url).get("coordinate")).toBe("gaode");
    expect(params(url).get("name")).toBe("赛格广场 & Co");
  });

  it("gives Baidu the BD-09 point, latitude first, and says so", () => {
    const url = baiduUrl(place);
    expect(url.startsWith("https://api.map.baidu.com/marker?")).toBe(true);
    const [lat, lng] = pair(params(url).get("location"));
    const bd = fromWgs84(place.point, "BD09");
    expect(lat).toBeCloseTo(bd.lat, 6);
    expect(lng).toBeCloseTo(bd.lng, 6);
    expect(distanceMetres(toWgs84({ lat, lng }, "BD09"), place.point)).toBeLessThan(0.5);
    expect(params(url).get("coord_type")).toBe("bd09ll");
    expect(params(url).get("title")).toBe(place.name);
    expect(params(url).get("src")).toMatch(/^webapp\./);
  });

  it("gives Apple and Google the WGS-84 point unchanged", () => {
    const apple = params(appleMapsUrl(place));
    expect(pair(apple.get("ll"))).toEqual([22.54361, 114.08111]);
    expect(apple.get("q")).toBe(place.name);
    const google = googleMapsUrl(place);
    expect(google.startsWith("https://www.google.com/maps/search/?")).toBe(true);
    expect(params(google).get("api")).toBe("1");
    expect(pair(params(google).get("query"))).toEqual([22.54361, 114.08111]);
  });

  it("escapes names so they cannot add parameters", () => {
    const links = openInLinks({ point: place.point, name: "A&name=evil#x" });
    expect(params(links.amap).get("name")).toBe("A&name=evil#x");
    expect(params(links.amap).getAll("name")).toHaveLength(1);
    expect(params(links.baidu).get("title")).toBe("A&name=evil#x");
    expect(params(links.apple).get("q")).toBe("A&name=evil#x");
  });

  it("writes six decimals", () => {
    expect(params(googleMapsUrl({ point: { lat: 22.5, lng: 114 }, name: "x" })).get("query")).toBe("22.500000,114.000000");
  });
});
