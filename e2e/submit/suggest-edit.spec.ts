import { e2eDb, expect, test } from "../fixtures";
import { expectNoAxeViolations, freshMobile, mySubmissions, proposalsOf } from "./submit-page";

test("suggesting an edit stores the changed fields as a pending proposal and leaves the listing as it is", async ({ page, login, createSupplier }) => {
  test.setTimeout(90_000);
  const supplier = await createSupplier();
  const user = await login();
  await page.goto(`/suppliers/${supplier.slug}`);
  await page.getByRole("link", { name: "Suggest an edit", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/suppliers/${supplier.slug}/edit$`));
  await expect(page.getByRole("heading", { level: 1, name: `Suggest an edit: ${supplier.name}` })).toBeVisible();
  await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(supplier.name);
  await expect(page.getByLabel("Coordinates (latitude, longitude)")).toHaveValue("22.5431, 114.0579");
  await expectNoAxeViolations(page);

  // Sending it unchanged is refused with a clear message, and stores nothing.
  await page.getByRole("button", { name: "Send the suggestion" }).click();
  await expect(page.getByRole("heading", { name: "Your suggestion changes nothing. Change at least one field, or leave the page." })).toBeVisible();
  expect(proposalsOf(supplier.id)).toEqual([]);

  const phone = freshMobile();
  await page.getByLabel("Phone").fill(phone);
  await page.getByLabel("Minimum order quantity").fill("50");
  await page.getByLabel("Why this change? (optional)").fill("Called them last week.");
  await page.getByRole("button", { name: "Send the suggestion" }).click();
  await expect(page).toHaveURL(/\/me\?notice=proposal-sent#my-submissions$/);
  await expect(page.getByRole("status").filter({ hasText: "Thank you! Your suggestion is sent." })).toBeVisible();

  const item = mySubmissions(page).getByRole("listitem").filter({ hasText: supplier.name });
  await expect(item).toContainText("Waiting for review");
  await expect(item).toContainText("Changes: Phone, Minimum order quantity");
  await expect(item.getByRole("link", { name: supplier.name })).toHaveAttribute("href", `/suppliers/${supplier.slug}`);

  const [proposal] = proposalsOf(supplier.id);
  expect(proposal).toMatchObject({ status: "PENDING", proposerId: user.id });
  expect(JSON.parse(proposal.changes)).toEqual({ phone: `+86${phone}`, moq: 50 });
  // The listing itself is unchanged until a moderator approves.
  expect(e2eDb().prepare(`SELECT "phone", "moq" FROM "Supplier" WHERE "id" = ?`).get(supplier.id)).toEqual({ phone: null, moq: null });
  await page.goto(`/suppliers/${supplier.slug}`);
  await expect(page.getByRole("main")).not.toContainText(phone.slice(-4));
});
