import { expect, test } from "../fixtures";
import { filterPanel, filterToggle, PHONE, recordLayoutShifts, resultsHeading } from "./helpers";

test.use(PHONE);

type ListBody = { total: number };

test.describe("supplier list on a phone", () => {
  test("the filter panel is folded in the HTML itself, so the results come first with or without script", async ({ page, request, browser }) => {
    const html = await (await request.get("/suppliers")).text();
    const panelTag = html.match(/<details[^>]*data-filter-panel[^>]*>/)?.[0];
    expect(panelTag).toBeTruthy();
    expect(panelTag).not.toMatch(/\sopen[\s=>]/);

    // Before any script runs (here: none at all), the first result is in the first screen.
    const noScript = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto("/suppliers");
    const firstCardTop = (await bare.getByRole("article").first().boundingBox())!.y;
    expect(firstCardTop).toBeLessThan(PHONE.viewport.height);
    await noScript.close();

    // With script, hydration moves nothing.
    const layoutShift = await recordLayoutShifts(page);
    await page.goto("/suppliers");
    await page.waitForLoadState("networkidle");
    expect((await page.getByRole("article").first().boundingBox())!.y).toBeLessThan(PHONE.viewport.height);
    expect(await layoutShift()).toBeLessThan(0.05);
  });

  test("the toggle says how many filters are applied", async ({ page }) => {
    await page.goto("/suppliers?category=electronics-market&district=futian&smallOrders=1");
    await expect(filterToggle(page)).toHaveAccessibleName("Filters (3 active)");
    await expect(filterToggle(page)).toContainText("3");
    await page.goto("/suppliers?q=pcb");
    // Search text is not a filter of the panel.
    await expect(filterToggle(page)).toHaveAccessibleName("Filters");
  });

  test("ticks wait for “Show N results”, which gives the count it will show, then folds and focuses the results", async ({ page, request }) => {
    await page.goto("/suppliers");
    await filterToggle(page).click();
    await expect(filterPanel(page)).toHaveAttribute("open", "");
    // Once open (and the page interactive), the button gives the count of the current results.
    await expect(filterPanel(page).getByRole("button", { name: /^Show \d+ results$/ })).toHaveText(`Show ${(await resultsHeading(page).textContent())!.match(/\d+/)![0]} results`);

    const market = page.getByRole("group", { name: "Category" }).getByRole("checkbox", { name: /Electronics market/ });
    await market.check();
    const oneFacet = (await (await request.get("/api/suppliers?category=electronics-market&pageSize=1")).json()) as ListBody;
    const apply = filterPanel(page).getByRole("button", { name: /^Show \d+ results?$/ });
    await expect(apply).toHaveText(`Show ${oneFacet.total} results`);
    // Nothing is applied yet: same URL, panel still open, the box keeps focus.
    expect(new URL(page.url()).search).toBe("");
    await expect(market).toBeFocused();

    await page.getByRole("group", { name: "District" }).getByRole("checkbox", { name: /Futian/ }).check();
    const both = (await (await request.get("/api/suppliers?category=electronics-market&district=futian&pageSize=1")).json()) as ListBody;
    await expect(apply).toHaveText(`Show ${both.total} results`);
    await expect(page.getByRole("status").filter({ hasText: "match these filters" })).toHaveText(`${both.total} suppliers match these filters`);

    await apply.click();
    await expect(page).toHaveURL((url) => url.searchParams.get("category") === "electronics-market" && url.searchParams.get("district") === "futian");
    await expect(resultsHeading(page)).toHaveText(`${both.total} suppliers`);
    await expect(resultsHeading(page)).toBeFocused();
    await expect(filterPanel(page)).not.toHaveAttribute("open");
    await expect(filterToggle(page)).toHaveAccessibleName("Filters (2 active)");
  });

  test("the sort menu applies at once and keeps focus", async ({ page }) => {
    await page.goto("/suppliers");
    const sort = page.getByRole("combobox", { name: "Sort by" });
    await sort.focus();
    // Name order (the default while nothing is rated) is the last option: up is "Newest".
    await page.keyboard.press("ArrowUp");
    await expect(page).toHaveURL(/sort=newest/);
    await expect(page.locator("form[aria-busy='false']")).toHaveCount(1);
    await expect(sort).toBeFocused();
  });

  test("controls, links and filter rows are at least 44 px tall", async ({ page }) => {
    // More than one page of results, and a filter chip.
    await page.goto("/suppliers?district=futian");
    await filterToggle(page).click();
    await page.locator("details:not([data-filter-panel]) > summary").filter({ hasText: "Show all" }).click();
    const targets = [
      page.getByRole("navigation", { name: "Main" }).getByRole("link"),
      page.getByRole("navigation", { name: "Language" }).getByRole("link"),
      page.getByRole("searchbox", { name: "Search suppliers" }),
      page.getByRole("button", { name: "Search" }),
      filterToggle(page),
      filterPanel(page).locator("label:has(input)"),
      filterPanel(page).getByRole("button", { name: /^Show/ }),
      page.getByRole("combobox", { name: "Sort by" }),
      page.getByRole("list", { name: "Applied filters" }).getByRole("link"),
      page.getByRole("navigation", { name: "Pages" }).getByRole("link"),
      page.locator("footer li a"),
    ];
    let checked = 0;
    for (const group of targets) {
      const all = await group.all();
      expect(all.length, String(group)).toBeGreaterThan(0);
      for (const el of all) {
        const box = await el.boundingBox();
        expect(box, `${await el.textContent()} is on screen`).not.toBeNull();
        expect(box!.height, `${(await el.textContent())?.trim()} height`).toBeGreaterThanOrEqual(44);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
    // Whole cards are the targets of their links.
    for (const card of await page.getByRole("article").all()) expect((await card.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });
});

test.describe("supplier list on a phone without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the panel opens natively and “Apply filters” submits it", async ({ page }) => {
    await page.goto("/suppliers");
    await filterToggle(page).click();
    await page.getByRole("group", { name: "Category" }).getByRole("checkbox", { name: /Makerspace/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("category") === "makerspace");
    await expect(filterToggle(page)).toHaveAccessibleName("Filters (1 active)");
    // A card names the primary category; the filter matches any of a supplier's categories.
    for (const link of await page.getByRole("article").getByRole("link").all()) {
      const slug = (await link.getAttribute("href"))!.split("/").pop();
      const supplier = await (await page.request.get(`/api/suppliers/${slug}`)).json();
      expect(supplier.categories, slug).toContain("makerspace");
    }
  });
});
