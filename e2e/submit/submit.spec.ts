import type { APIRequestContext } from "@playwright/test";
import { e2eDb, expect, test } from "../fixtures";
import {
  deleteListingsNamed,
  expectNoAxeViolations,
  expectSubmittedNotice,
  fillListing,
  freshMobile,
  freshPoint,
  submissionItem,
  submitButton,
  uniqueName,
  listingByName,
} from "./submit-page";

const seeed = () => e2eDb().prepare(`SELECT "slug", "lat", "lng" FROM "Supplier" WHERE "slug" = 'seeed-studio'`).get() as { slug: string; lat: number; lng: number };

/** Every sitemap file's text: the index (or single urlset) and each file it lists. */
async function sitemapText(request: APIRequestContext): Promise<string> {
  const root = await (await request.get("/sitemap.xml")).text();
  const files = [...root.matchAll(/<loc>[^<]*(\/sitemaps\/\d+\.xml)<\/loc>/g)].map((m) => m[1]);
  const parts = await Promise.all(files.map(async (f) => (await request.get(f)).text()));
  return [root, ...parts].join("\n");
}

async function mapSlugs(request: APIRequestContext, p: { lat: number; lng: number }): Promise<string[]> {
  const d = 0.002;
  const res = await request.get(`/api/map?bbox=${p.lng - d},${p.lat - d},${p.lng + d},${p.lat + d}&zoom=18`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { features: { properties: { slug?: string } }[] };
  return body.features.map((f) => f.properties.slug ?? "");
}

test.describe("submitting a listing", () => {
  test.describe.configure({ timeout: 90_000 });
  const names: string[] = [];
  test.afterAll(() => names.forEach(deleteListingsNamed));

  test("a listing with a pasted GCJ-02 point is stored in WGS-84, pending, invisible to the public, and on /me", async ({ page, login }) => {
    const user = await login();
    const name = uniqueName();
    names.push(name);
    const point = freshPoint();

    await page.goto("/submit");
    await expect(page.getByRole("heading", { level: 1, name: "Submit a listing" })).toBeVisible();
    await expectNoAxeViolations(page);
    await fillListing(page, {
      name,
      nameZh: "测试提交电子",
      category: "PCB assembly",
      district: "Nanshan",
      addressEn: "Building 5, Science Park",
      point,
      datum: "GCJ02",
      website: `e2e-${name.split(" ").pop()}.example`,
      phone: freshMobile(),
      capabilities: ["SMT assembly", "BGA assembly"],
      languages: ["English", "Mandarin"],
      moq: "10",
    });
    // Leaving the coordinates field places the pin, converted from GCJ-02.
    await page.getByLabel("Coordinates (latitude, longitude)").press("Tab");
    await expect(page.getByText(`Pin at ${point.lat.toFixed(4)}`, { exact: false })).toBeVisible();
    await submitButton(page).click();
    await expectSubmittedNotice(page);

    const row = listingByName(name)!;
    expect(row).toMatchObject({ status: "PENDING", createdById: user.id, coordDatum: "GCJ02", moq: 10 });
    expect(row.lat).toBeCloseTo(point.lat, 5);
    expect(row.lng).toBeCloseTo(point.lng, 5);
    expect(row.phone).toMatch(/^\+86139\d{8}$/);

    const item = submissionItem(page, name);
    await expect(item).toContainText("Waiting for review");
    // Not public yet: the item is not a link to a page that does not exist.
    await expect(item.getByRole("link", { name })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Invisible everywhere the public looks. Each check is paired with a published listing that
    // the same request does find, so a broken request cannot pass for an invisible listing.
    const request = page.request;
    const published = seeed();
    expect((await page.goto(`/suppliers/${row.slug}`))!.status()).toBe(404);
    expect((await request.get(`/api/suppliers/${row.slug}`)).status()).toBe(404);
    const search = await (await request.get(`/api/suppliers?q=${encodeURIComponent(name)}`)).json();
    expect(search.items.map((i: { slug: string }) => i.slug)).not.toContain(row.slug);
    const seeedSearch = await (await request.get(`/api/suppliers?q=Seeed`)).json();
    expect(seeedSearch.items.map((i: { slug: string }) => i.slug)).toContain(published.slug);
    const sitemaps = await sitemapText(request);
    expect(sitemaps).toContain(`/suppliers/${published.slug}<`);
    expect(sitemaps).not.toContain(row.slug);
    for (const format of ["csv", "geojson"]) {
      const exported = await (await request.get(`/api/export?format=${format}`)).text();
      expect(exported).toContain(published.slug);
      expect(exported).not.toContain(row.slug);
      expect(exported).not.toContain(name);
    }
    expect(await mapSlugs(request, point)).not.toContain(row.slug);
    expect(await mapSlugs(request, published)).toContain(published.slug);
  });

  test("the browser checks fields on leaving them and before sending, with a summary that links to each", async ({ page, login }) => {
    await login();
    await page.goto("/submit");
    const website = page.getByLabel("Website");
    await website.fill("ftp://files.example.com");
    await website.press("Tab");
    await expect(website).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
    // An untouched field is not flagged before the first attempt to send.
    await expect(page.getByLabel("Name (English or Latin letters)")).not.toHaveAttribute("aria-invalid", "true");

    await submitButton(page).click();
    const summary = page.getByRole("heading", { name: /^Please fix \d+ fields$/ });
    await expect(summary).toBeVisible();
    await expect(page.locator("[tabindex='-1']").filter({ has: summary })).toBeFocused();
    await expect(page).toHaveURL(/\/submit$/);
    const summaryBox = page.locator("div").filter({ has: summary }).last();
    // In the order of the form.
    await expect(summaryBox.getByRole("link")).toHaveText([
      "Name (English or Latin letters): Enter the name in at least one language.",
      "Main category: This field is required.",
      "District: This field is required.",
      "Location: Mark the place on the map or enter its latitude and longitude.",
      "Website: Enter a web address starting with http:// or https://.",
      "How do you know this place? This field is required.",
    ]);
    await summaryBox.getByRole("link", { name: /^Location:/ }).click();
    await expect(page.getByLabel("Coordinates (latitude, longitude)")).toBeFocused();
    await expect(page.getByLabel("Coordinates (latitude, longitude)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Main category")).toHaveAttribute("aria-describedby", "lf-category-error");
    await expectNoAxeViolations(page);

    // Fixing a field clears its message when leaving it.
    await website.fill("example.com");
    await website.press("Tab");
    await expect(website).not.toHaveAttribute("aria-invalid", "true");
    await expect(summaryBox.getByRole("link", { name: /^Website:/ })).toHaveCount(0);
  });

  test("the form fits a phone screen", async ({ page, login }) => {
    await login();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/submit");
    await expect(page.getByRole("heading", { level: 1, name: "Submit a listing" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
