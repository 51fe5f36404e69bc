import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, parseSupplierQuery, toSearchParams } from "./query";

const parse = (qs: string) => parseSupplierQuery(new URLSearchParams(qs));

describe("parseSupplierQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ query: { ...EMPTY_QUERY, sort: "rating" }, problems: [] });
  });

  it("defaults to relevance when there is text", () => {
    expect(parse("q=pcb").query.sort).toBe("relevance");
  });

  it("orders by name instead of rating when the caller says nothing is rated yet", () => {
    const byName = { sortWithoutText: "name" } as const;
    expect(parseSupplierQuery(new URLSearchParams(""), byName).query.sort).toBe("name");
    expect(parseSupplierQuery(new URLSearchParams("q=pcb"), byName).query.sort).toBe("relevance");
    const rated = parseSupplierQuery(new URLSearchParams("sort=rating"), byName).query;
    expect(rated.sort).toBe("rating");
    // The default is left out of links and an explicit choice of the other order is kept.
    expect(toSearchParams({ ...rated, sort: "name" }, byName).toString()).toBe("");
    expect(toSearchParams(rated, byName).toString()).toBe("sort=rating");
    expect(parseSupplierQuery(toSearchParams(rated, byName), byName).query).toEqual(rated);
  });

  it("accepts repeated and comma-separated facet values, ignoring empty ones", () => {
    const { query, problems } = parse("category=pcb-fab&category=makerspace,ems&district=&capability=smt&language=en&language=ja");
    expect(problems).toEqual([]);
    expect(query.categories).toEqual(["pcb-fab", "makerspace", "ems"]);
    expect(query.districts).toEqual([]);
    expect(query.capabilities).toEqual(["smt"]);
    expect(query.languages).toEqual(["en", "ja"]);
  });

  it.each([
    ["category=unknown", "category"],
    ["district=kowloon", "district"],
    ["capability=teleportation", "capability"],
    ["language=xx", "language"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=1.5", "page"],
    ["page=abc", "page"],
    ["pageSize=10000", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["minRating=9", "minRating"],
    ["minRating=-1", "minRating"],
    ["minRating=abc", "minRating"],
    ["sort=bogus", "sort"],
    ["sort=distance", "sort"],
    ["near=91,0", "near"],
    ["near=abc", "near"],
    ["smallOrders=maybe", "smallOrders"],
    ["page=1&page=2", "page"],
    [`q=${"x".repeat(201)}`, "q"],
  ])("reports %s as a problem with %s", (qs, param) => {
    const { problems } = parse(qs);
    expect(problems.map((p) => p.param)).toContain(param);
  });

  it("reads flags, rating, distance sort and paging", () => {
    const { query, problems } = parse("smallOrders=1&prototypes=true&minRating=4.5&near=22.54,114.08&sort=distance&page=3&pageSize=50");
    expect(problems).toEqual([]);
    expect(query).toMatchObject({
      smallOrders: true,
      prototypes: true,
      minRating: 4.5,
      near: { lat: 22.54, lng: 114.08 },
      sort: "distance",
      page: 3,
      pageSize: 50,
    });
  });

  it("reads literal=1 and keeps it in links", () => {
    const { query, problems } = parse("q=4-layer%20PCB&literal=1");
    expect(problems).toEqual([]);
    expect(query.literal).toBe(true);
    expect(toSearchParams(query).get("literal")).toBe("1");
    expect(parse("literal=maybe").problems.map((p) => p.param)).toEqual(["literal"]);
    expect(toSearchParams(parse("q=x").query).has("literal")).toBe(false);
  });

  it("round-trips through toSearchParams", () => {
    const { query } = parse("q=华强北&category=pcb-fab&district=futian&capability=smt&language=en&smallOrders=1&minRating=3&sort=name&page=2&literal=1");
    expect(parse(toSearchParams(query).toString()).query).toEqual(query);
  });

  it("never throws, whatever the parameters", () => {
    const keys = fc.constantFrom("q", "category", "district", "capability", "language", "page", "pageSize", "minRating", "sort", "near", "smallOrders", "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.string({ maxLength: 30 })), { maxLength: 12 }), (pairs) => {
        const { query } = parseSupplierQuery(new URLSearchParams(pairs));
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect(query.pageSize).toBeLessThanOrEqual(100);
      }),
    );
  });
});
