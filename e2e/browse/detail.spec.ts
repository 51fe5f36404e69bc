import { expect, test } from "../fixtures";

test.describe("supplier detail page", () => {
  test("Seeed Studio shows its names, the taxi card, JSON-LD, title and canonical link", async ({ page }) => {
    const response = await page.goto("/suppliers/seeed-studio");
    expect(response?.status()).toBe(200);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seeed Studio");
    await expect(page.locator("article header").getByText("矽递科技")).toBeVisible();

    const taxi = page.getByRole("region", { name: "Show this to a taxi driver" });
    await expect(taxi).toBeVisible();
    await expect(taxi.getByText("深圳市南山区TCL国际E城", { exact: true })).toBeVisible();
    await expect(taxi.getByText("矽递科技", { exact: true })).toBeVisible();

    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const ld = JSON.parse((await scripts.textContent()) ?? "") as Record<string, unknown>;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("LocalBusiness");
    expect(ld.name).toBe("Seeed Studio");
    expect(ld.url).toMatch(/\/suppliers\/seeed-studio$/);
    expect(ld.alternateName).toContain("矽递科技");
    // No reviews in the seed, so no aggregate rating may be claimed.
    expect(ld).not.toHaveProperty("aggregateRating");

    await expect(page).toHaveTitle(/Seeed Studio/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/suppliers\/seeed-studio$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("an unknown slug answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/suppliers/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search suppliers" })).toBeVisible();
  });

  test("an unpublished (pending) seeded supplier answers 404 too", async ({ page, request }) => {
    // PCBWay has no district in the seed, so it is seeded PENDING; the API agrees it is not public.
    expect((await request.get("/api/suppliers/pcbway")).status()).toBe(404);
    const response = await page.goto("/suppliers/pcbway");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByText("PCBWay")).toHaveCount(0);
  });

  test("the Japanese page shows the Japanese UI", async ({ page }) => {
    const response = await page.goto("/ja/suppliers/seeed-studio");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 2, name: "タクシーの運転手に見せる" })).toBeVisible();
    await expect(page.getByRole("region", { name: "タクシーの運転手に見せる" })).toContainText("深圳市南山区TCL国际E城");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("シードスタジオ");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/ja\/suppliers\/seeed-studio$/);
  });

  test("a result card on the list links to its detail page", async ({ page }) => {
    await page.goto("/suppliers?q=Seeed");
    await page.getByRole("article").getByRole("link", { name: "Seeed Studio", exact: true }).click();
    await expect(page).toHaveURL(/\/suppliers\/seeed-studio$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seeed Studio");
  });
});

test.describe("supplier detail map", () => {
  test("shows a pin for a precisely placed supplier, with tiles from the configured URL", async ({ page }) => {
    const tiles: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith("https://tile.openstreetmap.org/")) tiles.push(r.url());
    });
    await page.goto("/suppliers/seg-electronics-market-seg-plaza");
    const map = page.getByRole("region", { name: "Map" });
    await expect(map.locator(".leaflet-marker-icon")).toHaveAttribute("title", "SEG Electronics Market (SEG Plaza)");
    await expect.poll(() => tiles.length).toBeGreaterThan(0);
  });

  test("shows an area, not a pin, when the location is approximate", async ({ page }) => {
    await page.goto("/suppliers/seeed-studio");
    const map = page.getByRole("region", { name: "Map" });
    await expect(map.locator("path.leaflet-interactive")).toHaveCount(1);
    await expect(map.locator(".leaflet-marker-icon")).toHaveCount(0);
    await expect(page.getByText("The pin marks the area, not the door")).toBeVisible();
  });
});
