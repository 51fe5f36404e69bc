import { expect, test } from "../fixtures";
import { otherBrowser, ratingRegion, writeReview } from "./review-page";

test.describe("writing, editing and deleting a review", () => {
  test.setTimeout(90_000);

  test("average, count and histogram follow every change", async ({ page, browser, baseURL, login, createUser, createSupplier }) => {
    const supplier = await createSupplier();
    await login({ name: "Mei Lin" });
    await page.goto(`/suppliers/${supplier.slug}`);
    const rating = ratingRegion(page);
    await expect(rating).toContainText("Not rated yet");
    await expect(page.getByRole("region", { name: "Reviews" })).toContainText("No reviews yet.");

    await writeReview(page, { stars: 4, ordered: "50 × 2-layer PCB, 1.6 mm, HASL", visited: "2026-03-15" });
    await expect(rating).toContainText("4.0 out of 5 from 1 review");
    await expect(rating.getByText("4 stars: 1")).toBeAttached();
    const reviews = page.getByRole("region", { name: "Reviews" });
    await expect(reviews.getByRole("listitem").filter({ hasText: "by Mei Lin" })).toContainText("50 × 2-layer PCB, 1.6 mm, HASL");
    // The form now offers to edit the review instead of writing a second one.
    await expect(reviews.getByRole("heading", { name: "Your review" })).toBeVisible();
    await expect(reviews.getByText("Write a review", { exact: true })).toHaveCount(0);

    // A second reviewer, from another browser.
    const second = await otherBrowser(browser, baseURL!, await createUser({ name: "Ken" }), "2001:db8:ffff:1::9");
    await second.page.goto(`/suppliers/${supplier.slug}`);
    await writeReview(second.page, { stars: 1 });
    await second.context.close();

    await page.reload();
    await expect(rating).toContainText("2.5 out of 5 from 2 reviews");
    await expect(rating.getByText("1 stars: 1")).toBeAttached();
    await expect(rating.getByText("4 stars: 1")).toBeAttached();

    await writeReview(page, { stars: 5 });
    await expect(rating).toContainText("3.0 out of 5 from 2 reviews");
    await expect(rating.getByText("4 stars: 0")).toBeAttached();
    await expect(rating.getByText("5 stars: 1")).toBeAttached();

    await reviews.getByText("Delete your review", { exact: true }).click();
    await reviews.getByRole("button", { name: "Delete for good" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your review is deleted." })).toBeVisible();
    await expect(rating).toContainText("1.0 out of 5 from 1 review");
    await expect(rating.getByText("5 stars: 0")).toBeAttached();
    await expect(reviews.getByText("Write a review", { exact: true })).toBeVisible();

    const api = await (await page.request.get(`/api/suppliers/${supplier.slug}/reviews`)).json();
    expect(api).toMatchObject({ total: 1, page: 1, items: [{ rating: 1, authorName: "Ken" }] });
  });

  test("a review can be written with the keyboard alone", async ({ page, login, createSupplier }) => {
    const supplier = await createSupplier();
    await login();
    await page.goto(`/suppliers/${supplier.slug}`);
    const summary = page.getByText("Write a review", { exact: true });
    await summary.focus();
    await page.keyboard.press("Enter");
    const first = page.getByRole("radio", { name: "1 star", exact: true });
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "3 stars" })).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Title (optional)")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.type("Keyboard only: ordered a stencil and it was ready the next morning.");
    await page.getByRole("button", { name: "Publish review" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "your review is published" })).toBeVisible();
    await expect(ratingRegion(page)).toContainText("3.0 out of 5 from 1 review");
  });

  test("the form explains what is missing and keeps what was typed", async ({ page, login, createSupplier }) => {
    const supplier = await createSupplier();
    await login();
    await page.goto(`/suppliers/${supplier.slug}`);
    await page.getByText("Write a review", { exact: true }).click();
    await page.getByLabel("Your review").fill("Too short.");
    await page.getByLabel("What you ordered (optional)").fill("a visit");
    await page.getByRole("button", { name: "Publish review" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Please correct the fields marked below.");
    await expect(page.getByText("Choose from 1 to 5 stars.")).toBeVisible();
    await expect(page.getByText("Write at least 30 characters.")).toBeVisible();
    await expect(page.getByLabel("Your review")).toHaveValue("Too short.");
    await expect(page.getByLabel("Your review")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("What you ordered (optional)")).toHaveValue("a visit");
  });

  test("anonymous visitors are asked to sign in, unconfirmed accounts to confirm", async ({ page, login, createSupplier }) => {
    const supplier = await createSupplier();
    await page.goto(`/suppliers/${supplier.slug}`);
    await page.getByRole("link", { name: "Sign in to write a review" }).click();
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fsuppliers%2F${supplier.slug}$`));
    await login({ verified: false });
    await page.goto(`/suppliers/${supplier.slug}`);
    await expect(page.getByRole("region", { name: "Reviews" })).toContainText("Confirm your e-mail address to write a review.");
    await expect(page.getByText("Write a review", { exact: true })).toHaveCount(0);
  });
});
