import { signInThroughApi } from "../fixtures";
import { insertReview } from "../reviews/review-page";
import { auditEntries, expect, insertReport, reportStatus, resolveReport, supplierRow, test, unique, userRow } from "./helpers";

test.describe("handling reports", () => {
  test("a report leads to a hidden review and the rating is recomputed on the page; audited", async ({
    page,
    login,
    createUser,
    createPublishedListing,
  }) => {
    test.setTimeout(90_000);
    const listing = await createPublishedListing({ name: `Reported Fab ${unique()}` });
    const kind = await createUser({ name: "Kind Kim" });
    const rude = await createUser({ name: "Rude Rob" });
    const reporter = await createUser({ name: "Reporting Ria" });
    insertReview(listing.id, kind.id, 5, "Helpful staff, boards arrived in four days, and the English on WeChat was fine.");
    const rudeReview = insertReview(listing.id, rude.id, 1, "A rude review full of insults that breaks the rules of this site.");
    const reportId = insertReport({ reviewId: rudeReview }, reporter.id, "ABUSE", "Insults the staff by name.");

    await page.goto(`/suppliers/${listing.slug}`);
    await expect(page.getByText("3.0 out of 5 from 2 reviews").first()).toBeVisible();

    const moderator = await login({ role: "moderator" });
    await page.goto("/admin");
    const queue = page.getByRole("region", { name: /^Open reports/ });
    await queue.getByRole("link", { name: `Report on a review of ${listing.name}` }).click();
    await expect(page.getByRole("region", { name: "What the reporter says" })).toContainText("Insults the staff by name.");
    const target = page.getByRole("region", { name: "The reported review" });
    await expect(target).toContainText("A rude review full of insults");
    await expect(target).toContainText("Rude Rob");

    await resolveReport(page, reportId, "Hide the review (the rating is recomputed)", "Personal insults.");
    expect(reportStatus(reportId)).toBe("RESOLVED");
    await expect(page.getByRole("region", { name: "Outcome" })).toContainText("Personal insults.");

    await page.goto(`/suppliers/${listing.slug}`);
    await expect(page.getByText("5.0 out of 5 from 1 review").first()).toBeVisible();
    await expect(page.getByText("A rude review full of insults")).toHaveCount(0);

    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    await expect((await auditEntries(page, { action: "Review hidden", actor: moderator.email })).filter({ hasText: rudeReview })).toHaveCount(1);
    const resolved = (await auditEntries(page, { action: "Report resolved", actor: moderator.email })).filter({ hasText: reportId });
    await expect(resolved).toContainText("Personal insults.");
  });

  test("a moderator bans the author from a report; the banned account is suspended; audited", async ({ page, browser, baseURL, login, createUser, createPublishedListing }) => {
    test.setTimeout(90_000);
    const listing = await createPublishedListing({ name: `Spam Target ${unique()}` });
    const spammer = await createUser({ name: "Spamming Sid" });
    const reporter = await createUser();
    const review = insertReview(listing.id, spammer.id, 5, "Buy cheap watches at my shop, best prices, visit now, visit now, visit now!");
    const reportId = insertReport({ reviewId: review }, reporter.id, "SPAM", "Advertising.");

    const moderator = await login({ role: "moderator" });
    await resolveReport(page, reportId, "Ban the author", "Spam account.");
    expect(userRow(spammer.id)).toMatchObject({ status: "BANNED", banReason: "Spam account." });

    // The spammer's next visit to their account page says so.
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "2001:db8:ad:99::1" } });
    const spammerPage = await context.newPage();
    await spammerPage.goto("/signin");
    await spammerPage.getByLabel("E-mail address").fill(spammer.email);
    await spammerPage.getByLabel("Password").fill(spammer.password);
    await spammerPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(spammerPage.getByRole("alert").filter({ hasText: "suspended" })).toBeVisible();
    await context.close();

    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    const bans = (await auditEntries(page, { action: "User banned", actor: moderator.email })).filter({ hasText: spammer.id });
    await expect(bans).toContainText("Spam account.");
  });

  test("a report on a listing can archive it; another is dismissed", async ({ page, request, login, createUser, createPublishedListing }) => {
    test.setTimeout(90_000);
    const closed = await createPublishedListing({ name: `Closed Shop ${unique()}` });
    const fine = await createPublishedListing({ name: `Fine Shop ${unique()}` });
    const reporter = await createUser();
    const closedReport = insertReport({ supplierId: closed.id }, reporter.id, "CLOSED", "The shop closed last month.");
    const fineReport = insertReport({ supplierId: fine.id }, reporter.id, "WRONG_INFO", "The phone is wrong.");
    await login({ role: "moderator" });

    await resolveReport(page, closedReport, "Archive the listing", "Closed in October.");
    expect(supplierRow(closed.id)?.status).toBe("ARCHIVED");
    expect((await request.get(`/suppliers/${closed.slug}`)).status()).toBe(404);

    await page.goto(`/admin/reports/${fineReport}`);
    const dismiss = page.locator("details").filter({ hasText: "Dismiss…" });
    await dismiss.getByText("Dismiss…", { exact: true }).click();
    await dismiss.getByRole("button", { name: "Dismiss the report" }).click();
    // A reason is required.
    await expect(dismiss.getByText("Please give a reason.")).toBeVisible();
    await dismiss.getByLabel("Reason").fill("The number is right; checked by phone.");
    await dismiss.getByRole("button", { name: "Dismiss the report" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Report dismissed." })).toBeVisible();
    expect(reportStatus(fineReport)).toBe("DISMISSED");
    expect(supplierRow(fine.id)?.status).toBe("PUBLISHED");
  });
});
