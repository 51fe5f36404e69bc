import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { insertReview } from "../reviews/review-page";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("account and review pages are accessible", () => {
  for (const path of ["/signin", "/signup", "/forgot-password", "/reset-password?token=x", "/verify-email", "/ja/signup", "/zh/signin"]) {
    test(`${path} has no axe violations and fits a phone`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await expectNoAxeViolations(page);
      await expectNoSidewaysScroll(page);
    });
  }

  test("the signed-in pages and open forms have no axe violations and fit a phone", async ({ page, login, createUser, createSupplier }) => {
    const supplier = await createSupplier();
    const author = await createUser({ name: "Another Author" });
    insertReview(supplier.id, author.id, 4, `A long address in a review: https://example.com/${"very-long-path-segment-".repeat(8)}end`);
    await login();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/me");
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);

    await page.goto(`/suppliers/${supplier.slug}`);
    await page.getByText("Write a review", { exact: true }).click();
    await page.getByRole("button", { name: "Publish review" }).click();
    await expect(page.getByText("Choose from 1 to 5 stars.")).toBeVisible();
    const item = page.getByRole("region", { name: "Reviews" }).getByRole("listitem").filter({ hasText: "by Another Author" });
    await item.locator("summary").click();
    await page.getByRole("complementary").locator("summary", { hasText: "Report this listing" }).click();
    await page.getByRole("banner").locator("summary").first().click();
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
  });
});
