import type { Page } from "@playwright/test";
import { e2eDb } from "../fixtures";
import { insertReview } from "../reviews/review-page";
import {
  captureAction,
  clientAs,
  expect,
  expectGuarded,
  forge,
  insertProposal,
  insertReport,
  openPendingListing,
  openProposal,
  proposalStatus,
  replay,
  reportStatus,
  supplierRow,
  test,
  userRow,
} from "./helpers";

/**
 * Every staff page and action checks the role on the server. Pages: visitors are sent to sign
 * in, signed-in people without the role get a 403. Actions: a request captured from a
 * moderator's (or admin's) browser, pointed at another target and replayed with a visitor's or a
 * plain user's cookies, changes nothing; the same forged request replayed by the moderator does
 * change it, so the refusal is the permission check and not a broken request.
 */

const STAFF_PAGES = ["/admin", "/admin/listings", "/admin/users"];
const ADMIN_PAGES = ["/admin/audit", "/admin/import"];

async function targets(createPendingListing: (o?: object) => Promise<{ id: number }>, createUser: () => Promise<{ id: string }>) {
  const listing = await createPendingListing();
  const user = await createUser();
  const proposal = insertProposal(listing.id, user.id, { moq: 5 }, { moq: null });
  const report = insertReport({ supplierId: listing.id }, user.id);
  return [`/admin/listings/${listing.id}`, `/admin/proposals/${proposal.id}`, `/admin/reports/${report}`];
}

