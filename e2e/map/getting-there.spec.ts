import { expect, test } from "../fixtures";
import { expectNoAxeViolations } from "./helpers";

const ADDRESS = "深圳市南山区TCL国际E城";

test.describe("getting there, on the detail page", () => {
  test("open-in links carry each app's datum", async ({ page }) => {
    await page.goto("/suppliers/seg-electronics-market-seg-plaza");
    const openIn = page.getByRole("navigation", { name: "Open in" });
    const href = async (name: string) => new URL((await openIn.getByRole("link", { name }).getAttribute("href"))!);
    const amap = await href("Amap (高德地图)");
    const baidu = await href("Baidu Maps (百度地图)");
    const apple = await href("Apple Maps");
    const google = await href("Google Maps");
    // SEG Plaza is stored as 22.54361, 114.08111 (WGS-84); GCJ-02 and BD-09 lie a few hundred metres off.
    const [amapLng, amapLat] = amap.searchParams.get("position")!.split(",").map(Number);
    expect(amapLat).toBeCloseTo(22.5409, 3);
    expect(amapLng).toBeCloseTo(114.0862, 3);
    const [baiduLat, baiduLng] = baidu.searchParams.get("location")!.split(",").map(Number);
    expect(baiduLat).toBeCloseTo(22.5469, 3);
    expect(baiduLng).toBeCloseTo(114.0927, 3);
    expect(baidu.searchParams.get("coord_type")).toBe("bd09ll");
    expect(apple.searchParams.get("ll")).toBe("22.543610,114.081110");
    expect(google.searchParams.get("query")).toBe("22.543610,114.081110");
  });

  test("the taxi card opens full screen with the Chinese address and a QR code, and Escape returns focus", async ({ page }) => {
    await page.goto("/suppliers/seeed-studio");
    const card = page.getByRole("region", { name: "Show this to a taxi driver" });
    await expect(card.getByText(/this marks the area, not the door/)).toBeVisible();
    const open = card.getByRole("button", { name: "Show full screen" });
    await open.click();
    const dialog = page.getByRole("dialog", { name: "Taxi card" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(ADDRESS, { exact: true })).toBeVisible();
    await expect(dialog.getByText("矽递科技", { exact: true })).toBeVisible();
    await expect(dialog.getByText(/Approximate location/)).toBeVisible();
    await expect(dialog.getByRole("img", { name: "QR code of the Amap link" }).locator("svg")).toBeVisible();
    const fontSize = await dialog.getByText(ADDRESS, { exact: true }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(36);
    await expectNoAxeViolations(page);

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  test("the taxi card fills a phone screen and its close button works", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/suppliers/seeed-studio");
    await page.getByRole("button", { name: "Show full screen" }).click();
    const dialog = page.getByRole("dialog", { name: "Taxi card" });
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.height).toBeGreaterThanOrEqual(840);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Show full screen" })).toBeFocused();
  });

  test("copy puts the address on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/suppliers/seeed-studio");
    await page.getByRole("button", { name: "Show full screen" }).click();
    const dialog = page.getByRole("dialog", { name: "Taxi card" });
    await dialog.getByRole("button", { name: "Copy address" }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ADDRESS);
  });

  test("when copying is refused the address is left selected with a message", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
      document.execCommand = () => false;
    });
    await page.goto("/suppliers/seeed-studio");
    await page.getByRole("button", { name: "Show full screen" }).click();
    const dialog = page.getByRole("dialog", { name: "Taxi card" });
    await dialog.getByRole("button", { name: "Copy address" }).click();
    await expect(dialog.getByText("Copying is blocked here: the text is selected, copy it by hand.")).toBeVisible();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(ADDRESS);
  });
});
