import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Every page runs under the nonce-based Content-Security-Policy without a single violation:
 * Next's scripts carry the nonce, Leaflet's tiles and styles are allowed, nothing else is.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction("__reportViolation", (v: string) => violations.push(`event: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return violations;
}

const PAGES = [
  { name: "home", path: "", status: 200 },
  { name: "supplier list", path: "/suppliers?q=pcb", status: 200 },
  { name: "supplier detail with its map", path: "/suppliers/seg-electronics-market-seg-plaza", status: 200, map: true },
  { name: "not-found page", path: "/suppliers/no-such-supplier", status: 404 },
  { name: "page outside any route", path: "/no/such/page", status: 404 },
];

for (const locale of ["en", "ja", "zh"]) {
  for (const p of PAGES) {
    test(`${p.name} (${locale}) logs no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      const path = locale === "en" ? p.path || "/" : `/${locale}${p.path}`;
      const response = await page.goto(path);
      expect(response?.status()).toBe(p.status);
      const csp = response!.headers()["content-security-policy"];
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Every script in the HTML carries this response's nonce (the JSON-LD data block needs none);
      // the chunks those scripts load later are trusted through 'strict-dynamic'.
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      const tags = ((await response!.text()).match(/<script\b[^>]*>/g) ?? []).filter((t) => !t.includes('type="application/ld+json"'));
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      if (p.map) {
        // The map is drawn by client-side code: it proves the scripts ran.
        await expect(page.locator(".leaflet-tile-loaded").first()).toBeVisible();
        await expect(page.locator(".leaflet-marker-icon")).toBeVisible();
      }
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    });
  }
}

test("client-side navigation and the search form work under the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search suppliers" }).first().fill("Seeed");
  await page.getByRole("searchbox", { name: "Search suppliers" }).first().press("Enter");
  await expect(page).toHaveURL(/\/suppliers\?q=Seeed/);
  await page.getByRole("article").getByRole("link", { name: "Seeed Studio", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seeed Studio");
  expect(violations).toEqual([]);
});

test("script injected into a page, inline, from another site or in an event handler, does not run", async ({ page }) => {
  const violations = await watchViolations(page);
  // As if a stored value had slipped past the escaping: the real page with markup added.
  await page.route("**/suppliers", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "<main",
      `<script>window.__injected = "inline"</script><script src="https://evil.example/x.js"></script><main`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.route("https://evil.example/**", (route) => route.fulfill({ contentType: "text/javascript", body: 'window.__injected = "remote"' }));
  await page.goto("/suppliers");
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="/no-such-image.png" alt="" onerror="window.__injected = 'handler'">`;
    document.body.appendChild(div);
  });
  await expect.poll(() => violations.filter((v) => v.startsWith("event: script-src")).length).toBe(3);
  expect(violations.filter((v) => v.startsWith("event:")).sort()).toEqual([
    "event: script-src-attr blocked inline",
    "event: script-src-elem blocked https://evil.example/x.js",
    "event: script-src-elem blocked inline",
  ]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  // The page's own scripts still run.
  await expect(page.getByRole("searchbox", { name: "Search suppliers" }).first()).toBeEditable();
});
