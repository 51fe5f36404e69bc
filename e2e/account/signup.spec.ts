import { e2eDb, expect, linkFromMail, mailsTo, test } from "../fixtures";

const PASSWORD = "violet tram 42 dumplings";
const freshEmail = (tag: string) => `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;

test.describe("sign-up", () => {
  const created: string[] = [];
  test.afterEach(() => {
    for (const email of created.splice(0)) e2eDb().prepare(`DELETE FROM "User" WHERE "email" = ?`).run(email);
  });

  test("sign up, confirm the address with the link from the outbox, sign in", async ({ page }) => {
    const email = freshEmail("signup");
    created.push(email);
    await page.goto("/signup");
    await page.getByLabel("Display name (optional)").fill("Mei Lin");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText(`we sent an e-mail to ${email}`);

    const link = await linkFromMail(email, "/verify-email?token=");
    expect(mailsTo(email)[0].subject).toBe("Confirm your e-mail address for Shenzhen Hardware Directory");
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my address" }).click();
    await expect(page.getByRole("status")).toContainText("Your e-mail address is confirmed.");
    // The link is single-use.
    await page.goto(link);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This link does not work any more");

    await page.goto("/signin");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    const menu = page.getByRole("banner").getByText("Mei Lin");
    await expect(menu).toBeVisible();
    await menu.click();
    await page.getByRole("link", { name: "Your account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Account", exact: true })).toContainText("Confirmed");
    await expect(page.getByTestId("account-role")).toHaveText("Member");

    await page.getByRole("banner").getByText("Mei Lin").click();
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("refuses a common password and keeps what was typed", async ({ page }) => {
    const email = freshEmail("common");
    await page.goto("/signup");
    await page.getByLabel("Display name (optional)").fill("Ken");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This password is on a list of commonly used passwords.")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue(email);
    await expect(page.getByLabel("Display name (optional)")).toHaveValue("Ken");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    expect(e2eDb().prepare(`SELECT count(*) AS n FROM "User" WHERE "email" = ?`).get(email)).toEqual({ n: 0 });
  });

  test("an address that has an account gets the same answer, and its owner a note", async ({ page, createUser }) => {
    const existing = await createUser();
    await page.goto("/signup");
    await page.getByLabel("E-mail address").fill(existing.email);
    await page.getByLabel("Password").fill("another fine pass phrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText(`we sent an e-mail to ${existing.email}`);
    await expect.poll(() => mailsTo(existing.email).map((m) => m.subject)).toContain("Someone tried to sign up with your address at Shenzhen Hardware Directory");
    expect(e2eDb().prepare(`SELECT count(*) AS n FROM "User" WHERE "email" = ?`).get(existing.email)).toEqual({ n: 1 });
  });

  test("a filled honeypot is refused", async ({ page }) => {
    const email = freshEmail("bot");
    await page.goto("/signup");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.locator('input[name="website"]').fill("http://spam.example", { force: true });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Something went wrong");
    expect(e2eDb().prepare(`SELECT count(*) AS n FROM "User" WHERE "email" = ?`).get(email)).toEqual({ n: 0 });
  });
});

test.describe("sign-up without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the errors and keeps what was typed", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Display name (optional)").fill("No Script");
    await page.getByLabel("E-mail address").fill("not-an-address");
    await page.getByLabel("Password").fill("violet tram 42 dumplings");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter an e-mail address like name@example.com.")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-address");
    await expect(page.getByLabel("Display name (optional)")).toHaveValue("No Script");
  });
});
