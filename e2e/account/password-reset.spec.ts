import { expect, linkFromMail, test } from "../fixtures";

test("a password reset link works once, signs other sessions out, and then not again", async ({ page, browser, baseURL, login }) => {
  const user = await login();
  // The browser signed in before the reset.
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "2001:db8:dddd:3::5" } });
  const reset = await other.newPage();
  await reset.goto("/signin");
  await reset.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(reset.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await reset.getByLabel("E-mail address").fill(user.email);
  await reset.getByRole("button", { name: "Send the link" }).click();
  await expect(reset.getByRole("status")).toContainText(`If ${user.email} has an account here`);

  const link = await linkFromMail(user.email, "/reset-password?token=");
  await reset.goto(link);
  await reset.getByLabel("New password").fill("a brand new pass phrase");
  await reset.getByRole("button", { name: "Save the new password" }).click();
  await expect(reset.getByRole("status")).toContainText("Your password is changed");

  // Used once: the same link no longer works.
  await reset.goto(link);
  await expect(reset.getByRole("main").getByRole("alert")).toHaveText("This link does not work any more: it was used already or has expired.");
  await expect(reset.getByLabel("New password")).toHaveCount(0);

  // The old password is gone, the new one works.
  await reset.goto("/signin");
  await reset.getByLabel("E-mail address").fill(user.email);
  await reset.getByLabel("Password").fill(user.password);
  await reset.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(reset.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or the password is not right.");
  await reset.getByLabel("Password").fill("a brand new pass phrase");
  await reset.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(reset).toHaveURL(/\/$/);
  await other.close();

  // The session from before the reset has ended.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme$/);
});

test("asking for a reset says the same for an unknown address and sends nothing", async ({ page }) => {
  const email = `nobody-${Date.now()}@example.test`;
  await page.goto("/forgot-password");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${email} has an account here`);
});
