import { e2eDb, expect, sqlNow, test } from "../fixtures";
import { fillReview, reviewRow } from "../reviews/review-page";

/**
 * The session is a JWT, but every request re-reads the user from the database: these tests
 * change the row behind a signed-in browser's back and expect the very next request to obey.
 */
test.describe("bans and role changes apply at once", () => {
  // Each test signs in and goes through several pages; the shared test machine can be slow.
  test.describe.configure({ timeout: 60_000 });

  test("a user banned while signed in is refused on their next write", async ({ page, login, createSupplier }) => {
    const supplier = await createSupplier();
    const user = await login();
    await page.goto(`/suppliers/${supplier.slug}`);
    const form = await fillReview(page, { stars: 5 });

    e2eDb().prepare(`UPDATE "User" SET "status" = 'BANNED', "bannedAt" = ?, "banReason" = 'Spam links' WHERE "id" = ?`).run(sqlNow(), user.id);

    await form.getByRole("button", { name: "Publish review" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("This account is suspended.");
    expect(reviewRow(supplier.id, user.id)).toBeUndefined();

    await page.reload();
    await expect(page.getByRole("region", { name: "Reviews" })).toContainText("Your account is suspended");
    await expect(page.getByText("Write a review", { exact: true })).toHaveCount(0);
    await page.goto("/me");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This account is suspended.");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Reason: Spam links");
  });

  test("a role change shows on the next request, without signing in again", async ({ page, login }) => {
    const user = await login();
    await page.goto("/me");
    await expect(page.getByTestId("account-role")).toHaveText("Member");
    e2eDb().prepare(`UPDATE "User" SET "role" = 'MODERATOR' WHERE "id" = ?`).run(user.id);
    await page.reload();
    await expect(page.getByTestId("account-role")).toHaveText("Moderator");
    e2eDb().prepare(`UPDATE "User" SET "role" = 'USER' WHERE "id" = ?`).run(user.id);
    await page.reload();
    await expect(page.getByTestId("account-role")).toHaveText("Member");
  });

  test("a deleted user's session stops working", async ({ page, login }) => {
    const user = await login();
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    e2eDb().prepare(`DELETE FROM "User" WHERE "id" = ?`).run(user.id);
    await page.goto("/me");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme$/);
  });
});
