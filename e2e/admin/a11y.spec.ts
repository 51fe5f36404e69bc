import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { insertReview } from "../reviews/review-page";
import { expect, insertProposal, insertReport, test, unique } from "./helpers";

async function expectAccessibleOnPhone(page: Page, path: string) {
  await page.goto(path);
  // Open every disclosure, so the forms inside are checked too.
  const closed = page.getByRole("main").locator("details:not([open]) > summary");
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path} fits a phone`).toBeLessThanOrEqual(0);
}

test("the staff pages have no axe violations and fit a phone, in each language", async ({ page, login, createUser, createPendingListing, createPublishedListing }) => {
  test.setTimeout(180_000);
  const name = `Accessible Fab ${unique()}`;
  // Long unbroken links in the "how they know" text must wrap, not widen the page.
  const source = `Seen on https://www.example.co.jp/news/articles/1712/07/${"news123-segment-".repeat(4)}4.html and its map`;
  const pending = await createPendingListing({ name, source });
  await createPendingListing({ name: `${name} Two` });
  const published = await createPublishedListing({ source });
  const user = await createUser({ name: "Long Named Person With A Very Long Display Name" });
  const proposal = insertProposal(published.id, user.id, { moq: 10, languages: ["en"], website: `https://example.com/${"long-segment-".repeat(8)}` }, { moq: null, languages: [], website: null });
  const review = insertReview(published.id, user.id, 2, `A long review text with a long link https://example.com/${"very-long-path-segment-".repeat(8)}end`);
  const report = insertReport({ reviewId: review }, user.id, "OTHER", "Details of the report that a moderator reads.");
  await login({ role: "admin" });
  await page.setViewportSize({ width: 390, height: 844 });

  const paths = [
    "/admin",
    "/admin/listings",
    `/admin/listings/${pending.id}`,
    `/admin/listings/${published.id}`,
    `/admin/proposals/${proposal.id}`,
    `/admin/reports/${report}`,
    `/admin/users?q=${encodeURIComponent(user.email)}`,
    "/admin/audit",
    "/admin/import",
    `/ja/admin/listings/${pending.id}`,
    `/zh/admin/proposals/${proposal.id}`,
    "/zh/admin/audit",
  ];
  for (const path of paths) await expectAccessibleOnPhone(page, path);

  // A form with errors, and the import preview with invalid rows and a diff.
  await page.goto(`/admin/listings/${pending.id}`);
  await page.getByText("Reject…", { exact: true }).click();
  await page.getByRole("button", { name: "Reject the listing" }).click();
  await expect(page.getByText("Choose a reason.")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.goto("/admin/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: "check.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`slug,name,category,district,lat,lng,moq\r\n${published.slug},${published.name},pcb-fab,futian,22.5449,114.0841,5\r\n,Bad,pcb-fab,nowhere,1,2,x\r\n`),
  });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("region", { name: "Invalid rows (1)" })).toBeVisible();
  await expectAccessibleOnPhone(page, new URL(page.url()).pathname + new URL(page.url()).search);
});

test("a moderator can approve a listing with the keyboard alone", async ({ page, login, createPendingListing }) => {
  const listing = await createPendingListing({ name: `Keyboard Fab ${unique()}` });
  await login({ role: "moderator" });
  await page.goto("/admin");
  await page.getByRole("link", { name: listing.name }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Listing: ${listing.name}` })).toBeVisible();
  const approve = page.getByRole("button", { name: "Approve and publish" });
  for (let i = 0; i < 80 && !(await approve.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(approve).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Approved: the listing is published" })).toBeVisible();
});
