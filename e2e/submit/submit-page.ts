import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page, Request } from "@playwright/test";
import { fromWgs84, type Datum } from "@/lib/geo";
import { e2eDb, expect, sqlNow } from "../fixtures";

/**
 * The listing form as a person fills it in, and the database rows behind it. Reusable by the
 * moderation journey: `submitListing(page, values)` leaves a pending listing and answers its row.
 */

export type ListingFormInput = {
  name: string;
  nameZh?: string;
  /** Label of the main category, e.g. "PCB assembly". */
  category?: string;
  /** Label of the district, e.g. "Nanshan". */
  district?: string;
  addressEn?: string;
  /** WGS-84; typed in `datum` (converted here, as a map app would show it). */
  point?: { lat: number; lng: number };
  datum?: Datum;
  website?: string;
  phone?: string;
  capabilities?: string[];
  languages?: string[];
  moq?: string;
  source?: string;
};

const unique = () => randomBytes(4).toString("hex");

/** A name nobody else uses, so tests find their own rows (and clean them up by it). */
export const uniqueName = (prefix = "E2E Submitted Works") => `${prefix} ${unique()}`;

/**
 * A point in Nanshan away from the seeded places, a little different per call, so a test's
 * listing is never "within 50 m" of another one.
 */
export function freshPoint(): { lat: number; lng: number } {
  const n = randomBytes(2).readUInt16BE(0);
  return { lat: 22.505 + (n % 200) * 0.0008, lng: 113.905 + Math.floor(n / 200) * 0.0008 };
}

/** A Chinese mobile number nobody else has (as typed in China, without +86). */
export const freshMobile = () => `139${String(randomBytes(4).readUInt32BE(0) % 100_000_000).padStart(8, "0")}`;

export const form = (page: Page) => page.locator("form").filter({ has: page.getByRole("button", { name: /^(Submit for review|Send it again for review|Send the suggestion)$/ }) });

/** Types coordinates into the picker in the given datum (as pasted from Amap, Baidu or GPS). */
export async function fillPoint(page: Page, point: { lat: number; lng: number }, datum: Datum = "WGS84") {
  const shown = fromWgs84(point, datum);
  await page.getByLabel("Copied from").selectOption(datum);
  await page.getByLabel("Coordinates (latitude, longitude)").fill(`${shown.lat.toFixed(6)}, ${shown.lng.toFixed(6)}`);
}

/** Fills the listing form (on /submit, or any page with it) with the given values. */
export async function fillListing(page: Page, v: ListingFormInput) {
  await page.getByLabel("Name (English or Latin letters)").fill(v.name);
  if (v.nameZh !== undefined) await page.getByLabel("Name in Chinese").fill(v.nameZh);
  await page.getByLabel("Main category").selectOption({ label: v.category ?? "PCB assembly" });
  await page.getByLabel("District").selectOption({ label: v.district ?? "Nanshan" });
  if (v.addressEn !== undefined) await page.getByLabel("Address in English").fill(v.addressEn);
  await fillPoint(page, v.point ?? freshPoint(), v.datum ?? "WGS84");
  if (v.website !== undefined) await page.getByLabel("Website").fill(v.website);
  if (v.phone !== undefined) await page.getByLabel("Phone").fill(v.phone);
  for (const c of v.capabilities ?? []) await page.getByRole("group", { name: "Capabilities" }).getByRole("checkbox", { name: c, exact: true }).check();
  for (const l of v.languages ?? []) await page.getByRole("group", { name: "Languages spoken" }).getByRole("checkbox", { name: l, exact: true }).check();
  if (v.moq !== undefined) await page.getByLabel("Minimum order quantity").fill(v.moq);
  await page.getByLabel("How do you know this place?").fill(v.source ?? "Visited their office in March and ordered boards.");
}

export const submitButton = (page: Page) => page.getByRole("button", { name: "Submit for review" });

