import type { Page } from "@playwright/test";
import { e2eDb, expect, test } from "../fixtures";
import { fillReview, ratingRegion } from "./review-page";

const NOT_SENT = "This was not confirmed as sent: the connection failed or the site was busy. What you wrote is still here; check it and send it again.";

/** A form's server action is a POST to the page itself; this cuts those off until the returned function is called. */
async function failPostsTo(page: Page, path: string, fail: "abort" | "busy") {
  const matches = (url: URL) => url.pathname === path;
  await page.route(matches, (route) => {
    if (route.request().method() !== "POST") return route.continue();
    // As a lost signal does, or as the front server answers when its queue is full.
    if (fail === "abort") return route.abort("internetdisconnected");
    return route.fulfill({
      status: 503,
      headers: { "retry-after": "5" },
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "BUSY", message: "The server is busy; nothing was changed." } }),
    });
  });
  return () => page.unroute(matches);
}

test("a review that does not get through comes back as written, and the second try publishes it", async ({ page, login, createSupplier }) => {
  const supplier = await createSupplier();
  await login();
  await page.goto(`/suppliers/${supplier.slug}`);
  const body = "Sent from the third floor of SEG Plaza, where the signal comes and goes; the stencils were cut while we waited.";
  const form = await fillReview(page, { stars: 4, body, ordered: "20 × 4-layer PCB with stencil" });
  const restore = await failPostsTo(page, `/suppliers/${supplier.slug}`, "abort");
  await form.getByRole("button", { name: "Publish review" }).click();

  const reviews = page.getByRole("region", { name: "Reviews" });
  await expect(reviews.getByRole("alert")).toHaveText(NOT_SENT);
  await expect(reviews.getByLabel("Your review")).toHaveValue(body);
  await expect(reviews.getByLabel("What you ordered (optional)")).toHaveValue("20 × 4-layer PCB with stencil");
  await expect(reviews.getByRole("radio", { name: "4 stars", exact: true })).toBeChecked();
  await expect(ratingRegion(page)).toContainText("Not rated yet");

  await restore();
  await reviews.getByRole("button", { name: "Publish review" }).click();
  await expect(page.getByRole("status").filter({ hasText: /your review is published/i })).toBeVisible();
  await expect(ratingRegion(page)).toContainText("4.0 out of 5 from 1 review");
});

test("a report turned away by a busy server keeps its details", async ({ page, login, createSupplier }) => {
  const supplier = await createSupplier();
  const reporter = await login();
  await page.goto(`/suppliers/${supplier.slug}`);
  const listing = page.getByRole("complementary");
  await listing.locator("summary", { hasText: "Report this listing" }).click();
  await listing.getByRole("radio", { name: "Closed or moved" }).check();
  await listing.getByLabel("Details").fill("The shop moved to Longhua in 2025.");
  const restore = await failPostsTo(page, `/suppliers/${supplier.slug}`, "busy");
  await listing.getByRole("button", { name: "Send report" }).click();

  await expect(listing.getByRole("alert")).toHaveText(NOT_SENT);
  await expect(listing.getByLabel("Details")).toHaveValue("The shop moved to Longhua in 2025.");
  await expect(listing.getByRole("radio", { name: "Closed or moved" })).toBeChecked();

  await restore();
  await listing.getByRole("button", { name: "Send report" }).click();
  await expect(listing.getByRole("status")).toHaveText("Thank you. A moderator will look at it.");
  expect(e2eDb().prepare(`SELECT "reason", "details" FROM "Report" WHERE "reporterId" = ?`).all(reporter.id)).toEqual([
    { reason: "CLOSED", details: "The shop moved to Longhua in 2025." },
  ]);
});
