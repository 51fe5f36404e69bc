import { expect, test } from "../fixtures";
import { createSupplier, uniqueName } from "./data";
import { DESKTOP, PHONE } from "./helpers";

test.describe("result cards", () => {
  test.use(DESKTOP);

  test("show the deciding facts that are known", async ({ page }) => {
    const name = uniqueName("Card Facts Works");
    createSupplier({
      name,
      category: "pcb-assembly",
      district: "dapeng",
      capabilities: ["pcb-4-layer", "smt", "bga", "through-hole", "stencils", "box-build"],
      languages: ["en", "ja"],
      acceptsPrototypes: true,
      acceptsSmallOrders: false,
      moq: 50,
    });
    await page.goto(`/suppliers?q=${encodeURIComponent(name)}`);
    const card = page.getByRole("article").filter({ hasText: name });
    await expect(card).toContainText("PCB assembly · Dapeng New Area");
    const facts = card.getByRole("list", { name: "Key facts" });
    await expect(facts.getByRole("listitem")).toHaveText(["Makes prototypes", "No small orders", "Minimum order 50 pieces", "Speaks English and Japanese"].map((t) => new RegExp(t)));
    const capabilities = card.getByRole("list", { name: "Capabilities" });
    await expect(capabilities.getByRole("listitem")).toHaveCount(5);
    await expect(capabilities.getByRole("listitem").last()).toHaveText("+2 more");

    await page.goto(`/ja/suppliers?q=${encodeURIComponent(name)}`);
    const ja = page.getByRole("article").filter({ hasText: name });
    await expect(ja).toContainText("最小注文数 50個");
    await expect(ja).toContainText("対応言語：英語、日本語");
  });

  test("a card without known facts shows no empty list", async ({ page }) => {
    await page.goto("/suppliers?q=Seeed");
    const card = page.getByRole("article").filter({ hasText: "Seeed Studio" });
    await expect(card).toBeVisible();
    await expect(card.getByRole("list", { name: "Key facts" })).toHaveCount(0);
  });

  test("each card has exactly one link, and the whole card follows it", async ({ page }) => {
    await page.goto("/suppliers");
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(20);
    for (const card of await cards.all()) await expect(card.locator("a")).toHaveCount(1);
    // No link inside another link anywhere on the page.
    await expect(page.locator("a a")).toHaveCount(0);

    const second = cards.nth(1);
    const name = (await second.getByRole("heading").textContent())!.trim();
    const box = (await second.boundingBox())!;
    // A point near the bottom right corner, away from the name.
    await page.mouse.click(box.x + box.width - 12, box.y + box.height - 12);
    await expect(page).toHaveURL(/\/suppliers\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });
});

test.describe("result cards on a phone", () => {
  test.use(PHONE);

  test("a tap anywhere on a card opens the supplier", async ({ page }) => {
    await page.goto("/suppliers?q=Seeed");
    const card = page.getByRole("article").filter({ hasText: "Seeed Studio" });
    const box = (await card.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height - 8);
    await expect(page).toHaveURL(/\/suppliers\/seeed-studio$/);
  });
});
