/**
 * Every route handler answers every method Next routes: the ones it serves, and a 405 with an
 * `Allow` header for the rest (Next's own 405 has none). Route files get this from `methods()`
 * in server/http.ts; a new route file that exports only `GET` fails here.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "@/server/http";

const appDir = path.join(process.cwd(), "app");
const routeFiles = readdirSync(appDir, { recursive: true, encoding: "utf8" })
  .filter((f) => path.basename(f) === "route.ts")
  .sort();

type Handler = (request: Request, context: unknown) => Promise<Response> | Response;

describe("route handlers", () => {
  it("are found", () => {
    expect(routeFiles).toContain(path.join("api", "health", "route.ts"));
  });

  it.each(routeFiles)("%s exports every method and names the allowed ones in 405 answers", async (file) => {
    const mod = (await import(path.join(appDir, file))) as Record<string, unknown>;
    for (const m of HTTP_METHODS) expect(typeof mod[m], `${file} ${m}`).toBe("function");
    const context = { params: Promise.resolve({ slug: "x", file: "1.xml", path: ["x"] }) };
    const call = (method: string) => (mod[method] as Handler)(new Request("http://test/x", { method }), context);
    const options = await call("OPTIONS");
    if (options.status === 404) return; // the catch-all for unknown /api paths
    expect(options.status).toBe(204);
    const allow = options.headers.get("Allow")!.split(", ");
    expect(allow).toContain("OPTIONS");
    for (const m of HTTP_METHODS.filter((m) => !allow.includes(m))) {
      const res = await call(m);
      expect(res.status, `${file} ${m}`).toBe(405);
      expect(res.headers.get("Allow")).toBe(allow.join(", "));
      expect((await res.json()).error.code).toBe("METHOD_NOT_ALLOWED");
    }
  });
});
