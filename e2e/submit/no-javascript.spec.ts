import { expect, test } from "../fixtures";
import { deleteListingsNamed, expectSubmittedNotice, fillListing, listingByName, submitButton } from "./submit-page";

test.use({ javaScriptEnabled: false });

test.describe("the listing form without JavaScript", () => {
  test.describe.configure({ timeout: 90_000 });
  const names: string[] = [];
  test.afterAll(() => names.forEach(deleteListingsNamed));

  test("an error keeps every value; the duplicates question and “no, it is new” work as plain form posts", async ({ page, login, createSupplier }) => {
    const existing = await createSupplier();
    await login();
    const name = `${existing.name} Works`;
    names.push(name);
    await page.goto("/submit");
    await fillListing(page, {
      name,
      nameZh: "无脚本电子",
      category: "PCB fabrication",
      district: "Futian",
      point: { lat: 22.5433, lng: 114.058 },
      datum: "GCJ02",
      website: "ftp://files.example.com",
      capabilities: ["SMT assembly", "Mould making"],
      languages: ["Korean"],
      moq: "20",
    });
    await page.getByRole("group", { name: "Makes prototypes" }).getByRole("radio", { name: "Yes" }).check();
    await submitButton(page).click();

    // The server answers with the page: the summary, the message beside the field, and everything typed.
    await expect(page.getByRole("heading", { name: "Please fix 1 field" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Website: Enter a web address starting with http:// or https://." })).toHaveAttribute("href", "#lf-website");
    await expect(page.getByLabel("Website")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Website")).toHaveValue("ftp://files.example.com");
    await expect(page.getByLabel("Name (English or Latin letters)")).toHaveValue(name);
    await expect(page.getByLabel("Name in Chinese")).toHaveValue("无脚本电子");
    await expect(page.getByLabel("Main category")).toHaveValue("pcb-fab");
    await expect(page.getByLabel("District")).toHaveValue("futian");
    await expect(page.getByLabel("Copied from")).toHaveValue("GCJ02");
    await expect(page.getByLabel("Coordinates (latitude, longitude)")).not.toHaveValue("");
    await expect(page.getByRole("group", { name: "Capabilities" }).getByRole("checkbox", { name: "SMT assembly" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Capabilities" }).getByRole("checkbox", { name: "Mould making" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Languages spoken" }).getByRole("checkbox", { name: "Korean" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Makes prototypes" }).getByRole("radio", { name: "Yes" })).toBeChecked();
    await expect(page.getByLabel("Minimum order quantity")).toHaveValue("20");
    await expect(page.getByLabel("How do you know this place?")).toHaveValue("Visited their office in March and ordered boards.");
    expect(listingByName(name)).toBeUndefined();

    await page.getByLabel("Website").fill("https://no-js-works.example");
    await submitButton(page).click();
    const question = page.getByRole("region", { name: "Is it one of these?" });
    await expect(question.getByRole("listitem").filter({ hasText: existing.name })).toBeVisible();
    await expect(page.getByLabel("Website")).toHaveValue("https://no-js-works.example");
    expect(listingByName(name)).toBeUndefined();

    await question.getByRole("button", { name: "No, it is a different place: submit it" }).click();
    await expectSubmittedNotice(page);
    const row = listingByName(name)!;
    expect(row).toMatchObject({ status: "PENDING", coordDatum: "GCJ02" });
    expect(row.lat).toBeCloseTo(22.5433, 5);
    expect(row.lng).toBeCloseTo(114.058, 5);
  });
});
