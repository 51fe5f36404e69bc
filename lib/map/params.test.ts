import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, filterParams, formatCenter, parseBbox, parseMapRequest, parseMapView, parseZoom } from "./params";
import { parseSupplierQuery } from "../search/query";

describe("parseBbox", () => {
  it("reads minLng,minLat,maxLng,maxLat", () => {
    expect(parseBbox("113.75,22.4,114.65,22.87")).toEqual({ value: { minLng: 113.75, minLat: 22.4, maxLng: 114.65, maxLat: 22.87 } });
    expect(parseBbox(" -180 , -90 , 180 , 90 ").value).toEqual({ minLng: -180, minLat: -90, maxLng: 180, maxLat: 90 });
    expect(parseBbox("1e-3,.5,2.,3").value).toEqual({ minLng: 0.001, minLat: 0.5, maxLng: 2, maxLat: 3 });
  });

  it.each([
    [null, /required/],
    ["", /required/],
    ["1,2,3", /4 numbers.*got 3/],
    ["1,2,3,4,5", /4 numbers.*got 5/],
    ["a,b,c,d", /numbers/],
    ["1,2,3,", /numbers/],
    ["0x10,2,3,4", /numbers/],
    ["NaN,2,3,4", /numbers/],
    ["Infinity,2,3,4", /numbers/],
    ["-181,0,1,1", /longitudes/],
    ["0,0,181,1", /longitudes/],
    ["0,-91,1,1", /latitudes/],
    ["0,0,1,90.5", /latitudes/],
    ["0,1,1,1", /minLat must be less than maxLat/],
    ["0,2,1,1", /minLat must be less than maxLat/],
    ["170,0,-170,1", /180° meridian/],
    ["1,0,1,1", /minLng must be less than maxLng/],
  ])("refuses %j", (raw, message) => {
    const r = parseBbox(raw);
    expect(r.value).toBeUndefined();
    expect(r.problem?.param).toBe("bbox");
    expect(r.problem?.message).toMatch(message);
  });

  it("accepts every well-ordered box in range", () => {
    const lng = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    fc.assert(
      fc.property(lng, lat, lng, lat, (a, b, c, d) => {
        fc.pre(a !== c && b !== d);
        // String() writes -0 as "0": compare with what the text says.
        const box = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)].map((v) => Number(String(v)));
        expect(parseBbox(box.join(",")).value).toEqual({ minLng: box[0], minLat: box[1], maxLng: box[2], maxLat: box[3] });
      }),
    );
  });
});

describe("parseZoom", () => {
  it("accepts 0 to 22, fractions included", () => {
    expect(parseZoom("0").value).toBe(0);
    expect(parseZoom("22").value).toBe(22);
    expect(parseZoom("12.5").value).toBe(12.5);
  });

  it.each([null, "", "-1", "23", "22.01", "abc", "1e9", "12,5", " "])("refuses %j", (raw) => {
    const r = parseZoom(raw);
    expect(r.value).toBeUndefined();
    expect(r.problem?.message).toMatch(/zoom/);
  });
});

describe("parseMapRequest", () => {
  const parse = (qs: string) => parseMapRequest(new URLSearchParams(qs));

  it("reads the box, the zoom and the list's filters", () => {
    const { request, problems } = parse("bbox=113.9,22.5,114.1,22.6&zoom=12&category=pcb-fab&district=futian&minRating=4&q=smt");
    expect(problems).toEqual([]);
    expect(request?.zoom).toBe(12);
    expect(request?.query).toMatchObject({ q: "smt", categories: ["pcb-fab"], districts: ["futian"], minRating: 4 });
  });

  it.each([
    ["zoom=12", "bbox"],
    ["bbox=1,2,3,4", "zoom"],
    ["bbox=1,2,3,4&zoom=30", "zoom"],
    ["bbox=1,2,3,4&bbox=1,2,3,4&zoom=3", "bbox"],
    ["bbox=1,2,3,4&zoom=3&zoom=4", "zoom"],
    ["bbox=1,2,3,4&zoom=3&category=nope", "category"],
    ["bbox=1,2,3,4&zoom=3&minRating=7", "minRating"],
    ["bbox=1,2,3,4&zoom=3&colour=red", "colour"],
    ["bbox=1,2,3,4&zoom=3&sort=rating", "sort"],
    ["bbox=1,2,3,4&zoom=3&page=2", "page"],
  ])("reports a problem for %s", (qs, param) => {
    const { request, problems } = parse(qs);
    expect(request).toBeUndefined();
    expect(problems.map((p) => p.param)).toContain(param);
  });
});

describe("filterParams", () => {
  it("keeps only filters, in a fixed order, so equal filters give equal keys", () => {
    const a = parseSupplierQuery(new URLSearchParams("district=nanshan&district=futian&category=ems&sort=name&page=3&pageSize=50")).query;
    const b = parseSupplierQuery(new URLSearchParams("category=ems&district=futian,nanshan")).query;
    expect(filterParams(a).toString()).toBe(filterParams(b).toString());
    expect(filterParams(a).toString()).toBe("category=ems&district=futian&district=nanshan");
  });

  it("keeps the text and the flags", () => {
    const q = parseSupplierQuery(new URLSearchParams("q=华强北&smallOrders=1&prototypes=true&minRating=3&language=en")).query;
    expect(Object.fromEntries(filterParams(q))).toEqual({ q: "华强北", language: "en", smallOrders: "1", prototypes: "1", minRating: "3" });
  });
});

describe("parseMapView", () => {
  it("reads center=lat,lng and zoom", () => {
    expect(parseMapView(new URLSearchParams("center=22.54310,114.05790&zoom=15"))).toEqual({ center: { lat: 22.5431, lng: 114.0579 }, zoom: 15 });
    expect(parseMapView({ center: "22.5, 114", zoom: "3" })).toEqual({ center: { lat: 22.5, lng: 114 }, zoom: 3 });
  });

  it.each(["center=abc&zoom=x", "center=95,10&zoom=25", "center=22.5&zoom=12.5", "center=22.5,114,1&zoom=2", "zoom=-1", ""])("falls back to the default for %j", (qs) => {
    expect(parseMapView(new URLSearchParams(qs))).toEqual(DEFAULT_VIEW);
  });

  it("round-trips through formatCenter", () => {
    const center = formatCenter({ lat: 22.541234567, lng: 114.0551 });
    expect(center).toBe("22.54123,114.05510");
    expect(parseMapView(new URLSearchParams({ center, zoom: "14" }))).toEqual({ center: { lat: 22.54123, lng: 114.0551 }, zoom: 14 });
  });
});
