import { fromWgs84 } from "@/lib/geo";
import { expect, test } from "../fixtures";
import { expectNoAxeViolations } from "./helpers";

// SEG Plaza, stored in WGS-84; Amap and WeChat show it at its GCJ-02 position.
const SEG = { lat: 22.54361, lng: 114.08111 };

test.describe("location picker (on the convert page)", () => {
  test("converts a pasted GCJ-02 point to WGS-84 and the form sends it", async ({ page }) => {
    await page.goto("/map/convert");
    const gcj = fromWgs84(SEG, "GCJ02");
    await page.getByLabel("Copied from").selectOption("GCJ02");
    await page.getByLabel("Coordinates (latitude, longitude)").fill(`${gcj.lat.toFixed(6)}, ${gcj.lng.toFixed(6)}`);
    await page.getByRole("button", { name: "Place the pin" }).click();
    await expect(page.getByText("Pin at 22.543610, 114.081110 (WGS-84)")).toBeVisible();
    await expect(page.getByRole("region", { name: /^Map: click it or drag the pin/ }).locator(".leaflet-marker-icon")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Convert" }).click();
    await expect(page).toHaveURL(/lat=22\.543610&lng=114\.081110&coordDatum=GCJ02/);
    const result = page.getByRole("region", { name: "The point in each datum" });
    await expect(result).toContainText("22.543610, 114.081110");
    await expect(result).toContainText(`${gcj.lat.toFixed(6)}, ${gcj.lng.toFixed(6)}`);
    await expect(result.getByRole("link", { name: "Suppliers near this point" })).toHaveAttribute("href", "/map?center=22.54361,114.08111&zoom=16");
  });

  test("warns about swapped coordinates, sends nothing until fixed, and swaps them on request", async ({ page }) => {
    await page.goto("/map/convert");
    await page.getByLabel("Coordinates (latitude, longitude)").fill("114.0811, 22.5436");
    await page.keyboard.press("Enter");
    await expect(page.getByText("These look like longitude first: did you mean 22.5436, 114.0811?")).toBeVisible();
    await expect(page.getByText("No location chosen yet.")).toBeVisible();
    await expect(page.locator('input[type=hidden][name="lat"]')).toHaveCount(0);
    await page.getByRole("button", { name: "Swap them" }).click();
    await expect(page.getByText("Pin at 22.543600, 114.081100 (WGS-84)")).toBeVisible();
    await expect(page.getByText(/look like longitude first/)).toHaveCount(0);
    await expect(page.locator('input[type=hidden][name="lat"]')).toHaveValue("22.543600");
  });

  test("a point outside Shenzhen needs confirming before the form can be sent", async ({ page }) => {
    await page.goto("/map/convert");
    await page.getByLabel("Coordinates (latitude, longitude)").fill("35.6812, 139.7671");
    await page.getByRole("button", { name: "Place the pin" }).click();
    await expect(page.getByText("This point is outside Shenzhen.", { exact: false })).toBeVisible();
    await expect(page.locator('input[type=hidden][name="lat"]')).toHaveCount(0);
    await page.getByRole("button", { name: "Convert" }).click();
    // The browser refuses the form while the required confirmation is unticked.
    await expect(page).toHaveURL(/\/map\/convert$/);
    await page.getByRole("checkbox", { name: "The location is right as it is" }).check();
    await page.getByRole("button", { name: "Convert" }).click();
    await expect(page.getByRole("region", { name: "The point in each datum" })).toContainText("35.681200, 139.767100");
  });

  test("a click on the map places the pin", async ({ page }) => {
    await page.goto("/map/convert");
    const map = page.getByRole("region", { name: /^Map: click it or drag the pin/ });
    // The map loads after the page: click it once Leaflet has drawn its controls.
    await expect(map.getByRole("button", { name: "Zoom in" })).toBeVisible();
    await map.click();
    await expect(page.getByText(/^Pin at 22\.\d{6}, 114\.\d{6} \(WGS-84\)$/)).toBeVisible();
    await expect(page.getByLabel("Copied from")).toHaveValue("WGS84");
  });

  test("coordinates typed and sent straight away are placed on the way out of the field", async ({ page }) => {
    await page.goto("/map/convert");
    await page.getByLabel("Coordinates (latitude, longitude)").fill("22.5431, 114.0579");
    await page.getByRole("button", { name: "Convert" }).click();
    await expect(page.getByRole("region", { name: "The point in each datum" })).toContainText("22.543100, 114.057900");
  });
});
