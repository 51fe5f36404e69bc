import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";

type Item = {
  slug: string;
  name: string;
  nameZh: string | null;
  category: string;
  categories: string[];
  district: string | null;
  lat: number | null;
  lng: number | null;
  ratingAvg: number;
  reviewCount: number;
};
type ListBody = { items: Item[]; total: number; page: number; pageSize: number };

async function expectError(res: APIResponse, status: number) {
  expect(res.status()).toBe(status);
  expect(res.headers()["content-type"]).toMatch(/application\/json/);
  const body = await res.json();
  expect(body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
  return body as { error: { code: string; message: string } };
}

test.describe("JSON API: supplier list", () => {
  test("GET /api/suppliers returns a page of items with the documented fields", async ({ request }) => {
    const res = await request.get("/api/suppliers");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/application\/json/);
    const body = (await res.json()) as ListBody;
    expect(body).toEqual(expect.objectContaining({ items: expect.any(Array), total: expect.any(Number), page: 1, pageSize: 20 }));
    expect(body.total).toBeGreaterThan(40);
    expect(body.items).toHaveLength(20);
    for (const item of body.items) {
      expect(item).toEqual(
        expect.objectContaining({
          slug: expect.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
          name: expect.any(String),
          category: expect.any(String),
          ratingAvg: expect.any(Number),
          reviewCount: expect.any(Number),
        }),
      );
      for (const key of ["nameZh", "district", "lat", "lng"] as const) expect(item).toHaveProperty(key);
      expect(item.nameZh === null || typeof item.nameZh === "string").toBe(true);
      expect(item.district === null || typeof item.district === "string").toBe(true);
      expect(item.lat === null || typeof item.lat === "number").toBe(true);
      expect(item.lng === null || typeof item.lng === "number").toBe(true);
      expect(item).not.toHaveProperty("id");
    }
  });

  test("pages do not overlap and the last page holds the rest", async ({ request }) => {
    const all = new Set<string>();
    const first = (await (await request.get("/api/suppliers?page=1")).json()) as ListBody;
    const pages = Math.ceil(first.total / first.pageSize);
    // 103 published sample places at 20 a page.
    expect(pages).toBe(6);
    for (let p = 1; p <= pages; p++) {
      const body = (await (await request.get(`/api/suppliers?page=${p}`)).json()) as ListBody;
      expect(body.page).toBe(p);
      for (const i of body.items) all.add(i.slug);
    }
    expect(all.size).toBe(first.total);
    const beyond = (await (await request.get(`/api/suppliers?page=${pages + 1}`)).json()) as ListBody;
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  test("repeated category parameters mean any of them", async ({ request }) => {
    const res = await request.get("/api/suppliers?category=pcb-fab&category=makerspace&pageSize=100");
    expect(res.status()).toBe(200);
    const body = (await res.json()) as ListBody;
    const wanted = ["pcb-fab", "makerspace"];
    expect(body.items.length).toBe(body.total);
    for (const i of body.items) expect(i.categories.some((c) => wanted.includes(c))).toBe(true);
    const seen = new Set(body.items.flatMap((i) => i.categories.filter((c) => wanted.includes(c))));
    expect([...seen].sort()).toEqual(["makerspace", "pcb-fab"]);

    const fabs = (await (await request.get("/api/suppliers?category=pcb-fab")).json()) as ListBody;
    const spaces = (await (await request.get("/api/suppliers?category=makerspace")).json()) as ListBody;
    expect(body.total).toBeGreaterThanOrEqual(Math.max(fabs.total, spaces.total));
    expect(body.total).toBeLessThanOrEqual(fabs.total + spaces.total);
  });

  for (const qs of ["category=unknown", "page=0", "pageSize=10000", "minRating=9", "sort=bogus", "page=abc"]) {
    test(`?${qs} answers 400 with an error object`, async ({ request }) => {
      const body = await expectError(await request.get(`/api/suppliers?${qs}`), 400);
      expect(body.error.code).toBe("BAD_REQUEST");
    });
  }

  for (const q of ['"*(NEAR AND', "*", '"', "NEAR(a b)", "a OR b NOT c", "-", "'; DROP TABLE suppliers; --", "华强北\"", "^x", "%", "_"]) {
    test(`a weird q ${JSON.stringify(q)} answers 200`, async ({ request }) => {
      const res = await request.get("/api/suppliers", { params: { q } });
      expect(res.status()).toBe(200);
      const body = (await res.json()) as ListBody;
      expect(Array.isArray(body.items)).toBe(true);
      expect(typeof body.total).toBe("number");
    });
  }
});

test.describe("JSON API: one supplier", () => {
  test("GET /api/suppliers/seeed-studio has categories, capabilities, contacts and rating", async ({ request }) => {
    const res = await request.get("/api/suppliers/seeed-studio");
    expect(res.status()).toBe(200);
    const s = await res.json();
    expect(s.slug).toBe("seeed-studio");
    expect(s.name).toBe("Seeed Studio");
    expect(s.nameZh).toBe("矽递科技");
    expect(s.district).toBe("nanshan");
    expect(s.categories).toEqual(expect.arrayContaining(["pcb-assembly"]));
    expect(Array.isArray(s.capabilities)).toBe(true);
    expect(s.contacts).toEqual(expect.objectContaining({ website: expect.stringContaining("seeedstudio.com") }));
    expect(s.rating).toEqual(expect.objectContaining({ average: 0, count: 0 }));
    expect(s).not.toHaveProperty("id");
  });

  test("an unknown slug is 404 with an error object", async ({ request }) => {
    const body = await expectError(await request.get("/api/suppliers/nope"), 404);
    expect(body.error.code).toBe("NOT_FOUND");
  });
});

test.describe("exports, sitemap and robots", () => {
  test("CSV export: header line with slug,name and more than 30 lines", async ({ request }) => {
    const res = await request.get("/api/export?format=csv");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/text\/csv/);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    const lines = text.split(/\r?\n/).filter((l) => l !== "");
    expect(lines[0].startsWith("slug,name,")).toBe(true);
    expect(lines.length).toBeGreaterThan(30);
    expect(text).toContain("seeed-studio,Seeed Studio,");
    expect(text).not.toContain("pcbway");
  });

  test("GeoJSON export: a FeatureCollection of points inside Shenzhen", async ({ request }) => {
    const res = await request.get("/api/export?format=geojson");
    expect(res.status()).toBe(200);
    const fc = JSON.parse(await res.text());
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBeGreaterThan(30);
    for (const f of fc.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
      const [lng, lat] = f.geometry.coordinates as [number, number];
      expect(lng, `${f.properties?.slug} longitude`).toBeGreaterThanOrEqual(113.7);
      expect(lng, `${f.properties?.slug} longitude`).toBeLessThanOrEqual(114.7);
      expect(lat, `${f.properties?.slug} latitude`).toBeGreaterThanOrEqual(22.4);
      expect(lat, `${f.properties?.slug} latitude`).toBeLessThanOrEqual(22.9);
    }
    expect(fc.features.map((f: { properties: { slug: string } }) => f.properties.slug)).toContain("seeed-studio");
  });

  test("an unknown export format is 400", async ({ request }) => {
    await expectError(await request.get("/api/export?format=xml"), 400);
  });

  test("sitemap.xml lists the Seeed Studio page", async ({ request }) => {
    const res = await request.get("/sitemap.xml");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/xml/);
    const xml = await res.text();
    expect(xml).toContain("/suppliers/seeed-studio");
    expect(xml).not.toContain("/suppliers/pcbway");
  });

  test("robots.txt points to the sitemap", async ({ request }) => {
    const res = await request.get("/robots.txt");
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
  });
});
