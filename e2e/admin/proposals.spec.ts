import { e2eDb, signInThroughApi, sqlNow } from "../fixtures";
import { approveProposal, auditEntries, expect, insertProposal, openProposal, proposalStatus, rejectProposal, supplierRow, test, unique } from "./helpers";

test.describe("moderating suggested edits", () => {
  test("a moderator sees the field-by-field diff and approving applies exactly those fields; audited", async ({
    page,
    login,
    createUser,
    createPublishedListing,
  }) => {
    test.setTimeout(90_000);
    const listing = await createPublishedListing({ name: `Diff Fab ${unique()}` });
    const proposer = await createUser({ name: "Proposing Pat" });
    const proposal = insertProposal(
      listing.id,
      proposer.id,
      { moq: 10, phone: "+8613800138000", languages: ["en", "zh"] },
      { moq: null, phone: null, languages: [] },
    );

    const moderator = await login({ role: "moderator" });
    await openProposal(page, listing.name);
    const diff = page.getByRole("table", { name: "The suggested changes, field by field" });
    await expect(diff.getByRole("row", { name: /Minimum order quantity/ })).toContainText(/—\s*10/);
    await expect(diff.getByRole("row", { name: /Phone/ })).toContainText("+8613800138000");
    await expect(diff.getByRole("row", { name: /Languages spoken/ })).toContainText("Added: English");
    await expect(diff.getByRole("row", { name: /Languages spoken/ })).toContainText("Added: Mandarin");
    await expect(diff.getByRole("row")).toHaveCount(4);
    await expect(page.getByText("Proposing Pat")).toBeVisible();

    await approveProposal(page, listing.name);
    expect(proposalStatus(proposal.id)).toBe("APPROVED");
    expect(supplierRow(listing.id)).toMatchObject({ name: listing.name, moq: 10, phone: "+8613800138000" });

    await page.goto(`/suppliers/${listing.slug}`);
    await expect(page.getByRole("region", { name: "What they make and ordering" })).toContainText("10 pieces");
    // The detail page lists the languages spoken with the contacts.
    const contacts = page.getByRole("region", { name: "Contacts" });
    await expect(contacts).toContainText("English");
    await expect(contacts).toContainText("Mandarin");
    await expect(contacts).toContainText("+8613800138000");

    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    const entries = await auditEntries(page, { action: "Edit approved", actor: moderator.email });
    const entry = entries.filter({ hasText: proposal.id });
    await entry.getByText("Before and after").click();
    await expect(entry).toContainText("+8613800138000");
  });

  test("when the listing changed in between, the conflict is shown instead of overwriting", async ({ page, login, createUser, createPublishedListing }) => {
    test.setTimeout(90_000);
    const listing = await createPublishedListing({ name: `Conflict Fab ${unique()}` });
    const proposer = await createUser();
    const proposal = insertProposal(listing.id, proposer.id, { phone: "+8613800138000", moq: 50 }, { phone: null, moq: null });
    const moderator = await login({ role: "moderator" });

    // The page is open with no conflict; meanwhile someone else changes the phone number.
    await openProposal(page, listing.name);
    await expect(page.getByRole("region", { name: /^Conflicts/ })).toHaveCount(0);
    e2eDb().prepare(`UPDATE "Supplier" SET "phone" = '+8675512345678', "updatedAt" = ? WHERE "id" = ?`).run(sqlNow(), listing.id);
    await page.getByRole("button", { name: "Approve and apply" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Not applied: the listing changed" })).toBeVisible();
    const conflicts = page.getByRole("table", { name: /^Conflicting fields/ });
    const phone = conflicts.getByRole("row", { name: /Phone/ });
    await expect(phone.getByRole("cell")).toHaveText(["—", "+8675512345678", "+8613800138000"]);
    await expect(conflicts.getByRole("row", { name: /Minimum order/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Approve and apply" })).toHaveCount(0);
    expect(supplierRow(listing.id)).toMatchObject({ phone: "+8675512345678", moq: null });
    expect(proposalStatus(proposal.id)).toBe("PENDING");

    await rejectProposal(page, listing.name, "Some of the information is wrong.", "The new number is the right one.");
    expect(proposalStatus(proposal.id)).toBe("REJECTED");

    await page.context().clearCookies();
    await signInThroughApi(page, await createUser({ role: "admin" }));
    const entries = await auditEntries(page, { action: "Edit rejected", actor: moderator.email });
    await expect(entries.filter({ hasText: proposal.id })).toContainText("wrongInfo: The new number is the right one.");
  });
});
