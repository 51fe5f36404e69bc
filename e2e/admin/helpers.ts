import { randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext, Page, Request } from "@playwright/test";
import { e2eDb, expect, signInThroughApi, sqlNow, test as base, type TestUser } from "../fixtures";

/*
 * Moderation helpers for the staff specs and for the user↔moderator journey spec: data written
 * straight into the e2e database (as the fixtures do), and the moderator's steps through the UI.
 */

const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;

export type PendingListing = { id: number; slug: string; name: string };

type ListingOptions = { name?: string; submitterId?: string | null; lat?: number; lng?: number; source?: string };

function insertListing(status: "PENDING" | "PUBLISHED", options: ListingOptions): PendingListing {
  const name = options.name ?? `Moderation Fab ${unique()}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const db = e2eDb();
  const category = db.prepare(`SELECT "id" FROM "Category" WHERE "slug" = 'pcb-fab'`).get() as { id: number };
  const row = db
    .prepare(
      `INSERT INTO "Supplier" ("slug", "name", "primaryCategoryId", "district", "addressEn", "lat", "lng", "coordDatum", "locationPrecision",
         "status", "publishedAt", "isSampleData", "createdById", "sources", "createdAt", "updatedAt")
       VALUES (?, ?, ?, 'futian', 'Huaqiang North Road', ?, ?, 'WGS84', 'BUILDING', ?, ?, 0, ?, ?, ?, ?) RETURNING "id"`,
    )
    .get(
      slug,
      name,
      category.id,
      options.lat ?? 22.5449,
      options.lng ?? 114.0841,
      status,
      status === "PUBLISHED" ? sqlNow(new Date("2001-01-01T00:00:00Z")) : null,
      options.submitterId ?? null,
      options.source ?? "Visited in March and ordered boards.",
      sqlNow(),
      sqlNow(),
    ) as { id: number };
  db.prepare(`INSERT INTO "SupplierCategory" ("supplierId", "categoryId") VALUES (?, ?)`).run(row.id, category.id);
  return { id: row.id, slug, name };
}

export type ProposalRow = { id: string };

/** A suggested edit of `supplierId`, as `proposeEdit` stores it: the changed fields and what the proposer saw. */
export function insertProposal(supplierId: number, proposerId: string, changes: Record<string, unknown>, baseValues: Record<string, unknown>): ProposalRow {
  const id = `p${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  e2eDb()
    .prepare(
      `INSERT INTO "EditProposal" ("id", "supplierId", "proposerId", "changes", "baseValues", "note", "status", "createdAt")
       VALUES (?, ?, ?, ?, ?, 'Their website says so.', 'PENDING', ?)`,
    )
    .run(id, supplierId, proposerId, JSON.stringify(changes), JSON.stringify(baseValues), sqlNow());
  return { id };
}

/** An open report on a review or a listing. */
export function insertReport(target: { reviewId: string } | { supplierId: number }, reporterId: string, reason = "ABUSE", details = "Insults the staff."): string {
  const id = `r${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const review = "reviewId" in target ? target.reviewId : null;
  const supplier = "supplierId" in target ? target.supplierId : null;
  e2eDb()
    .prepare(`INSERT INTO "Report" ("id", "reviewId", "supplierId", "reporterId", "reason", "details", "status", "createdAt") VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)`)
    .run(id, review, supplier, reporterId, reason, details, sqlNow());
  return id;
}

export function supplierRow(id: number) {
  return e2eDb()
    .prepare(`SELECT "id", "slug", "name", "status", "phone", "moq", "rejectionCode", "rejectionReason", "lastVerifiedAt" FROM "Supplier" WHERE "id" = ?`)
    .get(id) as
    | { id: number; slug: string; name: string; status: string; phone: string | null; moq: number | null; rejectionCode: string | null; rejectionReason: string | null; lastVerifiedAt: string | null }
    | undefined;
}

export function userRow(id: string) {
  return e2eDb().prepare(`SELECT "role", "status", "banReason" FROM "User" WHERE "id" = ?`).get(id) as { role: string; status: string; banReason: string | null };
}

export function proposalStatus(id: string): string {
  return (e2eDb().prepare(`SELECT "status" FROM "EditProposal" WHERE "id" = ?`).get(id) as { status: string }).status;
}

export function reportStatus(id: string): string {
  return (e2eDb().prepare(`SELECT "status" FROM "Report" WHERE "id" = ?`).get(id) as { status: string }).status;
}

type Fixtures = {
  /** A PENDING listing in Futian, as a user's submission leaves it; removed after the test. */
  createPendingListing: (options?: ListingOptions) => Promise<PendingListing>;
  /** A PUBLISHED listing with an address and point (removed after the test). */
  createPublishedListing: (options?: ListingOptions) => Promise<PendingListing>;
};

export const test = base.extend<Fixtures>({
  // After createUser in set-up order, so listings (with their proposals and reports) go first.
  createPendingListing: async ({ createUser: _ }, use) => {
    const ids: number[] = [];
    await use(async (options = {}) => {
      const listing = insertListing("PENDING", options);
      ids.push(listing.id);
      return listing;
    });
    const del = e2eDb().prepare(`DELETE FROM "Supplier" WHERE "id" = ?`);
    for (const id of ids) del.run(id);
  },
  createPublishedListing: async ({ createUser: _ }, use) => {
    const ids: number[] = [];
    await use(async (options = {}) => {
      const listing = insertListing("PUBLISHED", options);
      ids.push(listing.id);
      return listing;
    });
    const del = e2eDb().prepare(`DELETE FROM "Supplier" WHERE "id" = ?`);
    for (const id of ids) del.run(id);
  },
});

export { expect };

// ---------------------------------------------------------------------------------------------
// A moderator's steps through the UI

/** The staff page of a pending listing, reached from the queue by its name. */
export async function openPendingListing(page: Page, name: string) {
  await page.goto("/admin");
  await page.getByRole("region", { name: /^New listings/ }).getByRole("link", { name, exact: false }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Listing: ${name}` })).toBeVisible();
}

