import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { foldText } from "@/lib/search/fold";
import { EMPTY_QUERY, type SupplierQuery } from "@/lib/search/query";
import { db } from "@/server/db";
import { findSuppliers } from "@/server/data/suppliers";
import { readRows } from "@/server/db";
import { createSqliteSupplierSearch } from "./sqlite";
import { createSupplier } from "@/server/test/factories";

const q = (change: Partial<SupplierQuery>): SupplierQuery => ({ ...EMPTY_QUERY, sort: "name", pageSize: 100, ...change });
const slugs = async (change: Partial<SupplierQuery>) => (await findSuppliers({ query: q(change) })).items.map((i) => i.slug);

beforeAll(async () => {
  await createSupplier({
    name: "Huaqiang Electronic World",
    nameZh: "华强电子世界",
    category: "electronics-market",
    district: "futian",
    addressZh: "深圳市福田区华强北路1001号",
    languages: ["zh"],
    ratingAvg: 4.2,
    reviewCount: 10,
  });
  await createSupplier({
    name: "SEG Electronics Market",
    nameZh: "赛格电子市场",
    category: "electronics-market",
    district: "futian",
    addressZh: "深圳市福田区华强北路1002号",
    languages: ["zh", "en"],
    acceptsSmallOrders: true,
    ratingAvg: 4.6,
    reviewCount: 3,
  });
  await createSupplier({
    name: "Pearl Circuits",
    nameZh: "珠江电路",
    category: "pcb-fab",
    extraCategories: ["pcb-assembly"],
    district: "baoan",
    capabilities: ["pcb-4-layer", "smt"],
    languages: ["en", "ja"],
    acceptsSmallOrders: true,
    acceptsPrototypes: true,
    description: "Four-layer boards and SMT assembly for small batches.",
    ratingAvg: 3.5,
    reviewCount: 8,
  });
  await createSupplier({
    name: "Bay Assembly",
    nameJa: "ベイ・アセンブリー・センター",
    category: "pcb-assembly",
    district: "nanshan",
    capabilities: ["smt", "bga"],
    languages: ["en"],
    acceptsPrototypes: false,
    description: "Works with Pearl Circuits boards; near Shenzhen Bay.",
    ratingAvg: 4.6,
    reviewCount: 9,
  });
  await createSupplier({ name: "Hidden Pending Fab", nameZh: "华强待审", category: "pcb-fab", status: "PENDING" });
  await createSupplier({ name: "Archived Market", nameZh: "华强旧市场", category: "electronics-market", status: "ARCHIVED" });
});

