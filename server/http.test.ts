import { describe, expect, it } from "vitest";
import { route } from "./http";

describe("route()", () => {
  it("marks a redirect's immutable headers as not cacheable instead of failing", async () => {
    const handler = route(async () => Response.redirect("http://test/next", 302));
    const response = await handler();
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("http://test/next");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("lets public data be cached briefly, but never an error", async () => {
    const ok = await route(async () => Response.json({ ok: true }), { cache: "public" })();
    expect(ok.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
    const failed = await route(async () => Response.json({}, { status: 404 }), { cache: "public" })();
    expect(failed.headers.get("Cache-Control")).toBe("no-store");
  });
});
