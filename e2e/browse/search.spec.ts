import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { resultNames } from "./list-page";

/** The result count heading, e.g. "9 suppliers". */
function resultCount(page: Page) {
  return page.getByRole("heading", { level: 2, name: /^(No suppliers|\d+ suppliers?)$/ });
}

async function searchFromHome(page: Page, text: string, submit: "enter" | "click") {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search suppliers" });
  await box.fill(text);
  if (submit === "enter") await box.press("Enter");
  else await page.getByRole("search").getByRole("button", { name: "Search" }).click();
}

test.describe("search from the home page", () => {
  test("an English query finds Seeed Studio (Enter)", async ({ page }) => {
    await searchFromHome(page, "Seeed", "enter");

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.search === "?q=Seeed");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suppliers");
    await expect(resultNames(page).getByRole("link", { name: "Seeed Studio", exact: true })).toBeVisible();
    // The query stays in the list page's search box, so it can be refined.
    await expect(page.getByRole("searchbox", { name: "Search suppliers" })).toHaveValue("Seeed");
    await expect(page).toHaveTitle(/Seeed/);
  });

  test("an English query finds Seeed Studio (Search button)", async ({ page }) => {
    await searchFromHome(page, "Seeed", "click");

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.get("q") === "Seeed");
    await expect(resultNames(page).getByRole("link", { name: "Seeed Studio", exact: true })).toBeVisible();
  });

  test("a Chinese query 华强北 finds the Huaqiangbei market area and at least 3 suppliers", async ({ page }) => {
    await searchFromHome(page, "华强北", "enter");

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.get("q") === "华强北");
    await expect(resultNames(page).getByRole("link", { name: "Huaqiangbei electronics market area", exact: true })).toBeVisible();

    const heading = resultCount(page);
    await expect(heading).toHaveText(/^\d+ suppliers$/);
    const n = Number((await heading.textContent())!.match(/^(\d+)/)![1]);
    expect(n).toBeGreaterThanOrEqual(3);
    // The cards on the page agree with the count (fewer than one page of results here).
    await expect(resultNames(page)).toHaveCount(Math.min(n, 20));
  });

  test("a two-character Chinese query 华强 still returns results (LIKE fallback)", async ({ page }) => {
    await searchFromHome(page, "华强", "enter");

    await expect(page).toHaveURL((url) => url.pathname === "/suppliers" && url.searchParams.get("q") === "华强");
    await expect(resultCount(page)).toHaveText(/^\d+ suppliers?$/);
    await expect(resultNames(page).first()).toBeVisible();
    await expect(resultNames(page).getByRole("link", { name: "Huaqiang Electronic World", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No supplier matches" })).toHaveCount(0);
  });

  test("a query that matches nothing says so", async ({ page }) => {
    await searchFromHome(page, "zzzqqqxxx", "enter");

    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "zzzqqqxxx");
    await expect(resultCount(page)).toHaveText("No suppliers");
    await expect(page.getByRole("heading", { name: "No supplier matches" })).toBeVisible();
  });
});
