import { expect, test } from "../fixtures";
import { otherBrowser } from "../reviews/review-page";
import { deleteListingsNamed, expectNoAxeViolations, freshPoint, listingById, rejectListingInDb, submissionItem, submitListing, uniqueName } from "./submit-page";

test("a rejected listing shows its reason on /me and can be fixed and sent again", async ({ page, login, createUser }) => {
  test.setTimeout(90_000);
  await login();
  const moderator = await createUser({ role: "moderator" });
  const name = uniqueName("E2E Rejected Works");
  try {
    const row = await submitListing(page, { name, point: freshPoint(), addressEn: "Nanshan somewhere" });
    rejectListingInDb(row.id, "insufficientInfo", "Which building and floor is it on?", moderator.id);

    await page.goto("/me");
    const item = submissionItem(page, name);
    await expect(item).toContainText("Not published");
    await expect(item).toContainText("Reason: There is not enough information to publish it.");
    await expect(item).toContainText("Moderator’s note: Which building and floor is it on?");
    await expectNoAxeViolations(page);
    await item.getByRole("link", { name: new RegExp(`^Fix and resubmit\\s*: ${name}$`) }).click();

    await expect(page).toHaveURL(new RegExp(`/me/submissions/${row.id}$`));
    await expect(page.getByRole("heading", { level: 1, name: `Fix and resubmit: ${name}` })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("Which building and floor is it on?");
    await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(name);
    await expect(page.getByLabel("How do you know this place?")).toHaveValue("Visited their office in March and ordered boards.");
    await expectNoAxeViolations(page);
    await page.getByLabel("Address in English").fill("Building 7, 3rd floor, Science Park");
    await page.getByRole("button", { name: "Send it again for review" }).click();

    await expect(page).toHaveURL(/\/me\?notice=listing-resubmitted#my-submissions$/);
    await expect(submissionItem(page, name)).toContainText("Waiting for review");
    await expect(submissionItem(page, name).getByRole("link", { name: /Fix and resubmit/ })).toHaveCount(0);
    expect(listingById(row.id)).toMatchObject({ status: "PENDING", rejectionCode: null, rejectionReason: null, addressEn: "Building 7, 3rd floor, Science Park" });

    // Once pending again, the fix page has nothing to fix.
    await page.goto(`/me/submissions/${row.id}`);
    await expect(page.getByText("This listing’s status is “Waiting for review”: there is nothing to fix.")).toBeVisible();
  } finally {
    deleteListingsNamed(name);
  }
});

test("someone else's submission has no fix page", async ({ page, login, createUser, browser, baseURL }) => {
  test.setTimeout(60_000);
  await login();
  const name = uniqueName("E2E Not Yours Works");
  try {
    const row = await submitListing(page, { name, point: freshPoint() });
    rejectListingInDb(row.id, "other", "Needs more detail.");
    const other = await otherBrowser(browser, baseURL!, await createUser(), "2001:db8:5ab:3::1");
    expect((await other.page.goto(`/me/submissions/${row.id}`))!.status()).toBe(404);
    await other.context.close();
  } finally {
    deleteListingsNamed(name);
  }
});
