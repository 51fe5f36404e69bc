import { expect, test } from "../fixtures";
import { deleteListingsNamed, expectSubmittedNotice, fillListing, freshPoint, isAction, listingsCreatedBy, replayAction, submitButton, uniqueName } from "./submit-page";

test("the sixth new listing in a day gets the limit message, and keeps what was typed", async ({ page, login }) => {
  test.setTimeout(90_000);
  const user = await login();
  const name = uniqueName("E2E Limited Works");
  try {
    await page.goto("/submit");
    await fillListing(page, { name, point: freshPoint() });
    const sent = page.waitForRequest(isAction);
    await submitButton(page).click();
    const request = await sent;
    await expectSubmittedNotice(page);
    // Four more the quick way: the same request again (each one is a new pending listing).
    for (let i = 0; i < 4; i++) await replayAction(page, request);
    expect(listingsCreatedBy(user.id)).toBe(5);

    const sixth = `${name} Six`;
    await page.goto("/submit");
    await fillListing(page, { name: sixth, point: freshPoint() });
    await submitButton(page).click();
    await expect(page.getByRole("heading", { name: /^You have done this too often\. Try again in 2[34] hours\.$/ })).toBeVisible();
    await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(sixth);
    expect(listingsCreatedBy(user.id)).toBe(5);
  } finally {
    deleteListingsNamed(name);
  }
});
