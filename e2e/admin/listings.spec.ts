import {
  approveListing,
  auditEntries,
  EVERYWHERE,
  expect,
  freshPoint,
  NOWHERE,
  openPendingListing,
  publicVisibility,
  rejectListing,
  supplierRow,
  test,
  unique,
} from "./helpers";
import { signInThroughApi } from "../fixtures";

test.describe("moderating new listings", () => {
  test("a moderator approves a pending listing: at once in search, the API, the map and the sitemap; audited", async ({
    page,
    request,
    login,
    createUser,
    createPendingListing,
  }) => {
    test.setTimeout(90_000);
    const submitter = await createUser({ name: "Submitting Sam" });
    const point = freshPoint();
    const listing = await createPendingListing({ name: `Approval Circuits ${unique()}`, submitterId: submitter.id, ...point });
    expect(await publicVisibility(request, listing, point)).toEqual(NOWHERE);

    const moderator = await login({ role: "moderator" });
    await openPendingListing(page, listing.name);
    // As it would be published: the facts, the map, who sent it and how they know.
    await expect(page.getByRole("article", { name: listing.name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Map" })).toBeVisible();
    const source = page.getByRole("region", { name: "Who sent it and how they know" });
    await expect(source).toContainText("Submitting Sam");
    await expect(source).toContainText("Visited in March and ordered boards.");
    await expect(page.getByRole("region", { name: /^Possible duplicates/ })).toBeVisible();

    await page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved: the listing is published" })).toBeVisible();
    expect(supplierRow(listing.id)?.status).toBe("PUBLISHED");
    expect(await publicVisibility(request, listing, point)).toEqual(EVERYWHERE);

    // The admin finds the approval in the audit log, with who did it.
    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    const entries = await auditEntries(page, { action: "Listing approved", actor: moderator.email });
    await expect(entries.filter({ hasText: String(listing.id) })).toHaveCount(1);
  });

  test("a moderator rejects a pending listing with a template reason and a note; it stays private; audited", async ({
    page,
    request,
    login,
    createUser,
    createPendingListing,
  }) => {
    test.setTimeout(90_000);
    const point = freshPoint();
    const listing = await createPendingListing({ name: `Rejected Moulding ${unique()}`, ...point });
    const moderator = await login({ role: "moderator" });

    // The reason is required: without one, the form says so and keeps the note.
    await openPendingListing(page, listing.name);
    const decision = page.getByRole("region", { name: "Decision" });
    await decision.getByText("Reject…", { exact: true }).click();
    await decision.getByLabel(/^Note to the submitter/).fill("The address is a residential block.");
    await decision.getByRole("button", { name: "Reject the listing" }).click();
    await expect(decision.getByText("Choose a reason.")).toBeVisible();
    await expect(decision.getByLabel(/^Note to the submitter/)).toHaveValue("The address is a residential block.");
    expect(supplierRow(listing.id)?.status).toBe("PENDING");

    await rejectListing(page, listing.name, "We could not confirm that this place exists.", "The address is a residential block.");
    expect(supplierRow(listing.id)).toMatchObject({ status: "REJECTED", rejectionCode: "unverifiable", rejectionReason: "The address is a residential block." });
    await expect(page.getByRole("region", { name: "Decision" })).toContainText("We could not confirm that this place exists.");
    expect(await publicVisibility(request, listing, point)).toEqual(NOWHERE);

    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    const entries = await auditEntries(page, { action: "Listing rejected", actor: moderator.email });
    const entry = entries.filter({ hasText: String(listing.id) });
    await expect(entry).toContainText("unverifiable: The address is a residential block.");
  });

  test("“mark as verified today” shows on the public page and in the audit log", async ({ page, login, createUser, createPublishedListing }) => {
    test.setTimeout(90_000);
    const listing = await createPublishedListing({ name: `Verified Assembly ${unique()}` });
    await page.goto(`/suppliers/${listing.slug}`);
    await expect(page.getByText(/^Last verified/)).toHaveCount(0);

    const moderator = await login({ role: "moderator" });
    await page.goto("/admin/listings");
    await page.getByLabel("Name or slug").fill(listing.name);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: listing.name }).click();
    await expect(page.getByText("Not verified by staff yet.")).toBeVisible();
    await page.getByRole("button", { name: "Mark as verified today" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Marked as verified today." })).toBeVisible();
    expect(supplierRow(listing.id)?.lastVerifiedAt).not.toBeNull();

    await page.goto(`/suppliers/${listing.slug}`);
    const today = new Date().toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" });
    await expect(page.getByText(`Last verified ${today}`)).toBeVisible();

    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    const entries = await auditEntries(page, { action: "Listing marked as verified", actor: moderator.email });
    await expect(entries.filter({ hasText: String(listing.id) })).toHaveCount(1);
  });
});
