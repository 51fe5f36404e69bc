import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { DESKTOP } from "./helpers";

test.use(DESKTOP);

/** The fonts Chromium actually used to draw an element's text (through the DevTools protocol). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
}

test.describe("Chinese and Japanese text", () => {
  test("each page language has its own font stack: Japanese fonts first for ja, Simplified Chinese for zh", async ({ page }) => {
    const stack = () => page.evaluate(() => getComputedStyle(document.body).fontFamily);
    await page.goto("/ja/suppliers");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect(await stack()).toMatch(/^"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP"/);
    await page.goto("/zh/suppliers");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    expect(await stack()).toMatch(/^"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC"/);
    await page.goto("/suppliers");
    expect(await stack()).toMatch(/^system-ui/);
  });

  test("Japanese names are drawn with a Japanese font and Chinese ones with a Simplified Chinese font, on any page", async ({ page }) => {
    await page.goto("/ja/suppliers/seg-electronics-market-seg-plaza");
    expect(await renderedFonts(page, "h1")).toEqual(["Noto Sans CJK JP"]);
    expect(await renderedFonts(page, 'article header span[lang="zh-Hans"]')).toEqual(["Noto Sans CJK SC"]);

    await page.goto("/suppliers/seg-electronics-market-seg-plaza");
    expect(await renderedFonts(page, 'article header span[lang="ja"]')).toEqual(["Noto Sans CJK JP"]);
    expect(await renderedFonts(page, '[aria-labelledby="taxi"] p[lang="zh-Hans"]')).toEqual(["Noto Sans CJK SC"]);
  });

  test("text in another language than the page's says which", async ({ page }) => {
    await page.goto("/ja/suppliers/seeed-studio");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("シードスタジオ");
    const names = page.locator("article header p").first();
    await expect(names.locator('[lang="en"]')).toHaveText("Seeed Studio");
    await expect(names.locator('[lang="zh-Hans"]')).toHaveText("矽递科技");
    await expect(page.getByRole("region", { name: "タクシーの運転手に見せる" }).locator('[lang="zh-Hans"]').first()).toHaveText("深圳市南山区TCL国际E城");
    // The English address and description are marked English on a Japanese page.
    await expect(page.getByRole("region", { name: "所在地" }).locator('[lang="en"]')).toContainText("TCL International E City");
    await expect(page.getByRole("region", { name: "概要" }).locator('p[lang="en"]')).toBeVisible();

    // The language switcher names each language in itself.
    const switcher = page.getByRole("navigation", { name: "言語" });
    await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("lang", "en");
    await expect(switcher.getByRole("link", { name: "中文" })).toHaveAttribute("lang", "zh-Hans");
    await expect(switcher.getByRole("link", { name: "中文" })).toHaveAttribute("hreflang", "zh-Hans");
    await expect(switcher.getByText("日本語")).toHaveAttribute("lang", "ja");

    // Result cards: every name carries its language.
    await page.goto("/zh/suppliers?q=Seeed");
    const card = page.getByRole("article").filter({ hasText: "Seeed Studio" });
    await expect(card.getByRole("heading")).toHaveAttribute("lang", "zh-Hans");
    await expect(card.locator('[lang="en"]')).toHaveText("Seeed Studio");
    await expect(card.locator('[lang="ja"]')).toHaveText("シードスタジオ");
  });
});
