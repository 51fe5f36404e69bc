import { expect, test } from "../fixtures";
import { fillReview, otherBrowser, reviewRow, writeReview } from "./review-page";

test("the sixth review in an hour gets the limit message, per user and per address", async ({ page, browser, baseURL, clientIp, login, createUser, createSupplier }) => {
  test.setTimeout(120_000);
  const suppliers = [];
  for (let i = 0; i < 7; i++) suppliers.push(await createSupplier());
  const user = await login();
  for (const s of suppliers.slice(0, 5)) {
    await page.goto(`/suppliers/${s.slug}`);
    await writeReview(page, { stars: 4 });
  }
  await page.goto(`/suppliers/${suppliers[5].slug}`);
  const form = await fillReview(page, { stars: 4 });
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("You have done this too often. Try again in 60 minutes.");
  expect(reviewRow(suppliers[5].id, user.id)).toBeUndefined();
  // What was typed is still there.
  await expect(form.getByLabel("Your review")).not.toHaveValue("");

  // Another account from the same address is limited too; from another address it is not.
  const sameIp = await otherBrowser(browser, baseURL!, await createUser(), clientIp);
  await sameIp.page.goto(`/suppliers/${suppliers[6].slug}`);
  const other = await fillReview(sameIp.page, { stars: 2 });
  await other.getByRole("button", { name: "Publish review" }).click();
  await expect(sameIp.page.getByRole("main").getByRole("alert")).toHaveText(/^You have done this too often\./);
  await sameIp.context.close();

  const elsewhere = await otherBrowser(browser, baseURL!, await createUser(), "2001:db8:bbbb:5::1");
  await elsewhere.page.goto(`/suppliers/${suppliers[6].slug}`);
  await writeReview(elsewhere.page, { stars: 2 });
  await elsewhere.context.close();
});
