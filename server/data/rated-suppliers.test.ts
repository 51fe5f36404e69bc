import { describe, expect, it } from "vitest";
import { EMPTY_QUERY } from "@/lib/search/query";
import { db } from "@/server/db";
import { createSupplier } from "@/server/test/factories";
import { findSuppliers, hasRatedSuppliers } from "./suppliers";

describe("hasRatedSuppliers", () => {
  it("is false until a published supplier has a review", async () => {
    await createSupplier({ name: "Unrated Works" });
    await createSupplier({ name: "Hidden Rated Works", status: "PENDING", ratingAvg: 5, reviewCount: 2 });
    expect(await hasRatedSuppliers()).toBe(false);

    const { id } = await createSupplier({ name: "Rated Works" });
    await db.supplier.update({ where: { id }, data: { ratingAvg: 4, reviewCount: 1 } });
    expect(await hasRatedSuppliers()).toBe(true);
  });
});

describe("summary rows", () => {
  it("carry the minimum order quantity when it is known", async () => {
    await createSupplier({ name: "Small Batch Boards", moq: 5 });
    await createSupplier({ name: "No Minimum Known" });
    const { items } = await findSuppliers({ query: { ...EMPTY_QUERY, q: "Small Batch Boards", sort: "name" } });
    expect(items.find((i) => i.name === "Small Batch Boards")?.moq).toBe(5);
    const other = (await findSuppliers({ query: { ...EMPTY_QUERY, sort: "name", pageSize: 100 } })).items.find((i) => i.name === "No Minimum Known");
    expect(other?.moq).toBeNull();
  });
});
