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
    admission: { concurrency: 4, maxQueued: 100 },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request: the paths and methods here are ones fetch() would refuse to send. */
function request(method: string, path: string, headers: Record<string, string> = {}, to = port) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: to, method, path, headers }, (res) => {
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

describe("admission: a few requests in Next at a time, the others in arrival order", () => {
  /** Next's place: holds each request until the test releases it. */
  const entered: { url: string; headers: IncomingHttpHeaders; release: () => void }[] = [];
  const holding: NextHandler = (req, res) =>
    new Promise<void>((resolve) => {
      entered.push({
        url: req.url ?? "",
        headers: { ...req.headers },
        release: () => {
          res.end(req.url);
          resolve();
        },
      });
    });
  const release = (url: string) => entered.find((e) => e.url === url)!.release();
  const urls = () => entered.map((e) => e.url);
  const until = (n: number) => vi.waitFor(() => expect(entered.length).toBeGreaterThanOrEqual(n));

  let gate: http.Server;
  let gatePort: number;
  beforeAll(async () => {
    gate = createAppServer({
      handle: holding,
      headersFor: createSecurityHeaders({ siteUrl: "http://localhost", mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", oauth: {} }),
      admission: { concurrency: 2, maxQueued: 2 },
    });
    await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
    gatePort = (gate.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => gate.close(() => resolve())));

  /**
   * Sends a request and waits until the server has taken it in (queued or handed to Next); the
   * answer comes later, so it is returned in a box rather than as the promise itself.
   */
  async function send(path: string, headers: Record<string, string> = {}) {
    const received = new Promise<void>((resolve) => gate.once("request", () => resolve()));
    const answer = request("GET", path, headers, gatePort);
    await received;
    return { answer };
  }

  it("queues past the limit, answers 503 past the queue, lets cheap and internal requests through, and keeps the order", async () => {
    const p1 = await send("/p1");
    const p2 = await send("/p2");
    await until(2);
    const p3 = await send("/p3");
    const p4 = await send("/p4");
    expect(urls()).toEqual(["/p1", "/p2"]);

    const busy = await request("GET", "/ja/suppliers", {}, gatePort);
    expect(busy.status).toBe(503);
    expect(busy.headers["retry-after"]).toBe("5");
    expect(busy.headers["content-security-policy"]).toMatch(/nonce/);
    expect(busy.body).toMatch(/<html lang="ja">.*<h1>ただいま混み合っています<\/h1>/);
    const busyApi = await request("GET", "/api/suppliers?q=pcb", {}, gatePort);
    expect(busyApi.status).toBe(503);
    expect(JSON.parse(busyApi.body)).toEqual({ error: { code: "BUSY", message: expect.stringMatching(/nothing was changed/) } });

    // Build assets and the health check do not wait behind renders.
    const health = await send("/api/health");
    const asset = await send("/_next/static/chunks/app.js");
    await until(4);
    release("/api/health");
    release("/_next/static/chunks/app.js");
    expect((await health.answer).status).toBe(200);
    expect((await asset.answer).status).toBe(200);

    // Next's own fetch of a redirect target carries the caller's headers, token included; a
    // client cannot forge the token.
    const token = entered[0].headers["x-directory-internal"] as string;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect((await request("GET", "/forged", { "x-directory-internal": "0".repeat(32) }, gatePort)).status).toBe(503);
    const internal = await send("/redirect-target", { "x-directory-internal": token });
    await until(5);
    release("/redirect-target");
    expect((await internal.answer).status).toBe(200);

    release("/p1");
    await until(6);
    release("/p2");
    await until(7);
    expect(urls().slice(5)).toEqual(["/p3", "/p4"]);
    release("/p3");
    release("/p4");
    for (const answer of await Promise.all([p1, p2, p3, p4].map((p) => p.answer))) expect(answer.status).toBe(200);
    expect(urls()).not.toContain("/forged");
  });

  it("with no queue allowed, admits while a slot is free and refuses the rest at once", async () => {
    entered.length = 0;
    const strict = createAppServer({
      handle: holding,
      headersFor: createSecurityHeaders({ siteUrl: "http://localhost", mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", oauth: {} }),
      admission: { concurrency: 1, maxQueued: 0 },
    });
    await new Promise<void>((resolve) => strict.listen(0, "127.0.0.1", resolve));
    const strictPort = (strict.address() as AddressInfo).port;
    const first = request("GET", "/first", {}, strictPort);
    await until(1);
    expect((await request("GET", "/second", {}, strictPort)).status).toBe(503);
    release("/first");
    expect((await first).status).toBe(200);
    const third = request("GET", "/third", {}, strictPort);
    await until(2);
    release("/third");
    expect((await third).status).toBe(200);
    expect(urls()).toEqual(["/first", "/third"]);
    await new Promise<void>((resolve) => strict.close(() => resolve()));
  });

  it("drops a request whose client left while it waited", async () => {
    entered.length = 0;
    const a = await send("/a");
    const b = await send("/b");
    await until(2);
    const gone = http.request({ host: "127.0.0.1", port: gatePort, path: "/gone" });
    gone.on("error", () => {});
    const left = new Promise<void>((resolve) =>
      gate.once("request", (_req, res) => {
        res.once("close", () => resolve());
        gone.destroy();
      }),
    );
    gone.end();
    await left;
    expect(urls()).toEqual(["/a", "/b"]);
    release("/a");
    release("/b");
    await Promise.all([a.answer, b.answer]);
    const after = await send("/after");
    await until(3);
    release("/after");
    expect((await after.answer).status).toBe(200);
    expect(urls()).toEqual(["/a", "/b", "/after"]);
  });
});
