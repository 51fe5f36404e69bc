import { expect, test } from "../fixtures";
import { deleteListingsNamed, expectNoAxeViolations, expectSubmittedNotice, fillListing, freshPoint, listingByName, submitButton } from "./submit-page";

test.describe("duplicates before saving", () => {
  test.describe.configure({ timeout: 90_000 });
  const names: string[] = [];
  test.afterAll(() => names.forEach(deleteListingsNamed));

  test("a near-copy of a seeded listing asks “is it one of these?” and leads to that listing's edit page", async ({ page, login }) => {
    await login();
    const name = "Seeed Studio Co., Ltd.";
    await page.goto("/submit");
    await fillListing(page, { name, nameZh: "深圳市矽递科技有限公司", category: "PCB assembly", district: "Nanshan", point: freshPoint(), website: "https://www.seeedstudio.com/about" });
    await submitButton(page).click();

    const question = page.getByRole("region", { name: "Is it one of these?" });
    await expect(question.getByRole("heading", { name: "Is it one of these?" })).toBeFocused();
    const candidate = question.getByRole("listitem").filter({ hasText: "Seeed Studio" });
    await expect(candidate).toContainText("Similar name");
    await expect(candidate).toContainText("Same website");
    await expect(candidate.getByRole("link", { name: "Open Seeed Studio" })).toHaveAttribute("href", "/suppliers/seeed-studio");
    // Nothing is saved yet, and nothing typed is lost.
    expect(listingByName(name)).toBeUndefined();
    await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(name);
    await expect(page.getByLabel("Website")).toHaveValue("https://www.seeedstudio.com/about");
    await expect(page.getByLabel("District")).toHaveValue("nanshan");
    await expectNoAxeViolations(page);

    await candidate.getByRole("link", { name: "Suggest an edit to Seeed Studio" }).click();
    await expect(page).toHaveURL(/\/suppliers\/seeed-studio\/edit$/);
    await expect(page.getByRole("heading", { level: 1, name: "Suggest an edit: Seeed Studio" })).toBeVisible();
    await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue("Seeed Studio");
    await expect(page.getByLabel("Website")).toHaveValue("https://seeedstudio.com");
  });

  test("“no, it is a different place” sends the same values and saves the listing", async ({ page, login, createSupplier }) => {
    const existing = await createSupplier();
    await login();
    const name = `${existing.name} Annex`;
    names.push(name);
    await page.goto("/submit");
    // Eleven metres from the existing fab, in the same category, with a name containing its name.
    await fillListing(page, {
      name,
      category: "PCB fabrication",
      district: "Futian",
      point: { lat: 22.5432, lng: 114.0579 },
      capabilities: ["SMT assembly"],
      languages: ["Japanese"],
      source: "Walked past it on the way to the market.",
    });
    await submitButton(page).click();
    const question = page.getByRole("region", { name: "Is it one of these?" });
    const candidate = question.getByRole("listitem").filter({ hasText: existing.name });
    await expect(candidate).toContainText("Similar name");
    await expect(candidate).toContainText(/Within 1\d m in the same category/);

    // The form came back with every value, ticked boxes and the point included.
    await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(name);
    await expect(page.getByRole("group", { name: "Capabilities" }).getByRole("checkbox", { name: "SMT assembly" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Languages spoken" }).getByRole("checkbox", { name: "Japanese" })).toBeChecked();
    await expect(page.getByLabel("Coordinates (latitude, longitude)")).toHaveValue("22.543200, 114.057900");
    await expect(page.getByLabel("How do you know this place?")).toHaveValue("Walked past it on the way to the market.");

    await question.getByRole("button", { name: "No, it is a different place: submit it" }).click();
    await expectSubmittedNotice(page);
    const row = listingByName(name)!;
    expect(row).toMatchObject({ status: "PENDING", coordDatum: "WGS84" });
    expect(row.lat).toBeCloseTo(22.5432, 6);
  });
});
