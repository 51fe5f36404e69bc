import { e2eDb, expect, linkFromMail, mailsTo, test } from "../fixtures";
import { ratingRegion, writeReview } from "../reviews/review-page";

test.describe("the account page", () => {
  // Each test signs in and goes through several pages; the shared test machine can be slow.
  test.describe.configure({ timeout: 60_000 });

  test("lists one's reviews with their status and the moderator's reason", async ({ page, login, createSupplier }) => {
    const a = await createSupplier("E2E Listed Fab A");
    const b = await createSupplier("E2E Listed Fab B");
    const user = await login();
    await page.goto(`/suppliers/${a.slug}`);
    await writeReview(page, { stars: 4 });
    await page.goto(`/suppliers/${b.slug}`);
    await writeReview(page, { stars: 2 });
    e2eDb()
      .prepare(`UPDATE "Review" SET "status" = 'HIDDEN', "hiddenReason" = 'Names a private person' WHERE "supplierId" = ? AND "authorId" = ?`)
      .run(b.id, user.id);
    await page.goto("/me");
    const mine = page.getByRole("region", { name: "Your reviews" });
    await expect(mine.getByRole("listitem")).toHaveCount(2);
    await expect(mine.getByRole("listitem").filter({ hasText: "E2E Listed Fab A" })).toContainText("Published");
    const hidden = mine.getByRole("listitem").filter({ hasText: "E2E Listed Fab B" });
    await expect(hidden).toContainText("Hidden by a moderator");
    await expect(hidden).toContainText("Moderator’s reason: Names a private person");
    await mine.getByRole("link", { name: "E2E Listed Fab A" }).click();
    await expect(page).toHaveURL(new RegExp(`/suppliers/${a.slug}#your-review$`));
  });

  test("changing the password keeps this browser signed in", async ({ page, login }) => {
    const user = await login();
    await page.goto("/me");
    const section = page.getByRole("region", { name: "Change password" });
    const change = async (current: string, next: string) => {
      await section.getByLabel("Current password").fill(current);
      await section.getByLabel("New password").fill(next);
      await section.getByRole("button", { name: "Change password" }).click();
    };
    await change(user.password, "password");
    await expect(section.getByText("This password is on a list of commonly used passwords.")).toBeVisible();
    await change("not it at all", "an entirely new phrase");
    await expect(section.getByText("This is not your current password.")).toBeVisible();
    await change(user.password, "an entirely new phrase");
    await expect(page.getByRole("status")).toContainText("Your password is changed.");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  });

  test("an unconfirmed account can ask for a new confirmation link", async ({ page, login }) => {
    const user = await login({ verified: false });
    await page.goto("/me");
    await expect(page.getByRole("region", { name: "Account", exact: true })).toContainText("Not confirmed yet");
    await page.getByRole("button", { name: "Send the link again" }).click();
    await expect(page.getByRole("status")).toHaveText("A new link is on its way. It works once, for 48 hours.");
    const link = await linkFromMail(user.email, "/verify-email?token=");
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my address" }).click();
    await expect(page.getByRole("status")).toContainText("Your e-mail address is confirmed.");
    await page.goto("/me");
    await expect(page.getByRole("region", { name: "Account", exact: true })).toContainText("Confirmed");
    expect(mailsTo(user.email)).toHaveLength(1);
  });

  test("deleting the account removes its reviews and recomputes the rating", async ({ page, login, createSupplier }) => {
    const supplier = await createSupplier();
    const user = await login();
    await page.goto(`/suppliers/${supplier.slug}`);
    await writeReview(page, { stars: 2 });
    await expect(ratingRegion(page)).toContainText("2.0 out of 5 from 1 review");

    await page.goto("/me");
    const section = page.getByRole("region", { name: "Delete account" });
    await section.getByLabel("Type your e-mail address to confirm").fill("someone-else@example.test");
    await section.getByLabel("Current password").fill(user.password);
    await section.getByRole("button", { name: "Delete my account" }).click();
    await expect(section.getByText("Type the e-mail address of this account.")).toBeVisible();
    await section.getByLabel("Type your e-mail address to confirm").fill(user.email);
    await section.getByLabel("Current password").fill(user.password);
    await section.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/signin\?notice=account-deleted$/);
    await expect(page.getByRole("status")).toHaveText("Your account has been deleted.");

    expect(e2eDb().prepare(`SELECT count(*) AS n FROM "User" WHERE "id" = ?`).get(user.id)).toEqual({ n: 0 });
    await page.goto(`/suppliers/${supplier.slug}`);
    await expect(ratingRegion(page)).toContainText("Not rated yet");
    await expect(page.getByRole("region", { name: "Reviews" })).toContainText("No reviews yet.");
  });
});
