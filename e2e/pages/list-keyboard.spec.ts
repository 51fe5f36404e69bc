import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { DESKTOP, resultsHeading, tabTo } from "./helpers";

test.use(DESKTOP);

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * Presses a key on the focused control and checks that the change applied in place: the URL
 * has it, focus is on `after` (the same control, or the next radio of a group), and the page
 * did not scroll.
 */
async function applyWithKey(page: Page, key: string, after: Locator, url: (u: URL) => boolean) {
  const before = await scrollY(page);
  await page.keyboard.press(key);
  await expect(page).toHaveURL(url);
  await expect(page.locator("form[aria-busy='false']")).toHaveCount(1);
  await expect(after).toBeFocused();
  expect(await scrollY(page)).toBe(before);
}

test.describe("supplier list with the keyboard only", () => {
  test("every filter group and the sort menu apply in place, keeping focus and scroll position", async ({ page }) => {
    await page.goto("/suppliers");
    const market = page.getByRole("group", { name: "Category" }).getByRole("checkbox", { name: /Electronics market/ });
    await tabTo(page, market);
    await applyWithKey(page, "Space", market, (u) => u.searchParams.get("category") === "electronics-market");
    await expect(market).toBeChecked();

    const futian = page.getByRole("group", { name: "District" }).getByRole("checkbox", { name: /Futian/ });
    await tabTo(page, futian);
    // Part-way down the page now: a change must not jump back to the top.
    expect(await scrollY(page)).toBeGreaterThan(0);
    await applyWithKey(page, "Space", futian, (u) => u.searchParams.get("district") === "futian");

    const capabilities = page.getByRole("group", { name: "Capabilities" });
    await tabTo(page, capabilities.locator("summary"));
    await page.keyboard.press("Enter");
    const stencils = capabilities.getByRole("checkbox", { name: /SMT stencils/ });
    await tabTo(page, stencils);
    await applyWithKey(page, "Space", stencils, (u) => u.searchParams.get("capability") === "stencils");
    await expect(stencils).toBeVisible();
    await expect(stencils).toBeChecked();

    const english = page.getByRole("group", { name: "Languages spoken" }).getByRole("checkbox", { name: /English/ });
    await tabTo(page, english);
    await applyWithKey(page, "Space", english, (u) => u.searchParams.get("language") === "en");

    const small = page.getByRole("group", { name: "Orders" }).getByRole("checkbox", { name: /Accepts small orders/ });
    await tabTo(page, small);
    await applyWithKey(page, "Space", small, (u) => u.searchParams.get("smallOrders") === "1");

    // Arrow keys step through the rating radios; each step applies, focus follows the checked one.
    const rating = page.getByRole("group", { name: "Minimum rating" });
    await tabTo(page, rating.getByRole("radio", { name: "Any rating" }));
    await applyWithKey(page, "ArrowDown", rating.getByRole("radio", { name: /^4\+ stars/ }), (u) => u.searchParams.get("minRating") === "4");
    await applyWithKey(page, "ArrowDown", rating.getByRole("radio", { name: /^3\+ stars/ }), (u) => u.searchParams.get("minRating") === "3");

    // Every change above is still applied together.
    const url = new URL(page.url());
    expect(url.searchParams.getAll("capability")).toEqual(["stencils"]);
    expect(url.searchParams.get("category")).toBe("electronics-market");

    // The sort menu comes next in the tab order; arrows change it in place too (name order,
    // the default while nothing is rated, is the last option).
    const sort = page.getByRole("combobox", { name: "Sort by" });
    await tabTo(page, sort, 5);
    await applyWithKey(page, "ArrowUp", sort, (u) => u.searchParams.get("sort") === "newest");
    await applyWithKey(page, "ArrowUp", sort, (u) => u.searchParams.get("sort") === "reviews");
  });

  test("“Skip to results” is reached in a few Tab presses and lands on the results", async ({ page }) => {
    await page.goto("/suppliers");
    const skip = page.getByRole("link", { name: "Skip to results" });
    const presses = await tabTo(page, skip, 15);
    expect(presses).toBeLessThanOrEqual(12);
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(resultsHeading(page)).toBeFocused();
    await page.keyboard.press("Tab");
    // The same results on the map, the sort menu, then the first result.
    await expect(page.getByRole("link", { name: "Show these on a map" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "Sort by" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("article").first().getByRole("link")).toBeFocused();
  });

  test("results show a pending state while the next ones load", async ({ page }) => {
    await page.goto("/suppliers");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the navigation's server response until the pending state has been seen.
    await page.route(
      (url) => url.pathname === "/suppliers" && url.searchParams.get("district") === "nanshan",
      async (route) => {
        if (route.request().headers()["rsc"]) await held;
        await route.continue();
      },
    );
    await page.getByRole("group", { name: "District" }).getByRole("checkbox", { name: /Nanshan/ }).check();
    const status = page.getByRole("status").filter({ hasText: "Updating results…" });
    await expect(status).toBeVisible();
    await expect(page.locator("form")).toHaveAttribute("aria-busy", "true");
    release();
    await expect(status).toHaveCount(0);
    await expect(page.locator("form")).toHaveAttribute("aria-busy", "false");
    await expect(page.getByRole("link", { name: "Remove filter: Nanshan" })).toBeVisible();
  });
});
