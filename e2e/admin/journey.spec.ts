import { insertReview } from "../reviews/review-page";
import { deleteListingsNamed, freshMobile, freshPoint, listingByName, submissionItem, submitListing, uniqueName } from "../submit/submit-page";
import {
  approveListing,
  approveProposal,
  auditEntries,
  clientAs,
  EVERYWHERE,
  expect,
  NOWHERE,
  openProposal,
  publicVisibility,
  rejectListing,
  resolveReport,
  test,
} from "./helpers";

/*
 * The whole loop between the people who add to the directory and the people who check it, each
 * in their own browser and only through the pages: a submission that is rejected, fixed and
 * published; a suggested edit that is applied, and a second one that meets a conflict; a report
 * that hides a review; and the audit log that recorded every step.
 */
test("a listing goes from submission through rejection, fix and approval to every public surface; edits, a conflict and a report follow; all audited", async ({
  page,
  browser,
  baseURL,
  request,
  login,
  createUser,
}) => {
  test.setTimeout(180_000);
  const name = uniqueName("E2E Journey Works");
  const point = freshPoint();
  const submitter = await login();
  const moderator = await createUser({ role: "moderator" });
  const staff = await clientAs(browser, baseURL!, moderator);
  const mod = await staff.newPage();
  try {
    // 1. Submitted: pending, and nowhere in public.
    const row = await submitListing(page, { name, point, addressEn: "Somewhere in Nanshan" });
    expect(row).toMatchObject({ status: "PENDING", createdById: submitter.id });
    await expect(submissionItem(page, name)).toContainText("Waiting for review");
    expect(await publicVisibility(request, row, point)).toEqual(NOWHERE);

    // 2. Rejected with a template reason and a note; still nowhere.
    await rejectListing(mod, name, "We could not confirm that this place exists.", "Which building and floor is it on?");
    expect(await publicVisibility(request, row, point)).toEqual(NOWHERE);

    // 3. The submitter reads the reason on /me, fixes the address and sends it again.
    await page.goto("/me");
    const item = submissionItem(page, name);
    await expect(item).toContainText("Not published");
    await expect(item).toContainText("We could not confirm that this place exists.");
    await expect(item).toContainText("Which building and floor is it on?");
    await item.getByRole("link", { name: /^Fix and resubmit/ }).click();
    await page.getByLabel("Address in English").fill("Building 7, 3rd floor, Nanshan Science Park");
    await page.getByRole("button", { name: "Send it again for review" }).click();
    await expect(page).toHaveURL(/\/me\?notice=listing-resubmitted#my-submissions$/);
    await expect(submissionItem(page, name)).toContainText("Waiting for review");
    expect(await publicVisibility(request, row, point)).toEqual(NOWHERE);

    // 4. Approved: at once in search, the list API, the detail API, the map, the sitemap and its page.
    await approveListing(mod, name);
    expect(await publicVisibility(request, row, point)).toEqual(EVERYWHERE);
    await page.goto(`/suppliers/${row.slug}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Building 7, 3rd floor, Nanshan Science Park");

    // 5. The submitter suggests an edit; the moderator sees the diff and applies exactly it.
    const phone = freshMobile();
    await page.goto(`/suppliers/${row.slug}/edit`);
    await page.getByLabel("Phone").fill(phone);
    await page.getByLabel("Minimum order quantity").fill("25");
    await page.getByRole("button", { name: "Send the suggestion" }).click();
    await expect(page).toHaveURL(/\/me\?notice=proposal-sent#my-submissions$/);

    // A second person suggests another phone number for the same listing, from what they saw before.
    const other = await createUser({ name: "Second Opinion" });
    const otherContext = await clientAs(browser, baseURL!, other);
    const otherPage = await otherContext.newPage();
    const otherPhone = freshMobile();
    await otherPage.goto(`/suppliers/${row.slug}/edit`);
    await otherPage.getByLabel("Phone").fill(otherPhone);
    await otherPage.getByRole("button", { name: "Send the suggestion" }).click();
    await expect(otherPage).toHaveURL(/\/me\?notice=proposal-sent#my-submissions$/);

    await openProposal(mod, name);
    // Both suggestions are queued, oldest first: this is the submitter's.
    const proposalId = new URL(mod.url()).pathname.split("/").pop()!;
    const diff = mod.getByRole("table", { name: "The suggested changes, field by field" });
    await expect(diff.getByRole("row", { name: /Phone/ })).toContainText(`+86${phone}`);
    await expect(diff.getByRole("row", { name: /Minimum order quantity/ })).toContainText(/—\s*25/);
    await approveProposal(mod, name);
    expect(listingByName(name)).toMatchObject({ phone: `+86${phone}`, moq: 25, addressEn: "Building 7, 3rd floor, Nanshan Science Park" });
    await page.goto(`/suppliers/${row.slug}`);
    await expect(page.getByRole("region", { name: "Contacts" })).toContainText(`+86${phone}`);

    // The second suggestion was made against the old phone number: a conflict, not an overwrite.
    await openProposal(mod, name);
    await expect(mod.getByRole("region", { name: /^Conflicts/ })).toBeVisible();
    const conflict = mod.getByRole("table", { name: /^Conflicting fields/ }).getByRole("row", { name: /Phone/ });
    await expect(conflict.getByRole("cell")).toHaveText(["—", `+86${phone}`, `+86${otherPhone}`]);
    await expect(mod.getByRole("button", { name: "Approve and apply" })).toHaveCount(0);
    expect(listingByName(name)).toMatchObject({ phone: `+86${phone}` });
    await otherContext.close();

    // 6. A review breaks the rules; the submitter reports it; the moderator hides it.
    const rude = await createUser({ name: "Rude Reviewer" });
    const rudeReview = insertReview(row.id, rude.id, 1, "A rude review full of insults that breaks the rules of this site.");
    await page.goto(`/suppliers/${row.slug}`);
    const review = page.getByRole("region", { name: "Reviews" }).getByRole("listitem").filter({ hasText: "by Rude Reviewer" });
    await review.locator("summary").click();
    await review.getByRole("radio", { name: "Abusive or offensive" }).check();
    await review.getByRole("button", { name: "Send report" }).click();
    await expect(review.getByRole("status")).toHaveText("Thank you. A moderator will look at it.");

    await mod.goto("/admin");
    const reportLink = mod.getByRole("region", { name: /^Open reports/ }).getByRole("link", { name: `Report on a review of ${name}` });
    const reportId = (await reportLink.getAttribute("href"))!.split("/").pop()!;
    await resolveReport(mod, reportId, "Hide the review (the rating is recomputed)", "Personal insults.");
    await page.goto(`/suppliers/${row.slug}`);
    await expect(page.getByText("A rude review full of insults")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Rating" })).toContainText("Not rated yet");

    // 7. Every moderation step is in the audit log, by the moderator, about this listing.
    await staff.close();
    const admin = await createUser({ role: "admin" });
    const adminContext = await clientAs(browser, baseURL!, admin);
    const audit = await adminContext.newPage();
    const steps: [string, string][] = [
      ["Listing rejected", String(row.id)],
      ["Listing approved", String(row.id)],
      ["Edit approved", proposalId],
      ["Review hidden", rudeReview],
      ["Report resolved", reportId],
    ];
    for (const [action, target] of steps) {
      const entries = await auditEntries(audit, { action, actor: moderator.email });
      await expect(entries.filter({ hasText: target }), action).toHaveCount(1);
    }
    await adminContext.close();
  } finally {
    deleteListingsNamed(name);
  }
});
