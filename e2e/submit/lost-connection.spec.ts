import { expect, test } from "../fixtures";
import { deleteListingsNamed, expectSubmittedNotice, fillListing, listingByName, submitButton, uniqueName } from "./submit-page";

const NOT_SENT = "This was not confirmed as sent: the connection failed or the site was busy. What you wrote is still here; check it and send it again.";

test("a listing whose sending fails comes back as typed, and the second try sends it", async ({ page, login }) => {
  test.setTimeout(90_000);
  const name = uniqueName("E2E Flaky Signal Works");
  await login();
  await page.goto("/submit");
  await fillListing(page, {
    name,
    nameZh: "信号不稳工厂",
    capabilities: ["SMT assembly"],
    languages: ["English"],
    moq: "50",
    source: "Met them at the Huaqiangbei market; their card lists this address.",
  });
  // A lost signal: the form's server action (a POST to the page) never reaches the server.
  const isSubmitPost = (url: URL) => url.pathname === "/submit";
  await page.route(isSubmitPost, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
  await submitButton(page).click();

  await expect(page.getByText(NOT_SENT)).toBeVisible();
  await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(name);
  await expect(page.getByLabel("Name in Chinese")).toHaveValue("信号不稳工厂");
  await expect(page.getByRole("group", { name: "Capabilities" }).getByRole("checkbox", { name: "SMT assembly", exact: true })).toBeChecked();
  await expect(page.getByLabel("Minimum order quantity")).toHaveValue("50");
  await expect(page.getByLabel("How do you know this place?")).toHaveValue("Met them at the Huaqiangbei market; their card lists this address.");
  expect(listingByName(name)).toBeUndefined();

  await page.unroute(isSubmitPost);
  await submitButton(page).click();
  await expectSubmittedNotice(page);
  expect(listingByName(name)).toMatchObject({ status: "PENDING" });
  deleteListingsNamed(name);
});
