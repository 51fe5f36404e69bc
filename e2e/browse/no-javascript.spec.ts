import { expect, test } from "../fixtures";
import { rangeText, resultNames, results } from "./list-page";

test.use({ javaScriptEnabled: false });

test.describe("supplier list without JavaScript", () => {
  test("ticking a category and pressing Apply filters submits the GET form", async ({ page }) => {
    await page.goto("/suppliers");
    await expect(rangeText(page)).toHaveText(/^Showing 1–20 of \d+$/);
    const before = await rangeText(page).textContent();

    const checkbox = page.getByRole("group", { name: "Category" }).getByRole("checkbox", { name: /Electronics market/ });
    await checkbox.check();
    // Without JavaScript nothing happens until the form is submitted.
    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.search === "");

    await page.getByRole("button", { name: "Apply filters" }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.getAll("category").includes("electronics-market"));
    await expect(rangeText(page)).not.toHaveText(before!);
    await expect(page.getByRole("group", { name: "Category" }).getByRole("checkbox", { name: /Electronics market/ })).toBeChecked();
    await expect(page.getByRole("link", { name: "Remove filter: Electronics market" })).toBeVisible();
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    // A card names the primary category; the filter matches any of a supplier's categories.
    for (const link of await results(page).getByRole("link").all()) {
      const slug = (await link.getAttribute("href"))!.split("/").pop();
      const supplier = await (await page.request.get(`/api/suppliers/${slug}`)).json();
      expect(supplier.categories, slug).toContain("electronics-market");
    }
  });

  test("typing in the search box and pressing Enter searches", async ({ page }) => {
    await page.goto("/suppliers");
    const box = page.getByRole("searchbox", { name: "Search suppliers" });
    await box.fill("Seeed");
    await box.press("Enter");

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.get("q") === "Seeed");
    await expect(resultNames(page).getByRole("link", { name: "Seeed Studio", exact: true })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search suppliers" })).toHaveValue("Seeed");
  });

  test("the home page search works without JavaScript", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search suppliers" });
    await box.fill("华强北");
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.get("q") === "华强北");
    await expect(resultNames(page).getByRole("link", { name: "Huaqiangbei electronics market area", exact: true })).toBeVisible();
  });

  test("the pagination links work without JavaScript", async ({ page }) => {
    await page.goto("/suppliers");
    await expect(rangeText(page)).toHaveText(/^Showing 1–20 of \d+$/);
    const firstOnPage1 = (await resultNames(page).first().textContent())!.trim();

    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.get("page") === "2");
    await expect(rangeText(page)).toHaveText(/^Showing 21–40 of \d+$/);
    await expect(resultNames(page)).toHaveCount(20);
    await expect(resultNames(page).first()).not.toHaveText(firstOnPage1);

    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page 1 of 6" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && !url.searchParams.has("page"));
    await expect(resultNames(page).first()).toHaveText(firstOnPage1);
  });

  test("a filter chip link removes its filter without JavaScript", async ({ page }) => {
    await page.goto("/suppliers?category=electronics-market&district=futian");
    await page.getByRole("link", { name: "Remove filter: Futian" }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has("district") && url.searchParams.get("category") === "electronics-market");
    await expect(page.getByRole("group", { name: "District" }).getByRole("checkbox", { name: /Futian/ })).not.toBeChecked();
  });
});
