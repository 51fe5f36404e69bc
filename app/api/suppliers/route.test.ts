import { beforeAll, describe, expect, it } from "vitest";
import { supplierDetailSchema, supplierListSchema } from "@/lib/api/schemas";
import { createSupplier } from "@/server/test/factories";
import { GET as getOne } from "./[slug]/route";
import { GET as list } from "./route";

const call = async (qs: string) => {
  const res = await list(new Request(`http://test/api/suppliers${qs}`));
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  await createSupplier({ name: "Pearl Circuits", nameZh: "珠江电路", category: "pcb-fab", district: "baoan", capabilities: ["smt"] });
  await createSupplier({ name: "Chaihuo Makers", nameZh: "柴火创客", category: "makerspace", district: "nanshan" });
  await createSupplier({ name: "Secret Pending", category: "pcb-fab", status: "PENDING" });
});

describe("GET /api/suppliers", () => {
  it("answers the contract shape", async () => {
    const { status, body } = await call("");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["interpretation", "items", "page", "pageSize", "total", "totalExact"]);
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    for (const item of body.items) {
      for (const key of ["slug", "name", "nameZh", "category", "district", "lat", "lng", "ratingAvg", "reviewCount"]) {
        expect(item, key).toHaveProperty(key);
      }
    }
  });

  it("answers what the OpenAPI document describes, with how the text was read", async () => {
    for (const qs of ["", "?facets=1", "?q=4-layer%20pcb&district=baoan", "?q=zzzz&category=ems", "?q=smt&literal=1"]) {
      const { status, body } = await call(qs);
      expect(status, qs).toBe(200);
      expect(() => supplierListSchema.parse(body), qs).not.toThrow();
    }
    const { body } = await call("?q=4-layer%20pcb");
    expect(body.interpretation.readings).toEqual([{ text: "4-layer pcb", kind: "capability", slug: "pcb-4-layer" }]);
    expect((await call("?q=4-layer%20pcb&literal=1")).body.interpretation).toMatchObject({ literal: true, readings: [] });
  });

  it("accepts repeated categories", async () => {
    const { body } = await call("?category=pcb-fab&category=makerspace&sort=name");
    expect(body.items.map((i: { slug: string }) => i.slug)).toEqual(["chaihuo-makers", "pearl-circuits"]);
  });

  it("adds facet counts only when asked", async () => {
    expect((await call("?facets=1")).body.facets.categories).toEqual({ "pcb-fab": 1, makerspace: 1 });
    expect((await call("")).body.facets).toBeUndefined();
  });

  it.each([
    "?category=unknown",
    "?district=kowloon",
    "?capability=nope",
    "?language=klingon",
    "?page=0",
    "?page=abc",
    "?pageSize=10000",
    "?pageSize=101",
    "?minRating=9",
    "?minRating=x",
    "?sort=bogus",
    "?sort=distance",
    "?near=200,1",
    "?smallOrders=perhaps",
    "?facets=maybe",
    "?literal=perhaps",
    `?q=${"a".repeat(300)}`,
  ])("answers 400 with an error object for %s", async (qs) => {
    const { status, body } = await call(qs);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(typeof body.error.message).toBe("string");
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it.each(['?q="', "?q=*", "?q=NEAR(", "?q=%00%01", "?q=a%20OR%20b", "?q=%E2%80%AE", "?q=)(", "?q=%"])("never fails on odd text %s", async (qs) => {
    expect((await call(qs)).status).toBe(200);
  });
});

describe("GET /api/suppliers/[slug]", () => {
  const one = async (slug: string) => {
    const res = await getOne(new Request(`http://test/api/suppliers/${slug}`), { params: Promise.resolve({ slug }) });
    return { status: res.status, body: await res.json() };
  };

  it("returns a published supplier with categories, capabilities, contacts and rating", async () => {
    const { status, body } = await one("pearl-circuits");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      slug: "pearl-circuits",
      name: "Pearl Circuits",
      categories: ["pcb-fab"],
      capabilities: ["smt"],
      rating: { average: 0, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
    });
    expect(body.contacts).toHaveProperty("website");
    expect(() => supplierDetailSchema.parse(body)).not.toThrow();
    expect(body).not.toHaveProperty("id");
  });

  it("answers 404 for unknown and unpublished slugs", async () => {
    for (const slug of ["nope", "secret-pending"]) {
      const { status, body } = await one(slug);
      expect(status).toBe(404);
      expect(body.error.code).toBe("NOT_FOUND");
    }
  });
});
