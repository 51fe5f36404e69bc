import { e2eDb, expect, test } from "../fixtures";
import { insertReview } from "./review-page";

test("report a review once, then a listing", async ({ page, login, createUser, createSupplier }) => {
  const supplier = await createSupplier();
  const author = await createUser({ name: "Loud Seller" });
  const reviewId = insertReview(supplier.id, author.id, 5, "Best factory ever!!! Visit my shop at cheap-boards dot example for discounts.");
  const reporter = await login();
  await page.goto(`/suppliers/${supplier.slug}`);

  const item = page.getByRole("region", { name: "Reviews" }).getByRole("listitem").filter({ hasText: "by Loud Seller" });
  await item.locator("summary").click();
  await item.getByRole("radio", { name: "Spam or advertising" }).check();
  await item.getByLabel("Details").fill("Advertises another shop.");
  await item.getByRole("button", { name: "Send report" }).click();
  await expect(item.getByRole("status")).toHaveText("Thank you. A moderator will look at it.");

  const reports = () =>
    e2eDb().prepare(`SELECT "reason", "details", "status", "reviewId", "supplierId" FROM "Report" WHERE "reporterId" = ? ORDER BY "createdAt"`).all(reporter.id);
  expect(reports()).toEqual([{ reason: "SPAM", details: "Advertises another shop.", status: "OPEN", reviewId, supplierId: null }]);

  // One open report per person and target.
  await page.reload();
  await item.locator("summary").click();
  await item.getByRole("radio", { name: "Abusive or offensive" }).check();
  await item.getByRole("button", { name: "Send report" }).click();
  await expect(item.getByRole("alert")).toHaveText("You have reported this already; a moderator will look at it.");
  expect(reports()).toHaveLength(1);

  // "Something else" needs a word of explanation.
  const listing = page.getByRole("complementary");
  await listing.locator("summary", { hasText: "Report this listing" }).click();
  await listing.getByRole("radio", { name: "Something else" }).check();
  await listing.getByRole("button", { name: "Send report" }).click();
  await expect(listing.getByText("Please say what is wrong (at least 10 characters).")).toBeVisible();
  await listing.getByRole("radio", { name: "Closed or moved" }).check();
  await listing.getByLabel("Details").fill("Moved to Longhua in 2025.");
  await listing.getByRole("button", { name: "Send report" }).click();
  await expect(listing.getByRole("status")).toHaveText("Thank you. A moderator will look at it.");
  expect(reports()[1]).toEqual({ reason: "CLOSED", details: "Moved to Longhua in 2025.", status: "OPEN", reviewId: null, supplierId: supplier.id });
});

test("anonymous visitors are asked to sign in to report", async ({ page, createUser, createSupplier }) => {
  const supplier = await createSupplier();
  const author = await createUser();
  insertReview(supplier.id, author.id, 3);
  await page.goto(`/suppliers/${supplier.slug}`);
  await expect(page.getByRole("region", { name: "Reviews" }).getByRole("link", { name: "Sign in to report" })).toBeVisible();
  await page.getByRole("complementary").getByRole("link", { name: "Report this listing" }).click();
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fsuppliers%2F${supplier.slug}$`));
});