export async function approveListing(page: Page, name: string) {
  await openPendingListing(page, name);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved: the listing is published" })).toBeVisible();
}

/** Rejects with a template reason (its English text) and a note to the submitter. */
export async function rejectListing(page: Page, name: string, reason: string, note: string) {
  await openPendingListing(page, name);
  const decision = page.getByRole("region", { name: "Decision" });
  await decision.getByText("Reject…", { exact: true }).click();
  await decision.getByRole("radio", { name: reason }).check();
  await decision.getByLabel(/^Note to the submitter/).fill(note);
  await decision.getByRole("button", { name: "Reject the listing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();
}

/** The staff page of a suggested edit, reached from the queue by its listing's name (the oldest, when there are several). */
export async function openProposal(page: Page, listingName: string) {
  await page.goto("/admin");
  await page.getByRole("region", { name: /^Suggested edits/ }).getByRole("link", { name: `Edit of ${listingName}` }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Suggested edit of ${listingName}` })).toBeVisible();
}

export async function approveProposal(page: Page, listingName: string) {
  await openProposal(page, listingName);
  await page.getByRole("button", { name: "Approve and apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved: the suggested changes are applied" })).toBeVisible();
}

export async function rejectProposal(page: Page, listingName: string, reason: string, note: string) {
  await openProposal(page, listingName);
  await page.getByText("Reject…", { exact: true }).click();
  await page.getByRole("radio", { name: reason }).check();
  await page.getByLabel(/^Note to the submitter/).fill(note);
  await page.getByRole("button", { name: "Reject the suggestion" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();
}

/** Resolves the report at `/admin/reports/id` with one of the page's actions (its English label). */
export async function resolveReport(page: Page, reportId: string, action: string | RegExp, reason: string) {
  await page.goto(`/admin/reports/${reportId}`);
  const form = page.getByRole("region", { name: "Decision" }).locator("form").filter({ has: page.getByRole("button", { name: "Resolve the report" }) });
  await form.getByRole("radio", { name: action }).check();
  await form.getByLabel("Reason", { exact: true }).fill(reason);
  await form.getByRole("button", { name: "Resolve the report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Report resolved." })).toBeVisible();
}

/** The audit log filtered by action (its English label), newest first, as list items. */
export async function auditEntries(page: Page, filters: { action?: string; actor?: string } = {}) {
  await page.goto("/admin/audit");
  if (filters.actor) await page.getByLabel("Who (e-mail)").fill(filters.actor);
  if (filters.action) await page.getByLabel("Action").selectOption({ label: filters.action });
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.waitForURL(/\/admin\/audit\?/);
  return page.getByRole("list", { name: "Audit log" }).getByRole("listitem");
}

// ---------------------------------------------------------------------------------------------
// Replaying a server action as someone else

export const isAction = (r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined;

/** Runs `act` and returns the server-action request it sent. */
export async function captureAction(page: Page, act: () => Promise<unknown>): Promise<Request> {
  const request = page.waitForRequest(isAction);
  await act();
  return request;
}

/**
 * The captured request's body with a form field set to another value. React sends a form action's
 * fields as multipart parts named "_<n>_<field>"; only that part's value changes.
 */
export function forge(request: Request, changes: Record<string, string>): Buffer {
  let body = request.postDataBuffer()!.toString("latin1");
  for (const [field, value] of Object.entries(changes)) {
    const part = new RegExp(`(name="(?:_?\\d+_)?${field}"\\r\\n\\r\\n)[^\\r]*`);
    expect(body, `the captured request has a ${field} field`).toMatch(part);
    body = body.replace(part, `$1${value}`);
  }
  return Buffer.from(body, "latin1");
}

/** Sends the captured action request (with a forged body) from another client: its own cookies, or none. */
export async function replay(client: APIRequestContext, request: Request, body: Buffer) {
  const headers = { ...(await request.allHeaders()) };
  delete headers["content-length"];
  delete headers["cookie"];
  const response = await client.fetch(request.url(), { method: "POST", headers, data: body, maxRedirects: 0 });
  expect(response.status(), "the action endpoint answers (refusals are form errors, not server errors)").toBeLessThan(500);
  return response;
}

export type Clients = { anonymous: BrowserContext; member: BrowserContext };

/** Replays a forged request as a visitor and as a plain user (state unchanged), then as `allowed` (state changes). */
export async function expectGuarded(
  clients: Clients,
  request: Request,
  changes: Record<string, string>,
  { allowed, state, before, after }: { allowed: APIRequestContext; state: () => unknown; before: unknown; after: unknown },
) {
  const body = forge(request, changes);
  for (const client of [clients.anonymous, clients.member]) {
    await replay(client.request, request, body);
    expect(state()).toEqual(before);
  }
  await replay(allowed, request, body);
  await expect.poll(state).toEqual(after);
}

/** A second browser context signed in as `user` (or anonymous), from its own client address. */
export async function clientAs(browser: Browser, baseURL: string, user: Pick<TestUser, "email" | "password"> | null): Promise<BrowserContext> {
  const ip = `2001:db8:ad:${randomBytes(2).toString("hex")}::1`;
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  if (user) await signInThroughApi(await context.newPage(), user);
  return context;
}

export { unique };

// ---------------------------------------------------------------------------------------------
// Where the public sees a listing

/** Whether each public surface shows the listing: search, the JSON API, the map API, the sitemap, its page. */
export async function publicVisibility(request: APIRequestContext, listing: { slug: string; name: string }, point: { lat: number; lng: number }) {
  const list = (await (await request.get(`/api/suppliers?q=${encodeURIComponent(listing.name)}`)).json()) as { items: { slug: string }[] };
  const bbox = [point.lng - 0.001, point.lat - 0.001, point.lng + 0.001, point.lat + 0.001].join(",");
  const map = (await (await request.get(`/api/map?bbox=${bbox}&zoom=18`)).json()) as { features: { properties: { slug?: string } }[] };
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const searchPage = await (await request.get(`/suppliers?q=${encodeURIComponent(listing.name)}`)).text();
  return {
    search: searchPage.includes(`/suppliers/${listing.slug}"`),
    api: list.items.some((i) => i.slug === listing.slug),
    apiDetail: (await request.get(`/api/suppliers/${listing.slug}`)).status() === 200,
    map: map.features.some((f) => f.properties.slug === listing.slug),
    sitemap: sitemap.includes(`/suppliers/${listing.slug}<`),
    page: (await request.get(`/suppliers/${listing.slug}`)).status() === 200,
  };
}

export const EVERYWHERE = { search: true, api: true, apiDetail: true, map: true, sitemap: true, page: true };
export const NOWHERE = { search: false, api: false, apiDetail: false, map: false, sitemap: false, page: false };

/** A point in Futian of its own, so that no other supplier shares its map marker. */
export function freshPoint() {
  return { lat: 22.53 + Math.random() * 0.02, lng: 114.05 + Math.random() * 0.03 };
}
