import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSecurityHeaders } from "@/lib/security-headers";
import { createAppServer, type NextHandler } from "./http-server";

/** Next's place: records what it was handed and answers 200. */
const seen: IncomingHttpHeaders[] = [];
const handle: NextHandler = async (req, res) => {
  seen.push({ ...req.headers });
  res.setHeader("Content-Type", "text/plain");
  res.end("from next");
};

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = createAppServer({
    handle,
    headersFor: createSecurityHeaders({ siteUrl: "http://localhost", mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", oauth: {} }),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request: the paths and methods here are ones fetch() would refuse to send. */
function request(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const nonceOf = (csp: string | string[] | undefined) => /'nonce-([^']+)'/.exec(String(csp))?.[1];

describe("the server in front of Next", () => {
  it("sends the security headers and hands Next the same fresh nonce in the request's policy", async () => {
    seen.length = 0;
    const first = await request("GET", "/suppliers", { "content-security-policy": "script-src 'nonce-chosen-by-client'" });
    const second = await request("GET", "/suppliers");
    expect(first.body).toBe("from next");
    expect(first.headers["x-frame-options"]).toBe("DENY");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    const nonce = nonceOf(first.headers["content-security-policy"]);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(seen[0]["content-security-policy"])).toBe(nonce);
    expect(seen[0]["x-nonce"]).toBe(nonce);
    expect(nonceOf(second.headers["content-security-policy"])).not.toBe(nonce);
  });

  it("answers TRACE and other methods a page does not take with 405 and Allow, without Next and without a stack trace", async () => {
    seen.length = 0;
    const logged = vi.spyOn(console, "error");
    for (const method of ["TRACE", "PUT", "DELETE", "PROPFIND"]) {
      const res = await request(method, "/");
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.headers["content-security-policy"]).toMatch(/nonce/);
    }
    const api = await request("TRACE", "/api/health");
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe("GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE");
    expect(JSON.parse(api.body).error.code).toBe("METHOD_NOT_ALLOWED");
    expect(seen).toHaveLength(0);
    expect(logged).not.toHaveBeenCalled();
    // Node's parser itself refuses methods it does not know; the answer still says something.
    const unknown = await request("TRACK", "/");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatch(/^This request cannot be read/);
    const options = await request("OPTIONS", "/suppliers");
    expect(options).toMatchObject({ status: 204, body: "" });
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
  });

  it("answers broken percent-encoding in a path with 400: JSON under /api, a page in the path's language otherwise", async () => {
    for (const path of ["/suppliers/%FF", "/%C0%AF", "/suppliers/%ED%A0%80", "/ja/%E0%80%AF"]) {
      const res = await request("GET", path);
      expect(res.status, path).toBe(400);
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(res.body).toMatch(/<h1>/);
    }
    expect((await request("GET", "/ja/%FF")).body).toMatch(/<html lang="ja">.*<h1>このアドレスは読み取れません<\/h1>.*href="\/ja"/);
    expect((await request("GET", "/zh/%FF")).body).toMatch(/<html lang="zh-Hans">/);
    const api = await request("GET", "/api/suppliers/%ED%A0%80");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "BAD_REQUEST", message: expect.stringMatching(/percent-encoded/) } });
  });

  it("answers a long URL with 414, and one past Node's header limit with a 431 that says why", async () => {
    const long = await request("GET", `/suppliers?q=${"a".repeat(9000)}`);
    expect(long.status).toBe(414);
    expect(long.body).toMatch(/too long/);
    const huge = await request("GET", `/suppliers?q=${"a".repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expect(huge.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(huge.body).toMatch(/This request is too large[\s\S]*リクエストが大きすぎます[\s\S]*请求过大/);
  });
});
