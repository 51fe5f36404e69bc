import { expect, test } from "../fixtures";
import { deleteListingsNamed, expectSubmittedNotice, freshPoint, listingByName, uniqueName } from "./submit-page";

test("a listing can be submitted with the keyboard alone", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login();
  const name = uniqueName("E2E Keyboard Works");
  const point = freshPoint();
  try {
    await page.goto("/submit");
    await page.getByLabel("Name (English or Latin letters)").focus();
    await page.keyboard.type(name);
    // Selects change with the arrow keys; boxes tick with Space.
    await page.getByLabel("Main category").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Main category")).toHaveValue("makerspace");
    await page.getByRole("group", { name: "Languages spoken" }).getByRole("checkbox", { name: "English" }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("group", { name: "Languages spoken" }).getByRole("checkbox", { name: "English" })).toBeChecked();
    await page.getByLabel("District").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("District")).toHaveValue("futian");
    // Enter in the coordinates field places the pin instead of sending the half-filled form.
    await page.getByLabel("Coordinates (latitude, longitude)").focus();
    await page.keyboard.type(`${point.lat}, ${point.lng}`);
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Pin at ${point.lat.toFixed(6)}, ${point.lng.toFixed(6)} (WGS-84)`)).toBeVisible();
    await expect(page).toHaveURL(/\/submit$/);
    await page.getByLabel("How do you know this place?").focus();
    await page.keyboard.type("I work two streets away and buy parts there.");
    // From the last field, Tab reaches the button and Enter sends.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Submit for review" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expectSubmittedNotice(page);
    expect(listingByName(name)).toMatchObject({ status: "PENDING" });
  } finally {
    deleteListingsNamed(name);
  }
});
