import type { Request } from "@playwright/test";
import { expect, test } from "../fixtures";
import { BODY, insertReview, otherBrowser, reviewRow } from "./review-page";

/**
 * Editing and deleting are checked on the server: another user sees no controls for someone
 * else's review, and replaying their own edit or delete request with the other review's id
 * changes nothing.
 */
test("a second user can neither edit nor delete the first user's review, through the UI or by replaying the request", async ({
  page,
  browser,
  baseURL,
  login,
  createUser,
  createSupplier,
}) => {
  test.setTimeout(60_000);
  const supplier = await createSupplier();
  const first = await createUser({ name: "First Author" });
  const firstReviewId = insertReview(supplier.id, first.id, 5, "The first author's review, which nobody else may change.");

  const second = await login({ name: "Second Author" });
  await page.goto(`/suppliers/${supplier.slug}`);
  const reviews = page.getByRole("region", { name: "Reviews" });
  const firstItem = reviews.getByRole("listitem").filter({ hasText: "by First Author" });
  await expect(firstItem).toBeVisible();
  // Someone else's review offers a report, never edit or delete.
  await expect(firstItem.getByText(/edit|delete/i)).toHaveCount(0);
  await expect(firstItem.locator("summary")).toHaveText("Report the review by First Author");

  // The second user writes, then edits their own review; the edit request is captured.
  const secondReviewId = insertReview(supplier.id, second.id, 3, BODY);
  await page.reload();
  await reviews.getByText("Edit your review", { exact: true }).click();
  await reviews.getByLabel("Your review").fill("The second author's own edit, which is allowed and goes through.");
  const isAction = (r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined;
  const editRequest = page.waitForRequest(isAction);
  await reviews.getByRole("button", { name: "Save changes" }).click();
  const edit = await editRequest;
  await expect(page.getByRole("status").filter({ hasText: "Your review is updated." })).toBeVisible();

  const replay = async (request: Request) => {
    const body = request.postDataBuffer()!.toString("latin1");
    expect(body).toContain(secondReviewId);
    const forged = Buffer.from(body.replaceAll(secondReviewId, firstReviewId), "latin1");
    const headers = { ...(await request.allHeaders()) };
    delete headers["content-length"];
    return page.request.fetch(request.url(), { method: "POST", headers, data: forged });
  };

  // Replay the edit with the first user's review id: refused, nothing changes.
  await replay(edit);
  expect(reviewRow(supplier.id, first.id)).toMatchObject({ id: firstReviewId, rating: 5, body: "The first author's review, which nobody else may change." });

  // Same for delete.
  await reviews.getByText("Delete your review", { exact: true }).click();
  const deleteRequest = page.waitForRequest(isAction);
  await reviews.getByRole("button", { name: "Delete for good" }).click();
  const del = await deleteRequest;
  await expect(page.getByRole("status").filter({ hasText: "Your review is deleted." })).toBeVisible();
  expect(reviewRow(supplier.id, second.id)).toBeUndefined();
  await replay(del);
  expect(reviewRow(supplier.id, first.id)).toMatchObject({ id: firstReviewId, rating: 5 });

  // And the first author, signing in, still finds their review and may edit it.
  const owner = await otherBrowser(browser, baseURL!, first, "2001:db8:cccc:4::3");
  await owner.page.goto(`/suppliers/${supplier.slug}`);
  await expect(owner.page.getByRole("region", { name: "Reviews" }).getByText("Edit your review", { exact: true })).toBeVisible();
  await owner.context.close();
});
