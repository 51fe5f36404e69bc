import type { Page } from "@playwright/test";
import { e2eDb, expect, test } from "../fixtures";

async function signInWithForm(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** A failed attempt through Auth.js's own endpoint; answers the error code it redirects with. */
async function failOnce(page: Page, email: string): Promise<string | null> {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "not the password at all", callbackUrl: "/" },
    maxRedirects: 0,
  });
  return new URL(res.headers().location ?? "http://x/").searchParams.get("code");
}

test.describe("sign-in", () => {
  test("the same message for an unknown address and a wrong password", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/signin");
    await signInWithForm(page, user.email, "wrong password here");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or the password is not right.");
    await expect(page.getByLabel("E-mail address")).toHaveValue(user.email);
    await signInWithForm(page, `nobody-${Date.now()}@example.test`, "wrong password here");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or the password is not right.");
  });

  test("a page that needs an account sends the visitor to sign in and back", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/me");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme$/);
    await signInWithForm(page, user.email, user.password);
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  });

  test("the sign-in page does not redirect elsewhere", async ({ page, createUser }) => {
    const user = await createUser();
    await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await signInWithForm(page, user.email, user.password);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test("failures are limited per account, with no hint of which limit", async ({ page, createUser }) => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) expect(await failOnce(page, user.email)).toBe("invalid");
    expect(await failOnce(page, user.email)).toBe("rate_limited");
    await page.goto("/signin");
    // Even the right password is refused until the window ends.
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
  });

  test("failures are limited per client address too, with the same message", async ({ page, browser, baseURL, createUser }) => {
    test.setTimeout(60_000);
    const user = await createUser();
    // Fifty wrong guesses on fifty different addresses from this test's client address.
    for (let i = 0; i < 50; i++) expect(await failOnce(page, `guess-${i}-${Date.now()}@example.test`)).toBe("invalid");
    await page.goto("/signin");
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
    // The account itself is fine: from another address it signs in.
    const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "2001:db8:eeee:2::7" } });
    const otherPage = await other.newPage();
    await otherPage.goto("/signin");
    await signInWithForm(otherPage, user.email, user.password);
    await expect(otherPage).toHaveURL(/\/$/);
    await other.close();
  });

  test("a banned account cannot sign in", async ({ page, createUser }) => {
    const user = await createUser();
    e2eDb().prepare(`UPDATE "User" SET "status" = 'BANNED' WHERE "id" = ?`).run(user.id);
    await page.goto("/signin");
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("This account is suspended.");
  });
});
