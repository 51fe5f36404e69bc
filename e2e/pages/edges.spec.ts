import { expect, test } from "../fixtures";
import { DESKTOP, PHONE } from "./helpers";

/** SQLite's COLLATE NOCASE: ASCII case folded, then code-point order. */
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

test.describe("edges of the supplier list", () => {
  test.use(DESKTOP);

  test("a page past the end shows the last page under its own URL, with a right range and Previous", async ({ page, request }) => {
    const { total, pageSize } = (await (await request.get("/api/suppliers?district=futian")).json()) as { total: number; pageSize: number };
    const last = Math.ceil(total / pageSize);
    expect(last).toBeGreaterThan(1);
    const response = await page.goto("/suppliers?district=futian&page=999");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL((url) => url.searchParams.get("page") === String(last) && url.searchParams.get("district") === "futian");
    await expect(page.getByText(/^Showing \d+–\d+ of \d+$/)).toHaveText(`Showing ${(last - 1) * pageSize + 1}–${total} of ${total}`);
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages.getByRole("link", { name: "Previous" })).toHaveAttribute("href", last - 1 === 1 ? "/suppliers?district=futian" : `/suppliers?district=futian&page=${last - 1}`);
    await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
    await expect(page.getByRole("article")).toHaveCount(total - (last - 1) * pageSize);
  });

  test("with no results, a page past the end goes back to the first", async ({ page }) => {
    await page.goto("/suppliers?q=zzzqqqxxx&page=5");
    await expect(page).toHaveURL((url) => !url.searchParams.has("page") && url.searchParams.get("q") === "zzzqqqxxx");
    await expect(page.getByRole("heading", { name: "No supplier matches" })).toBeVisible();
  });

  test("while no supplier has a review, the list is in name order and says so", async ({ page, request }) => {
    const rated = (await (await request.get("/api/suppliers?minRating=1&pageSize=1")).json()) as { total: number };
    test.skip(rated.total > 0, "another spec added a review");
    await page.goto("/suppliers");
    await expect(page.getByRole("combobox", { name: "Sort by" }).locator("option:checked")).toHaveText("Name (A–Z)");
    const names = (await page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents()).map((n) => n.trim());
    expect(names).toEqual([...names].sort((a, b) => (nocase(a) < nocase(b) ? -1 : nocase(a) > nocase(b) ? 1 : 0)));
    // "Highest rated" is still there to choose, and the choice is kept in the URL.
    await page.getByRole("combobox", { name: "Sort by" }).selectOption({ label: "Highest rated" });
    await expect(page).toHaveURL(/sort=rating/);
  });
});

test.describe("site-wide edges", () => {
  test("favicon, icon and web app manifest are served and linked", async ({ page, request }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/image\//);
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(body.name).toBe("Shenzhen Hardware Directory");
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of body.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

    await page.goto("/ja/suppliers");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    const iconHref = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect((await request.get(iconHref!)).status()).toBe(200);
  });

  for (const { path, name } of [
    { path: "", name: "home" },
    { path: "/suppliers?category=pcb-fab", name: "list" },
    { path: "/suppliers/seeed-studio", name: "detail" },
  ]) {
    test(`the ${name} page names itself in every language (hreflang)`, async ({ page }) => {
      for (const prefix of ["", "/ja", "/zh"]) {
        await page.goto(prefix + path || "/");
        const alternates = Object.fromEntries(
          await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname + new URL(l.getAttribute("href")!).search])),
        );
        const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
        expect(new URL(canonical!).pathname + new URL(canonical!).search).toBe(prefix + path || "/");
        expect(alternates).toEqual({ en: path || "/", ja: `/ja${path}`, "zh-Hans": `/zh${path}`, "x-default": path || "/" });
      }
    });
  }

  test("the header marks the current section", async ({ page }) => {
    const nav = page.getByRole("navigation", { name: "Main" });
    await page.goto("/");
    await expect(nav.locator("[aria-current]")).toHaveCount(0);
    await page.goto("/suppliers");
    await expect(nav.getByRole("link", { name: "Suppliers" })).toHaveAttribute("aria-current", "page");
    await page.goto("/zh/suppliers/seeed-studio");
    const zhNav = page.getByRole("navigation", { name: "主导航" });
    await expect(zhNav.getByRole("link", { name: "供应商" })).toHaveAttribute("aria-current", "true");
    await expect(zhNav.locator("[aria-current]")).toHaveCount(1);
  });

  test("empty categories on the home page are shown as such, not as links", async ({ page }) => {
    await page.goto("/");
    const categories = page.getByRole("region", { name: "Browse by category" });
    const empty = categories.getByRole("listitem").filter({ hasText: "no listings yet" });
    expect(await empty.count()).toBeGreaterThan(0);
    await expect(empty.getByRole("link")).toHaveCount(0);
    for (const item of await categories.getByRole("listitem").filter({ hasNotText: "no listings yet" }).all()) {
      await expect(item.getByRole("link")).toHaveCount(1);
    }
    // A category with listings links to a list that is not empty.
    await categories.getByRole("link").first().click();
    await expect(page.getByRole("article").first()).toBeVisible();
  });
});

test.describe("header on a phone", () => {
  test.use(PHONE);

  test("navigation and language links are at least 44 px tall", async ({ page }) => {
    await page.goto("/");
    const links = [
      ...(await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()),
      ...(await page.getByRole("navigation", { name: "Language" }).getByRole("link").all()),
    ];
    expect(links.length).toBe(6);
    for (const link of links) expect((await link.boundingBox())!.height, (await link.textContent())!).toBeGreaterThanOrEqual(44);
  });
});