describe("text search", () => {
  it("finds Chinese substrings without word segmentation", async () => {
    expect(await slugs({ q: "华强北" })).toEqual(["huaqiang-electronic-world", "seg-electronics-market"]);
    expect(await slugs({ q: "赛格电子" })).toEqual(["seg-electronics-market"]);
    expect(await slugs({ q: "电子市场" })).toEqual(["huaqiang-electronic-world", "seg-electronics-market"]);
  });

  it("finds Latin text case-insensitively, and Japanese", async () => {
    expect(await slugs({ q: "PEARL circ" })).toEqual(["bay-assembly", "pearl-circuits"]);
    expect(await slugs({ q: "アセンブリー" })).toEqual(["bay-assembly"]);
  });

  it("matches one- and two-character terms in every field: CJK anywhere, other words by their start", async () => {
    const published = await db.supplier.findMany({
      where: { status: "PUBLISHED" },
      select: {
        name: true, nameZh: true, nameJa: true, addressEn: true, addressZh: true, description: true,
        categories: { select: { category: { select: { labelEn: true, labelZh: true, labelJa: true } } } },
        capabilities: { select: { capability: { select: { labelEn: true, labelZh: true, labelJa: true } } } },
      },
    });
    const texts = published.map((p) =>
      foldText(
        [p.name, p.nameZh, p.nameJa, p.addressEn, p.addressZh, p.description,
          ...p.categories.flatMap((c) => [c.category.labelEn, c.category.labelZh, c.category.labelJa]),
          ...p.capabilities.flatMap((c) => [c.capability.labelEn, c.capability.labelZh, c.capability.labelJa])].join("\n"),
      ),
    );
    for (const term of ["电子", "华", "セン", "福田", "pc", "ba", "4"]) {
      const folded = foldText(term);
      const cjk = /\p{Script=Han}|\p{Script=Katakana}/u.test(folded);
      const expected = texts.filter((t) => (cjk ? t.includes(folded) : new RegExp(`(^|[^\\p{L}\\p{N}])${folded}`, "u").test(t))).length;
      const result = await findSuppliers({ query: q({ q: term, literal: true }) });
      expect(result.total, term).toBe(expected);
      expect(result.total, term).toBeGreaterThan(0);
    }
  });

  it("searches capability and category labels in every language", async () => {
    expect(await slugs({ q: "SMT" })).toEqual(["bay-assembly", "pearl-circuits"]);
    expect(await slugs({ q: "四层板" })).toEqual(["pearl-circuits"]);
    expect(await slugs({ q: "メイカー" })).toEqual([]);
  });

  it("never returns unpublished listings", async () => {
    const all = await slugs({ q: "华强" });
    expect(all).not.toContain("hidden-pending-fab");
    expect(all).not.toContain("archived-market");
  });

  it("ranks a name match above a description match", async () => {
    const result = await findSuppliers({ query: { ...EMPTY_QUERY, q: "pearl circuits", sort: "relevance" } });
    expect(result.items.map((i) => i.slug)).toEqual(["pearl-circuits", "bay-assembly"]);
  });

  it("gives the same pages whether or not the name tier alone fills them", async () => {
    const relevance = (page: number, pageSize: number) =>
      findSuppliers({ query: { ...EMPTY_QUERY, q: "pearl circuits", sort: "relevance", page, pageSize } });
    expect((await relevance(1, 1)).items.map((i) => i.slug)).toEqual(["pearl-circuits"]);
    expect((await relevance(2, 1)).items.map((i) => i.slug)).toEqual(["bay-assembly"]);
    for (const text of ["电子", "华 电", "electronics market"]) {
      const all = (await findSuppliers({ query: { ...EMPTY_QUERY, q: text, sort: "relevance", pageSize: 100 } })).items.map((i) => i.slug);
      const oneByOne: string[] = [];
      for (let page = 1; page <= all.length; page++) {
        oneByOne.push(...(await findSuppliers({ query: { ...EMPTY_QUERY, q: text, sort: "relevance", page, pageSize: 1 } })).items.map((i) => i.slug));
      }
      expect(oneByOne, text).toEqual(all);
    }
  });

  it("treats FTS5 syntax in the query as literal text", async () => {
    for (const text of ['"', '""', "NEAR(a b)", "a OR b", "*", "pearl*", "(", "name:pearl", "AND", "^pearl", "'; DROP TABLE x;--"]) {
      await expect(findSuppliers({ query: q({ q: text }) }), text).resolves.toBeDefined();
    }
  });

  it("mixes short and long terms, whatever the database's size", async () => {
    for (const text of ["a OR b NOT c", "pcb 电子", "电 子 市场", "SMT pc"]) {
      await expect(findSuppliers({ query: q({ q: text, sort: "relevance" }), facets: true }), text).resolves.toBeDefined();
    }
    expect(await slugs({ q: "smt 珠江" })).toEqual(["pearl-circuits"]);
  });

  it("accepts any generated words without error", async () => {
    const word = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom("OR", "AND", "NOT", "NEAR", "*", '"', "(", ")", "^", ":", "华", "电子", "pcb", "smt", "セン", "{names}"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (words) => {
        const result = await findSuppliers({ query: q({ q: words.join(" "), sort: "relevance" }) });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it("accepts any generated string without error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (text) => {
        const result = await findSuppliers({ query: q({ q: text, sort: "relevance" }) });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the index in sync when a name changes", async () => {
    const s = await createSupplier({ name: "Renamed Later Co", category: "cnc-machining" });
    expect(await slugs({ q: "renamed later" })).toEqual([s.slug]);
    await db.supplier.update({ where: { id: s.id }, data: { name: "Totally Different Works" } });
    expect(await slugs({ q: "renamed later" })).toEqual([]);
    expect(await slugs({ q: "different works" })).toEqual([s.slug]);
    await db.supplier.delete({ where: { id: s.id } });
    expect(await slugs({ q: "different works" })).toEqual([]);
  });
});

describe("filters", () => {
  it("matches any of several categories, including secondary ones", async () => {
    expect(await slugs({ categories: ["pcb-assembly"] })).toEqual(["bay-assembly", "pearl-circuits"]);
    expect(await slugs({ categories: ["pcb-fab", "electronics-market"] })).toEqual([
      "huaqiang-electronic-world",
      "pearl-circuits",
      "seg-electronics-market",
    ]);
  });

  it("requires every capability ticked", async () => {
    expect(await slugs({ capabilities: ["smt"] })).toEqual(["bay-assembly", "pearl-circuits"]);
    expect(await slugs({ capabilities: ["smt", "bga"] })).toEqual(["bay-assembly"]);
  });

  it("matches any of the languages, districts, and the flags and minimum rating", async () => {
    expect(await slugs({ languages: ["ja", "zh"] })).toEqual(["huaqiang-electronic-world", "pearl-circuits", "seg-electronics-market"]);
    expect(await slugs({ districts: ["nanshan", "baoan"] })).toEqual(["bay-assembly", "pearl-circuits"]);
    expect(await slugs({ smallOrders: true })).toEqual(["pearl-circuits", "seg-electronics-market"]);
    expect(await slugs({ prototypes: true })).toEqual(["pearl-circuits"]);
    expect(await slugs({ minRating: 4.5 })).toEqual(["bay-assembly", "seg-electronics-market"]);
  });

  it("combines text and filters", async () => {
    expect(await slugs({ q: "电子", smallOrders: true })).toEqual(["seg-electronics-market"]);
  });
});

describe("sorting and paging", () => {
  it("sorts by rating with review count breaking ties", async () => {
    expect(await slugs({ sort: "rating" })).toEqual([
      "bay-assembly",
      "seg-electronics-market",
      "huaqiang-electronic-world",
      "pearl-circuits",
    ]);
  });

  it("sorts by review count and by distance from a point", async () => {
    expect((await slugs({ sort: "reviews" }))[0]).toBe("huaqiang-electronic-world");
    const near = { lat: 22.533, lng: 113.93 };
    const result = await findSuppliers({ query: q({ sort: "distance", near }) });
    expect(result.items[0].slug).toBe("bay-assembly");
    expect(result.items[0].distanceMetres).toBe(0);
  });

  it("gives the same pages whether it sorts the matches or walks the order's index", async () => {
    const sorting = createSqliteSupplierSearch(async (sql, params) => readRows(sql, params));
    const walking = createSqliteSupplierSearch(async (sql, params) => readRows(sql, params), { sortMatchesUpTo: 0 });
    const near = { lat: 22.54, lng: 114.06 };
    for (const sort of ["reviews", "newest", "name", "distance"] as const) {
      for (const change of [{ q: "电子" }, { categories: ["electronics-market" as const] }, { q: "pearl", smallOrders: true }, { minRating: 4 }]) {
        for (const page of [1, 2]) {
          const query = q({ ...change, sort, near, pageSize: 1, page });
          const a = await sorting.search(query);
          const b = await walking.search(query);
          expect(b.items.map((i) => i.slug), `${sort} ${JSON.stringify(change)} ${page}`).toEqual(a.items.map((i) => i.slug));
        }
      }
    }
  });

  it("pages with a stable total", async () => {
    const first = await findSuppliers({ query: q({ pageSize: 3, page: 1 }) });
    const second = await findSuppliers({ query: q({ pageSize: 3, page: 2 }) });
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...first.items, ...second.items].map((i) => i.slug)).toEqual(await slugs({}));
    expect((await findSuppliers({ query: q({ page: 99 }) })).items).toEqual([]);
  });
});

describe("facet counts", () => {
  it("counts each value without its own facet's selection and with all other filters", async () => {
    const { facets } = await findSuppliers({ query: q({ categories: ["electronics-market"], smallOrders: true }), facets: true });
    // Categories ignore the category selection but keep smallOrders: SEG and Pearl accept small orders.
    expect(facets!.categories).toEqual({ "electronics-market": 1, "pcb-fab": 1, "pcb-assembly": 1 });
    // Districts keep both filters: only SEG.
    expect(facets!.districts).toEqual({ futian: 1 });
    // smallOrders ignores itself: the two electronics markets, one accepting small orders.
    expect(facets!.smallOrders).toBe(1);
  });

  it("counts capabilities within the current results, since they must all match", async () => {
    const { facets, total } = await findSuppliers({ query: q({ capabilities: ["smt"] }), facets: true });
    expect(total).toBe(2);
    expect(facets!.capabilities).toEqual({ smt: 2, "pcb-4-layer": 1, bga: 1 });
  });

  it("counts ratings at each threshold and languages as alternatives", async () => {
    const { facets } = await findSuppliers({ query: q({ minRating: 4, languages: ["ja"] }), facets: true });
    expect(facets!.minRating).toEqual({ "4": 0, "3": 1, "2": 1, "1": 1 });
    expect(facets!.languages).toEqual({ zh: 2, en: 2 });
  });

  it("counts the whole directory from the index's tag counts, as a pass over the rows would", async () => {
    const fromTags = await findSuppliers({ query: q({}), facets: true });
    const onePass = await findSuppliers({ query: q({ q: "", minRating: 0.01 }), facets: true });
    // minRating 0.01 makes it a filtered search (one pass); only the rating facet may differ.
    expect({ ...fromTags.facets, minRating: {} }).toEqual({ ...onePass.facets, minRating: {} });
    expect(fromTags.facets!.minRating).toEqual({ "4": 3, "3": 4, "2": 4, "1": 4 });
    expect(fromTags.facets!.categories).toEqual({ "electronics-market": 2, "pcb-fab": 1, "pcb-assembly": 2 });
  });

  it("counts facets for text searches too", async () => {
    const { facets, total } = await findSuppliers({ query: q({ q: "电子" }), facets: true });
    expect(total).toBe(2);
    expect(facets!.districts).toEqual({ futian: 2 });
    expect(facets!.categories).toEqual({ "electronics-market": 2 });
  });
});
