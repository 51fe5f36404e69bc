import { describe, expect, it } from "vitest";
import { LIST_PARAMS, SINGLE_PARAMS } from "@/lib/search/query";
import { GET } from "./route";

type Operation = { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> };

describe("GET /api/openapi.json", () => {
  it("describes every public JSON route in OpenAPI 3.1", async () => {
    const res = await GET(new Request("http://test/api/openapi.json"));
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      ["/api/export", "/api/health", "/api/map", "/api/openapi.json", "/api/suppliers", "/api/suppliers/{slug}", "/api/suppliers/{slug}/reviews"].sort(),
    );
    for (const [path, item] of Object.entries<Record<string, Operation>>(doc.paths)) {
      expect(item.get, path).toBeDefined();
      expect(Object.keys(item.get.responses), path).toContain("200");
      // Every route but health can be turned away by the front server's full queue.
      if (path !== "/api/health") expect(item.get.responses["503"], path).toMatchObject({ headers: { "Retry-After": expect.anything() } });
    }
  });

  it("lists the same query parameters the list route validates", async () => {
    const doc = await (await GET(new Request("http://test/api/openapi.json"))).json();
    const list: Operation = doc.paths["/api/suppliers"].get;
    const names = list.parameters!.filter((p) => p.in === "query").map((p) => p.name);
    expect(names.sort()).toEqual([...Object.keys(SINGLE_PARAMS), ...Object.keys(LIST_PARAMS), "facets"].sort());
    expect(doc.components.schemas.SupplierList.required).toEqual(expect.arrayContaining(["items", "total", "totalExact", "interpretation"]));
    const map: Operation = doc.paths["/api/map"].get;
    expect(map.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(["bbox", "zoom", "q", "category", "district"]));
  });
});
