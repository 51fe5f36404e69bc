import { expect, test } from "../fixtures";

test("home page links to a seeded supplier whose page shows its name", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find hardware partners in Shenzhen");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Suppliers" })).toBeVisible();

  const recent = page.getByRole("region", { name: "Recently added" });
  const firstSupplier = recent.getByRole("article").first().getByRole("link").first();
  const name = (await firstSupplier.textContent())?.trim();
  expect(name).toBeTruthy();
  await firstSupplier.click();

  await expect(page).toHaveURL(/\/suppliers\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
});

test("health endpoint answers per the contract", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});
