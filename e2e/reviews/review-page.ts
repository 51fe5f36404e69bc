import type { Browser, Page } from "@playwright/test";
import { e2eDb, expect, signInThroughApi, type TestUser } from "../fixtures";

export const BODY = "Ordered fifty two-layer boards; they arrived in four days, well packed, and English on WeChat was fine.";

/** Opens the review form on a supplier page (the disclosure under "Reviews") and fills it in. */
export async function fillReview(page: Page, { stars, body = BODY, ordered, visited }: { stars: number; body?: string; ordered?: string; visited?: string }) {
  const reviews = page.getByRole("region", { name: "Reviews" });
  const details = reviews.locator("details").filter({ has: page.locator("summary", { hasText: /^(Write a review|Edit your review)$/ }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  const form = details.locator("form");
  await form.getByRole("radio", { name: `${stars} ${stars === 1 ? "star" : "stars"}`, exact: true }).check({ force: true });
  await form.getByLabel("Your review").fill(body);
  if (ordered !== undefined) await form.getByLabel("What you ordered (optional)").fill(ordered);
  if (visited !== undefined) await form.getByLabel("When (optional)").fill(visited);
  return form;
}

/** Writes (or, when one exists, edits) the signed-in user's review and waits for the notice. */
export async function writeReview(page: Page, review: Parameters<typeof fillReview>[1], notice = /your review is (published|updated)/i) {
  const form = await fillReview(page, review);
  await form.getByRole("button", { name: /^(Publish review|Save changes)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: notice })).toBeVisible();
}

export function ratingRegion(page: Page) {
  return page.getByRole("region", { name: "Rating" });
}

/** A second browser, signed in as another user, from another (or the same) client address. */
export async function otherBrowser(browser: Browser, baseURL: string, user: TestUser, ip: string) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await signInThroughApi(page, user);
  return { context, page };
}

export function reviewRow(supplierId: number, authorId: string) {
  return e2eDb().prepare(`SELECT "id", "rating", "body" FROM "Review" WHERE "supplierId" = ? AND "authorId" = ?`).get(supplierId, authorId) as
    | { id: string; rating: number; body: string }
    | undefined;
}

/** A review written straight into the database, with the supplier's rating columns set to match. */
export function insertReview(supplierId: number, authorId: string, rating: number, body = BODY): string {
  const id = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const db = e2eDb();
  const now = new Date().toISOString().replace("Z", "+00:00");
  db.prepare(
    `INSERT INTO "Review" ("id", "supplierId", "authorId", "rating", "body", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 'VISIBLE', ?, ?)`,
  ).run(id, supplierId, authorId, rating, body, now, now);
  db.prepare(
    `UPDATE "Supplier" SET "ratingAvg" = (SELECT avg("rating") FROM "Review" WHERE "supplierId" = ? AND "status" = 'VISIBLE'),
       "reviewCount" = (SELECT count(*) FROM "Review" WHERE "supplierId" = ? AND "status" = 'VISIBLE') WHERE "id" = ?`,
  ).run(supplierId, supplierId, supplierId);
  return id;
}