test("visitors are sent to sign in from every staff page, coming back afterwards", async ({ request, createPendingListing, createUser }) => {
  const detail = await targets(createPendingListing, createUser);
  for (const path of [...STAFF_PAGES, ...ADMIN_PAGES, ...detail]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  const ja = await request.get("/ja/admin/users", { maxRedirects: 0 });
  expect(ja.headers().location).toBe(`/ja/signin?callbackUrl=${encodeURIComponent("/admin/users")}`);
});

test("signed-in people without the role get a 403 page: members and banned staff everywhere, moderators on admin pages", async ({
  page,
  browser,
  baseURL,
  login,
  createUser,
  createPendingListing,
}) => {
  test.setTimeout(120_000);
  const detail = await targets(createPendingListing, createUser);
  const expectForbidden = async (p: Page, path: string) => {
    const response = await p.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(p.getByRole("heading", { level: 1, name: "You cannot open this page" })).toBeVisible();
  };

  await login();
  for (const path of [...STAFF_PAGES, ...ADMIN_PAGES, ...detail]) await expectForbidden(page, path);
  const zh = await page.goto("/zh/admin");
  expect(zh?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "无法打开此页面" })).toBeVisible();
  // No link to the staff pages in the (open) account menu; exact, as other specs publish "Moderation Fab …" listings.
  await page.goto("/");
  await page.locator("summary").filter({ hasText: "Account menu" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Moderation", exact: true })).toHaveCount(0);

  const bannedModerator = await createUser({ role: "moderator" });
  const banned = await clientAs(browser, baseURL!, bannedModerator);
  e2eDb().prepare(`UPDATE "User" SET "status" = 'BANNED' WHERE "id" = ?`).run(bannedModerator.id);
  const bannedPage = await banned.newPage();
  for (const path of ["/admin", detail[0]]) await expectForbidden(bannedPage, path);
  await banned.close();

  const moderator = await clientAs(browser, baseURL!, await createUser({ role: "moderator" }));
  const moderatorPage = await moderator.newPage();
  for (const path of ADMIN_PAGES) await expectForbidden(moderatorPage, path);
  for (const path of [...STAFF_PAGES, ...detail]) expect((await moderatorPage.goto(path))?.status(), path).toBe(200);
  await moderatorPage.goto("/");
  await moderatorPage.locator("summary").filter({ hasText: "Account menu" }).click();
  await expect(moderatorPage.getByRole("link", { name: "Moderation", exact: true })).toHaveAttribute("href", "/admin");
  await moderator.close();
});

test("listing actions refuse visitors and plain users, also when the request is replayed", async ({
  page,
  browser,
  baseURL,
  login,
  createUser,
  createPendingListing,
  createPublishedListing,
}) => {
  test.setTimeout(180_000);
  const clients = { anonymous: await clientAs(browser, baseURL!, null), member: await clientAs(browser, baseURL!, await createUser()) };
  await login({ role: "moderator" });
  const status = (id: number) => () => supplierRow(id)?.status;

  const [a, b] = [await createPendingListing(), await createPendingListing()];
  await openPendingListing(page, a.name);
  const approve = await captureAction(page, () => page.getByRole("button", { name: "Approve and publish" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
  await expectGuarded(clients, approve, { supplierId: String(b.id) }, { allowed: page.request, state: status(b.id), before: "PENDING", after: "PUBLISHED" });

  const [c, d] = [await createPendingListing(), await createPendingListing()];
  await openPendingListing(page, c.name);
  await page.getByText("Reject…", { exact: true }).click();
  await page.getByRole("radio", { name: "This looks like advertising or spam." }).check();
  const reject = await captureAction(page, () => page.getByRole("button", { name: "Reject the listing" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();
  await expectGuarded(clients, reject, { supplierId: String(d.id) }, { allowed: page.request, state: status(d.id), before: "PENDING", after: "REJECTED" });

  const [e, f] = [await createPublishedListing(), await createPublishedListing()];
  await page.goto(`/admin/listings/${e.id}`);
  const verify = await captureAction(page, () => page.getByRole("button", { name: "Mark as verified today" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Marked as verified today." })).toBeVisible();
  const verified = () => supplierRow(f.id)?.lastVerifiedAt !== null;
  await expectGuarded(clients, verify, { supplierId: String(f.id) }, { allowed: page.request, state: verified, before: false, after: true });

  const [g, h] = [await createPublishedListing(), await createPublishedListing()];
  await page.goto(`/admin/listings/${g.id}`);
  await page.getByText("Archive…", { exact: true }).click();
  await page.getByLabel("Reason").fill("Closed for good.");
  const archive = await captureAction(page, () => page.getByRole("button", { name: "Archive the listing" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Archived" })).toBeVisible();
  await expectGuarded(clients, archive, { supplierId: String(h.id) }, { allowed: page.request, state: status(h.id), before: "PUBLISHED", after: "ARCHIVED" });

  await clients.anonymous.close();
  await clients.member.close();
});

test("proposal and report actions refuse visitors and plain users, also when the request is replayed", async ({
  page,
  browser,
  baseURL,
  login,
  createUser,
  createPublishedListing,
}) => {
  test.setTimeout(180_000);
  const clients = { anonymous: await clientAs(browser, baseURL!, null), member: await clientAs(browser, baseURL!, await createUser()) };
  await login({ role: "moderator" });
  const proposer = await createUser();

  const [l1, l2, l3, l4] = [await createPublishedListing(), await createPublishedListing(), await createPublishedListing(), await createPublishedListing()];
  const [p1, p2] = [insertProposal(l1.id, proposer.id, { moq: 7 }, { moq: null }), insertProposal(l2.id, proposer.id, { moq: 8 }, { moq: null })];
  await openProposal(page, l1.name);
  const approve = await captureAction(page, () => page.getByRole("button", { name: "Approve and apply" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
  await expectGuarded(clients, approve, { proposalId: p2.id }, { allowed: page.request, state: () => proposalStatus(p2.id), before: "PENDING", after: "APPROVED" });
  expect(supplierRow(l2.id)?.moq).toBe(8);

  const [p3, p4] = [insertProposal(l3.id, proposer.id, { moq: 9 }, { moq: null }), insertProposal(l4.id, proposer.id, { moq: 9 }, { moq: null })];
  await openProposal(page, l3.name);
  await page.getByText("Reject…", { exact: true }).click();
  await page.getByRole("radio", { name: "Some of the information is wrong." }).check();
  const reject = await captureAction(page, () => page.getByRole("button", { name: "Reject the suggestion" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();
  await expectGuarded(clients, reject, { proposalId: p4.id }, { allowed: page.request, state: () => proposalStatus(p4.id), before: "PENDING", after: "REJECTED" });
  expect(proposalStatus(p3.id)).toBe("REJECTED");

  const author = await createUser();
  const reviews = [l1, l2, l3, l4].map((l) => insertReview(l.id, author.id, 2, "A review someone reported, for the replay test of the report actions."));
  const reports = reviews.map((reviewId) => insertReport({ reviewId }, proposer.id));
  const form = page.getByRole("region", { name: "Decision" }).locator("form").filter({ has: page.getByRole("button", { name: "Resolve the report" }) });
  await page.goto(`/admin/reports/${reports[0]}`);
  await form.getByRole("radio", { name: "Hide the review (the rating is recomputed)" }).check();
  await form.getByLabel("Reason").fill("Off topic.");
  const resolve = await captureAction(page, () => form.getByRole("button", { name: "Resolve the report" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Report resolved." })).toBeVisible();
  const hidden = () => e2eDb().prepare(`SELECT "status" FROM "Review" WHERE "id" = ?`).get(reviews[1]);
  await expectGuarded(clients, resolve, { reportId: reports[1] }, { allowed: page.request, state: () => [reportStatus(reports[1]), hidden()], before: ["OPEN", { status: "VISIBLE" }], after: ["RESOLVED", { status: "HIDDEN" }] });

  await page.goto(`/admin/reports/${reports[2]}`);
  const dismissForm = page.locator("details").filter({ hasText: "Dismiss…" });
  await dismissForm.getByText("Dismiss…", { exact: true }).click();
  await dismissForm.getByLabel("Reason").fill("Nothing wrong.");
  const dismiss = await captureAction(page, () => dismissForm.getByRole("button", { name: "Dismiss the report" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Report dismissed." })).toBeVisible();
  await expectGuarded(clients, dismiss, { reportId: reports[3] }, { allowed: page.request, state: () => reportStatus(reports[3]), before: "OPEN", after: "DISMISSED" });

  await clients.anonymous.close();
  await clients.member.close();
});

test("user actions: bans refuse visitors and plain users; a moderator cannot change roles, in the UI or by replaying an admin's request", async ({
  page,
  browser,
  baseURL,
  login,
  createUser,
}) => {
  test.setTimeout(180_000);
  const clients = { anonymous: await clientAs(browser, baseURL!, null), member: await clientAs(browser, baseURL!, await createUser()) };
  const [u1, u2, u3, u4] = [await createUser(), await createUser(), await createUser(), await createUser()];
  const moderatorUser = await createUser({ role: "moderator" });
  const moderator = await clientAs(browser, baseURL!, moderatorUser);
  const moderatorPage = await moderator.newPage();
  await login({ role: "admin" });
  const person = (p: Page, u: { name: string | null }) => p.getByRole("listitem", { name: u.name! });

  // Ban and unban, as the moderator.
  const find = async (p: Page, u: { email: string }) => {
    await p.goto(`/admin/users?q=${encodeURIComponent(u.email)}`);
  };
  await find(moderatorPage, u1);
  await person(moderatorPage, u1).getByText(`Ban ${u1.name}…`).click();
  await person(moderatorPage, u1).getByLabel("Reason").fill("Spam.");
  const ban = await captureAction(moderatorPage, () => person(moderatorPage, u1).getByRole("button", { name: "Ban the account" }).click());
  await expect(moderatorPage.getByRole("status").filter({ hasText: "The account is banned." })).toBeVisible();
  const status = (id: string) => () => userRow(id).status;
  await expectGuarded(clients, ban, { userId: u2.id }, { allowed: moderatorPage.request, state: status(u2.id), before: "ACTIVE", after: "BANNED" });

  await find(moderatorPage, u1);
  await person(moderatorPage, u1).getByText(`Lift the ban on ${u1.name}…`).click();
  await person(moderatorPage, u1).getByLabel("Reason").fill("Appeal accepted.");
  const unban = await captureAction(moderatorPage, () => person(moderatorPage, u1).getByRole("button", { name: "Lift the ban" }).click());
  await expect(moderatorPage.getByRole("status").filter({ hasText: "The ban is lifted." })).toBeVisible();
  await expectGuarded(clients, unban, { userId: u2.id }, { allowed: moderatorPage.request, state: status(u2.id), before: "BANNED", after: "ACTIVE" });

  // The moderator's page has no role controls at all.
  await find(moderatorPage, u3);
  await expect(person(moderatorPage, u3)).toBeVisible();
  await expect(moderatorPage.getByText(/^Change the role of/)).toHaveCount(0);
  await expect(moderatorPage.getByText("Only administrators change roles.", { exact: false })).toBeVisible();

  // The admin changes a role; the same request from a visitor, a member or the moderator does nothing.
  await find(page, u3);
  await person(page, u3).getByText(/^Change the role of/).click();
  await person(page, u3).getByLabel("Role").selectOption({ label: "Moderator" });
  const role = await captureAction(page, () => person(page, u3).getByRole("button", { name: "Save the role" }).click());
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
  expect(userRow(u3.id).role).toBe("MODERATOR");
  const roleOf = () => userRow(u4.id).role;
  const body = forge(role, { userId: u4.id });
  await replay(moderator.request, role, body);
  expect(roleOf()).toBe("USER");
  await expectGuarded(clients, role, { userId: u4.id }, { allowed: page.request, state: roleOf, before: "USER", after: "MODERATOR" });

  for (const c of [clients.anonymous, clients.member, moderator]) await c.close();
});
