import type { Request } from "@playwright/test";
import { e2eDb, expect, sqlNow, test } from "../fixtures";
import { otherBrowser } from "../reviews/review-page";
import {
  deleteListingsNamed,
  expectSubmittedNotice,
  fillListing,
  freshPoint,
  isAction,
  listingsCreatedBy,
  proposalsOf,
  replayAction,
  submitButton,
  uniqueName,
} from "./submit-page";

const ban = (userId: string) => e2eDb().prepare(`UPDATE "User" SET "status" = 'BANNED', "bannedAt" = ?, "banReason" = 'Spam listings' WHERE "id" = ?`).run(sqlNow(), userId);

test.describe("who may submit and suggest edits", () => {
  test.describe.configure({ timeout: 90_000 });
  const names: string[] = [];
  test.afterAll(() => names.forEach(deleteListingsNamed));

  test("visitors are sent to sign in and come back to the form", async ({ page, createUser, createSupplier }) => {
    const user = await createUser();
    await page.goto("/submit");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsubmit$/);
    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/submit$/);
    await expect(submitButton(page)).toBeVisible();

    await page.context().clearCookies();
    const supplier = await createSupplier();
    await page.goto(`/suppliers/${supplier.slug}/edit`);
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=%2Fsuppliers%2F${supplier.slug}%2Fedit$`));
  });

  test("an unconfirmed account is told to confirm its address, with a way to get a new link", async ({ page, login, createSupplier }) => {
    await login({ verified: false });
    await page.goto("/submit");
    await expect(page.getByText("Confirm your e-mail address first")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send the link again" })).toBeVisible();
    await expect(submitButton(page)).toHaveCount(0);
    const supplier = await createSupplier();
    await page.goto(`/suppliers/${supplier.slug}/edit`);
    await expect(page.getByText("Confirm your e-mail address first")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send the suggestion" })).toHaveCount(0);
  });

  test("only published listings can be suggested edits to", async ({ page, login, createSupplier }) => {
    await login();
    const supplier = await createSupplier();
    e2eDb().prepare(`UPDATE "Supplier" SET "status" = 'PENDING' WHERE "id" = ?`).run(supplier.id);
    expect((await page.goto(`/suppliers/${supplier.slug}/edit`))!.status()).toBe(404);
  });

  test("a replayed submission is refused for an unconfirmed and a banned account, on the server", async ({ page, browser, baseURL, login, createUser }) => {
    const user = await login();
    const name = uniqueName("E2E Replayed Works");
    names.push(name);
    await page.goto("/submit");
    await fillListing(page, { name, point: freshPoint() });
    const sent = page.waitForRequest(isAction);
    await submitButton(page).click();
    const request: Request = await sent;
    await expectSubmittedNotice(page);
    expect(listingsCreatedBy(user.id)).toBe(1);

    // The replay itself works: the same request again makes a second listing.
    await replayAction(page, request);
    expect(listingsCreatedBy(user.id)).toBe(2);

    // From an unconfirmed account's session: refused.
    const unconfirmed = await createUser({ verified: false });
    const other = await otherBrowser(browser, baseURL!, unconfirmed, "2001:db8:5ab:1::1");
    const answer = await replayAction(other.page, request);
    expect(await answer.text()).toContain("confirmEmailFirst");
    expect(listingsCreatedBy(unconfirmed.id)).toBe(0);
    await other.context.close();

    // Banned after the first submission: refused on the next request of the same session.
    ban(user.id);
    const banned = await replayAction(page, request);
    expect(await banned.text()).toContain("accountSuspended");
    expect(listingsCreatedBy(user.id)).toBe(2);
    await page.goto("/submit");
    await expect(page.getByText("This account is suspended, so it cannot submit listings or suggest edits.")).toBeVisible();
    await expect(submitButton(page)).toHaveCount(0);
  });

  test("a replayed edit suggestion is refused for an unconfirmed and a banned account", async ({ page, browser, baseURL, login, createUser, createSupplier }) => {
    const supplier = await createSupplier();
    const user = await login();
    await page.goto(`/suppliers/${supplier.slug}/edit`);
    await page.getByLabel("Minimum order quantity").fill("25");
    const sent = page.waitForRequest(isAction);
    await page.getByRole("button", { name: "Send the suggestion" }).click();
    const request = await sent;
    await expect(page).toHaveURL(/\/me\?notice=proposal-sent#my-submissions$/);
    expect(proposalsOf(supplier.id).map((p) => p.proposerId)).toEqual([user.id]);
    await replayAction(page, request);
    expect(proposalsOf(supplier.id)).toHaveLength(2);

    const unconfirmed = await createUser({ verified: false });
    const other = await otherBrowser(browser, baseURL!, unconfirmed, "2001:db8:5ab:2::1");
    await replayAction(other.page, request);
    await other.context.close();
    ban(user.id);
    await replayAction(page, request);
    expect(proposalsOf(supplier.id).map((p) => p.proposerId)).toEqual([user.id, user.id]);
  });
});
