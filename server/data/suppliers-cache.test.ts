/** The search result cache: reused while nothing changes, dropped by every write that could change a result. */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { EMPTY_QUERY, type SupplierQuery } from "@/lib/search/query";
import { db } from "@/server/db";
import { createSupplier } from "@/server/test/factories";
import { findSuppliers } from "./suppliers";

const find = (change: Partial<SupplierQuery>, facets = false) =>
  findSuppliers({ query: { ...EMPTY_QUERY, sort: "relevance", ...change }, facets });
const slugs = async (change: Partial<SupplierQuery>) => (await find(change)).items.map((i) => i.slug);

describe("search result cache", () => {
  it("serves a repeated search from the cache while nothing changes", async () => {
    await createSupplier({ name: "Cache Probe One", category: "pcb-fab" });
    const first = await find({ q: "cache probe" });
    expect(await find({ q: "cache probe" })).toBe(first);
    expect(await find({ q: "cache probe", page: 2 })).not.toBe(first);
  });

  it("drops results on every kind of write that changes them", async () => {
    const q = { q: "lantern" };
    expect(await slugs(q)).toEqual([]);

    // A new published supplier.
    const { id } = await createSupplier({ name: "Lantern Fab", category: "pcb-fab", district: "futian" });
    expect(await slugs(q)).toEqual(["lantern-fab"]);

    // A renamed one (Prisma), then renamed back by raw SQL on another connection.
    await db.supplier.update({ where: { id }, data: { name: "Lamp Fab" } });
    expect(await slugs(q)).toEqual([]);
    const raw = new Database(getEnv().databasePath);
    raw.prepare(`UPDATE "Supplier" SET "name" = 'Lantern Fab' WHERE "id" = ?`).run(id);
    expect(await slugs(q)).toEqual(["lantern-fab"]);

    // Tags: a capability added makes it match the capability filter and a word read as it.
    expect(await slugs({ ...q, capabilities: ["smt"] })).toEqual([]);
    expect(await slugs({ q: "BGA" })).toEqual([]);
    const smt = await db.capability.findUniqueOrThrow({ where: { slug: "smt" } });
    const bga = await db.capability.findUniqueOrThrow({ where: { slug: "bga" } });
    await db.supplierCapability.createMany({ data: [{ supplierId: id, capabilityId: smt.id }, { supplierId: id, capabilityId: bga.id }] });
    expect(await slugs({ ...q, capabilities: ["smt"] })).toEqual(["lantern-fab"]);
    expect(await slugs({ q: "BGA" })).toEqual(["lantern-fab"]);

    // Languages, categories and flags, facet counts included.
    expect((await find(q, true)).facets!.languages).toEqual({});
    await db.supplierLanguage.create({ data: { supplierId: id, language: "ja" } });
    expect((await find(q, true)).facets!.languages).toEqual({ ja: 1 });
    await db.supplier.update({ where: { id }, data: { acceptsSmallOrders: true } });
    expect(await slugs({ ...q, smallOrders: true })).toEqual(["lantern-fab"]);

    // A rating change (what a review does) moves it in rating order and across minRating.
    expect(await slugs({ ...q, minRating: 4 })).toEqual([]);
    await db.supplier.update({ where: { id }, data: { ratingAvg: 4.5, reviewCount: 3 } });
    expect(await slugs({ ...q, minRating: 4 })).toEqual(["lantern-fab"]);
    expect((await find({ q: "fab", sort: "rating" })).items[0].slug).toBe("lantern-fab");

    // Unpublished, published again, deleted.
    await db.supplier.update({ where: { id }, data: { status: "PENDING" } });
    expect(await slugs(q)).toEqual([]);
    raw.prepare(`UPDATE "Supplier" SET "status" = 'PUBLISHED' WHERE "id" = ?`).run(id);
    expect(await slugs(q)).toEqual(["lantern-fab"]);
    await db.supplier.delete({ where: { id } });
    expect(await slugs(q)).toEqual([]);
    expect(await slugs({ q: "BGA" })).toEqual([]);
    raw.close();
  });

  it("drops the browse results too (no text)", async () => {
    const before = await find({ sort: "newest", q: "" });
    await createSupplier({ name: "Newest Of All", publishedAt: new Date("2030-01-01T00:00:00Z") });
    const after = await find({ sort: "newest", q: "" });
    expect(after).not.toBe(before);
    expect(after.items[0].slug).toBe("newest-of-all");
    expect(after.total).toBe(before.total + 1);
  });
});