/** Opens /submit, fills and sends the form, and waits for /me to confirm; answers the new row. */
export async function submitListing(page: Page, values: ListingFormInput): Promise<ListingRow> {
  await page.goto("/submit");
  await fillListing(page, values);
  await submitButton(page).click();
  await expectSubmittedNotice(page);
  return listingByName(values.name)!;
}

export async function expectSubmittedNotice(page: Page) {
  await expect(page).toHaveURL(/\/me\?notice=listing-submitted#my-submissions$/);
  await expect(page.getByRole("status").filter({ hasText: "Thank you! Your listing is sent." })).toBeVisible();
}

/** The "Your submissions" section of /me. */
export const mySubmissions = (page: Page) => page.getByRole("region", { name: "Your submissions" });

/** One entry of "Your submissions" by the listing's name. */
export const submissionItem = (page: Page, name: string): Locator => mySubmissions(page).getByRole("listitem").filter({ hasText: name });

export type ListingRow = {
  id: number;
  slug: string;
  name: string;
  status: string;
  createdById: string | null;
  lat: number;
  lng: number;
  coordDatum: string;
  addressEn: string | null;
  moq: number | null;
  phone: string | null;
  rejectionCode: string | null;
  rejectionReason: string | null;
};

const LISTING_COLUMNS = `"id", "slug", "name", "status", "createdById", "lat", "lng", "coordDatum", "addressEn", "moq", "phone", "rejectionCode", "rejectionReason"`;

export function listingByName(name: string): ListingRow | undefined {
  return e2eDb().prepare(`SELECT ${LISTING_COLUMNS} FROM "Supplier" WHERE "name" = ? ORDER BY "id" DESC`).get(name) as ListingRow | undefined;
}

export function listingById(id: number): ListingRow {
  return e2eDb().prepare(`SELECT ${LISTING_COLUMNS} FROM "Supplier" WHERE "id" = ?`).get(id) as ListingRow;
}

export function listingsCreatedBy(userId: string): number {
  return (e2eDb().prepare(`SELECT count(*) AS n FROM "Supplier" WHERE "createdById" = ?`).get(userId) as { n: number }).n;
}

export function proposalsOf(supplierId: number): { id: string; status: string; proposerId: string; changes: string }[] {
  return e2eDb().prepare(`SELECT "id", "status", "proposerId", "changes" FROM "EditProposal" WHERE "supplierId" = ?`).all(supplierId) as never;
}

/**
 * A moderator's rejection, written as rejectListing writes it (status, template code, free text,
 * and its audit row). The moderation pages are built separately; the journey test across both
 * will reject through them.
 */
export function rejectListingInDb(id: number, code: string, reason: string, moderatorId: string | null = null) {
  const db = e2eDb();
  db.prepare(`UPDATE "Supplier" SET "status" = 'REJECTED', "rejectionCode" = ?, "rejectionReason" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = 'PENDING'`).run(
    code,
    reason,
    sqlNow(),
    id,
  );
  db.prepare(
    `INSERT INTO "AuditLog" ("id", "actorId", "action", "targetType", "targetId", "reason", "before", "after", "createdAt") VALUES (?, ?, 'listing.reject', 'supplier', ?, ?, ?, ?, ?)`,
  ).run(`e2e${unique()}`, moderatorId, String(id), `${code}: ${reason}`, JSON.stringify({ status: "PENDING" }), JSON.stringify({ status: "REJECTED", rejectionCode: code, rejectionReason: reason }), sqlNow());
}

/** Deletes the listings a test created (and with them their proposals), by a name part. */
export function deleteListingsNamed(part: string) {
  e2eDb().prepare(`DELETE FROM "Supplier" WHERE "name" LIKE ? AND "isSampleData" = 0`).run(`%${part}%`);
}

export const isAction = (r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined;

/** Sends a captured server-action request again, as a script would, from `page`'s context (its cookies). */
export async function replayAction(page: Page, request: Request) {
  const headers = { ...(await request.allHeaders()) };
  delete headers["content-length"];
  // The cookies of the page replaying, not of the one that sent it first.
  delete headers.cookie;
  return page.request.fetch(request.url(), { method: "POST", headers, data: request.postDataBuffer()! });
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
