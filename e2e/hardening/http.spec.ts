import http, { type IncomingHttpHeaders } from "node:http";
import { expect, test } from "../fixtures";

/** A raw request to the test server: paths, methods and Host headers that a browser or fetch() would not send. */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("security headers", () => {
  test("are on pages, API answers, static files and errors", async ({ request, page }) => {
    await page.goto("/");
    const asset = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    for (const path of ["/", "/ja/suppliers", "/api/health", "/api/suppliers", "/api/nope", asset!, "/robots.txt", "/suppliers/nope"]) {
      const h = (await request.get(path)).headers();
      expect(h["content-security-policy"], path).toMatch(/default-src 'self'.*object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'/);
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["x-frame-options"], path).toBe("DENY");
      expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"], path).toMatch(/geolocation=\(self\)/);
      expect(h["cross-origin-opener-policy"], path).toBe("same-origin");
      // The test server's SITE_URL is http: no HSTS.
      expect(h["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("API answers say how they may be cached", async ({ request }) => {
    expect((await request.get("/api/suppliers")).headers()["cache-control"]).toMatch(/^public, max-age=\d+$/);
    expect((await request.get("/api/suppliers/seeed-studio")).headers()["cache-control"]).toMatch(/^public, max-age=\d+$/);
    expect((await request.get("/api/export?format=geojson")).headers()["cache-control"]).toMatch(/^public, max-age=\d+$/);
    for (const path of ["/api/health", "/api/suppliers?page=0", "/api/suppliers/nope", "/api/nope"]) {
      expect((await request.get(path)).headers()["cache-control"], path).toBe("no-store");
    }
  });
});

test.describe("hreflang Link header", () => {
  test("names the configured site and zh-Hans, whatever Host the request claims", async ({ baseURL }) => {
    const attempts: Record<string, string>[] = [{ host: "evil.example" }, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }];
    for (const headers of attempts) {
      const res = await raw(baseURL!, "GET", "/zh/suppliers", headers);
      const link = String(res.headers.link);
      expect(link).not.toMatch(/evil/);
      expect(link).toContain(`<${baseURL}/zh/suppliers>; rel="alternate"; hreflang="zh-Hans"`);
      expect(link).toContain(`<${baseURL}/suppliers>; rel="alternate"; hreflang="x-default"`);
      expect(link).not.toMatch(/hreflang="zh"/);
    }
  });
});

test.describe("requests the app refuses", () => {
  test("TRACE answers 405 with Allow", async ({ baseURL }) => {
    for (const path of ["/", "/suppliers/seeed-studio", "/api/health"]) {
      const res = await raw(baseURL!, "TRACE", path);
      expect(res.status, path).toBe(405);
      expect(res.headers.allow, path).toMatch(/^GET, HEAD, OPTIONS, POST/);
    }
  });

  test("broken percent-encoding in a path answers 400, JSON under /api and a page otherwise", async ({ baseURL }) => {
    for (const path of ["/suppliers/%FF", "/%C0%AF", "/ja/%ED%A0%80", "/suppliers/%E0%80%AF", "/%", "/map/%C3%28"]) {
      const res = await raw(baseURL!, "GET", path);
      expect(res.status, path).toBe(400);
      expect(res.headers["content-type"], path).toBe("text/html; charset=utf-8");
    }
    for (const path of ["/api/suppliers/%ED%A0%80", "/api/suppliers/%FF", "/api/%C0%AF"]) {
      const res = await raw(baseURL!, "GET", path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body).error.code, path).toBe("BAD_REQUEST");
    }
  });

  test("unknown API paths answer a JSON 404, unsupported methods a 405 with Allow", async ({ request }) => {
    for (const path of ["/api/nope", "/api/suppliers/seeed-studio/nope/deeper", "/api"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect((await res.json()).error.code, path).toBe("NOT_FOUND");
    }
    for (const [method, path] of [["POST", "/api/health"], ["DELETE", "/api/suppliers"], ["PUT", "/api/suppliers/seeed-studio"], ["POST", "/api/export?format=csv"]]) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()["allow"], `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
      expect((await res.json()).error.code).toBe("METHOD_NOT_ALLOWED");
    }
    const del = await request.fetch("/suppliers", { method: "DELETE" });
    expect(del.status()).toBe(405);
    expect(del.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  });

  test("very long URLs answer 414, and past Node's header limit 431, each with a body", async ({ baseURL }) => {
    const long = await raw(baseURL!, "GET", `/suppliers?q=${"a".repeat(9000)}`);
    expect(long.status).toBe(414);
    expect(long.body).toMatch(/too long/);
    const huge = await raw(baseURL!, "GET", `/suppliers?q=${"a".repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expect(huge.body).toMatch(/too large/);
  });
});
