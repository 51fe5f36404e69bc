import { expect, test } from "../fixtures";
import { clusterMarkers, expectNoAxeViolations, inViewCount, mapRegion, sidePanel, urlParam } from "./helpers";

test.describe("the map page", () => {
  test("shows the seeded suppliers as clusters, the list agrees with the map, and axe finds nothing", async ({ page }) => {
    const answers: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/api/map?")) answers.push(r.url());
    });
    await page.goto("/map");
    await expect(page.getByRole("heading", { level: 1, name: "Map" })).toBeVisible();
    await expect(clusterMarkers(page).first()).toBeVisible();
    expect(await clusterMarkers(page).count()).toBeGreaterThan(1);
    expect(answers.length).toBeGreaterThan(0);

    // Every cluster marker has its button in the side list, and the status counts them all.
    const panel = sidePanel(page);
    const clusterButtons = panel.getByRole("button", { name: /^Zoom in: \d+ suppliers/ });
    await expect(clusterButtons).toHaveCount(await clusterMarkers(page).count());
    const fromClusters = (await clusterButtons.allTextContents()).reduce((n, label) => n + Number(/(\d+) suppliers/.exec(label)![1]), 0);
    const points = await panel.getByRole("button", { name: /^Show on map: / }).count();
    expect(await inViewCount(page)).toBe(fromClusters + points);
    expect(fromClusters + points).toBeGreaterThan(30);

    // The view is in the URL as soon as the map has settled.
    await expect.poll(() => urlParam(page, "zoom")).toBe("11");
    expect(urlParam(page, "center")).toMatch(/^22\.\d+,114\.\d+$/);
    await expectNoAxeViolations(page);
  });

  test("a cluster click zooms in to where it splits", async ({ page }) => {
    await page.goto("/map");
    const cluster = clusterMarkers(page).first();
    await expect(cluster).toBeVisible();
    const label = await cluster.getAttribute("aria-label");
    await cluster.click();
    await expect.poll(() => Number(urlParam(page, "zoom"))).toBeGreaterThan(11);
    await expect(mapRegion(page).getByRole("button", { name: label! })).toHaveCount(0);
  });

  test("a cluster is reachable by keyboard, and Enter zooms", async ({ page }) => {
    await page.goto("/map");
    const cluster = clusterMarkers(page).first();
    await cluster.focus();
    await expect(cluster).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => Number(urlParam(page, "zoom"))).toBeGreaterThan(11);
  });

  test("a point's popup names it and links to its detail page", async ({ page }) => {
    await page.goto("/map?center=22.53222,114.11333&zoom=17");
    const pin = mapRegion(page).getByRole("button", { name: "Luohu Port (Lo Wu border crossing)" });
    await pin.click();
    const link = mapRegion(page).locator(".leaflet-popup").getByRole("link", { name: "Luohu Port (Lo Wu border crossing)" });
    await expect(link).toHaveAttribute("href", "/suppliers/luohu-port-lo-wu-border-crossing");
    await expect(mapRegion(page).locator(".leaflet-popup")).toContainText("罗湖口岸");
    await expect(mapRegion(page).locator(".leaflet-popup [lang=zh-Hans]")).toHaveText("罗湖口岸");
    await expect(mapRegion(page).locator(".leaflet-popup")).toContainText("Logistics & ports");
    await link.click();
    await expect(page).toHaveURL(/\/suppliers\/luohu-port-lo-wu-border-crossing$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Luohu Port (Lo Wu border crossing)");
  });

  test("suppliers at one spot share a marker whose popup lists them, marked approximate", async ({ page }) => {
    // The Nanshan sample places sit at the district's centre (approximate locations).
    await page.goto("/map?center=22.53300,113.93000&zoom=18");
    const stack = mapRegion(page).getByRole("button", { name: /^\d+ suppliers at this spot$/ });
    await stack.click();
    const popup = mapRegion(page).locator(".leaflet-popup");
    await expect(popup.getByRole("link", { name: "Seeed Studio" })).toHaveAttribute("href", "/suppliers/seeed-studio");
    await expect(popup.getByText("Approximate location").first()).toBeVisible();
  });

  test("filters in the URL change the pins, and the panel's filters keep the view", async ({ page }) => {
    await page.goto("/map?center=22.60000,114.05000&zoom=11");
    await expect(clusterMarkers(page).first()).toBeVisible();
    const all = await inViewCount(page);

    const requests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/map?")) requests.push(r.url());
    });
    await page.goto("/map?category=electronics-market&center=22.60000,114.05000&zoom=11");
    await expect.poll(() => inViewCount(page)).toBeLessThan(all);
    const markets = await inViewCount(page);
    expect(markets).toBeGreaterThan(0);
    expect(requests.some((u) => new URL(u).searchParams.get("category") === "electronics-market")).toBe(true);

    // Ticking a district in the panel adds it to the URL and keeps the category and the view.
    const panel = sidePanel(page);
    await panel.getByText("Filters (1)").click();
    await panel.getByRole("checkbox", { name: "Dapeng New Area" }).check();
    await expect(page).toHaveURL(/district=dapeng/);
    expect(urlParam(page, "category")).toBe("electronics-market");
    expect(urlParam(page, "zoom")).toBe("11");
    await expect.poll(() => inViewCount(page)).toBe(0);
    await expect(panel.getByText("Zoom out, move the map or remove a filter.")).toBeVisible();
  });

  test("the side list follows a pan, which replaces the URL instead of adding history", async ({ page }) => {
    await page.goto("/suppliers");
    await page.goto("/map?center=22.53222,114.11333&zoom=15");
    const panel = sidePanel(page);
    await expect(panel.getByRole("link", { name: "Luohu Port (Lo Wu border crossing)" })).toBeVisible();
    await expect(panel.getByRole("link", { name: "SEG Electronics Market (SEG Plaza)" })).toHaveCount(0);

    // Drag the map eastwards by about 0.032° (SEG Plaza is that far west of Luohu Port).
    const box = (await mapRegion(page).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 60, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 60 + i * 75, y);
    await page.mouse.up();

    await expect(panel.getByRole("link", { name: "SEG Electronics Market (SEG Plaza)" })).toBeVisible();
    await expect(panel.getByRole("link", { name: "Luohu Port (Lo Wu border crossing)" })).toHaveCount(0);
    await expect.poll(() => Number(urlParam(page, "center")?.split(",")[1])).toBeLessThan(114.1);

    await page.goBack();
    await expect(page).toHaveURL(/\/suppliers$/);
  });

  test("a list item's button opens the point's popup on the map", async ({ page }) => {
    await page.goto("/map?center=22.53222,114.11333&zoom=15");
    await sidePanel(page).getByRole("button", { name: "Show on map: Luohu Port (Lo Wu border crossing)" }).click();
    await expect(mapRegion(page).locator(".leaflet-popup").getByRole("link", { name: "Luohu Port (Lo Wu border crossing)" })).toBeVisible();
  });

  test("the list page and the map link to each other with the same filters", async ({ page }) => {
    await page.goto("/suppliers?category=makerspace&sort=name");
    await page.getByRole("link", { name: "Show these on a map" }).click();
    await expect(page).toHaveURL(/\/map\?category=makerspace/);
    await expect(clusterMarkers(page).or(mapRegion(page).getByRole("button")).first()).toBeVisible();
    await page.getByRole("link", { name: "List page" }).click();
    await expect(page).toHaveURL(/\/suppliers\?category=makerspace$/);
  });

  test("near me centres on the reader when allowed", async ({ page, context }) => {
    await context.grantPermissions(["geolocation"]);
    await context.setGeolocation({ latitude: 22.5436, longitude: 114.0811 });
    await page.goto("/map");
    await expect(clusterMarkers(page).first()).toBeVisible();
    await page.getByRole("button", { name: "Near me" }).click();
    await expect(page.getByText("Showing suppliers near you.")).toBeVisible();
    await expect.poll(() => Number(urlParam(page, "zoom"))).toBeGreaterThanOrEqual(15);
    await expect.poll(() => urlParam(page, "center")).toMatch(/^22\.54\d+,114\.08\d+$/);
  });

  test("near me says so politely when location is refused", async ({ page }) => {
    await page.goto("/map");
    await expect(clusterMarkers(page).first()).toBeVisible();
    await page.getByRole("button", { name: "Near me" }).click();
    await expect(page.getByText(/Location access was not allowed, so the map stays where it is/)).toBeVisible();
    expect(urlParam(page, "zoom")).toBe("11");
  });

  test("when tiles fail the clusters still work and a notice says the base map is missing", async ({ page }) => {
    await page.route("https://tile.openstreetmap.org/**", (route) => route.abort());
    await page.goto("/map");
    await expect(page.getByText("The base map is unavailable right now; the pins and the list still work.")).toBeVisible();
    await clusterMarkers(page).first().click();
    await expect.poll(() => Number(urlParam(page, "zoom"))).toBeGreaterThan(11);
  });

  test("a reload opens the same view and filters", async ({ page }) => {
    await page.goto("/map?category=pcb-fab&center=22.72000,114.24700&zoom=13");
    await expect.poll(() => inViewCount(page)).toBeGreaterThan(0);
    const count = await inViewCount(page);
    await page.reload();
    expect(urlParam(page, "zoom")).toBe("13");
    expect(urlParam(page, "center")).toBe("22.72000,114.24700");
    await expect.poll(() => inViewCount(page)).toBe(count);
  });

  test("works at phone width: the list is a drawer over the map", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/map");
    await expect(clusterMarkers(page).first()).toBeVisible();
    const toggle = page.getByRole("button", { name: "Show list" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(sidePanel(page)).toBeHidden();
    await toggle.click();
    await expect(sidePanel(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Hide list" })).toHaveAttribute("aria-expanded", "true");
    await sidePanel(page).getByRole("button", { name: /^Zoom in: \d+ suppliers/ }).first().click();
    await expect.poll(() => Number(urlParam(page, "zoom"))).toBeGreaterThan(11);
    const mapBox = (await mapRegion(page).boundingBox())!;
    expect(mapBox.height).toBeGreaterThan(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
  });

  test("the Japanese map speaks Japanese", async ({ page }) => {
    await page.goto("/ja/map");
    await expect(page.getByRole("heading", { level: 1, name: "地図" })).toBeVisible();
    await expect(page.getByRole("region", { name: "サプライヤーの地図" }).getByRole("button", { name: /^拡大：/ }).first()).toBeVisible();
  });
});
