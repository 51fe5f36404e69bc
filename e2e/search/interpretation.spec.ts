import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";

test.describe("search reads what people type", () => {
  test("4-layer PCB on /ja/suppliers shows the reading chips and matching suppliers; the literal link drops them", async ({ page }) => {
    await page.goto("/ja/suppliers");
    const box = page.getByRole("searchbox", { name: "サプライヤーを検索" });
    await box.fill("4-layer PCB");
    await box.press("Enter");

    await expect(page).toHaveURL((url) => url.pathname === "/ja/suppliers" && url.searchParams.get("q") === "4-layer PCB");
    const reading = page.getByRole("list", { name: "検索語の解釈" });
    await expect(reading.getByRole("listitem")).toHaveText(["対応できること：4層基板"]);
    await expect(page.getByRole("article").getByRole("link", { name: "JLCPCB / JLC Group headquarters", exact: true })).toBeVisible();

    await page.getByRole("link", { name: "「4-layer PCB」を入力どおりに検索する" }).click();

    await expect(page).toHaveURL((url) => url.searchParams.get("literal") === "1" && url.searchParams.get("q") === "4-layer PCB");
    await expect(page.getByText("入力どおりの語で検索しました（語の解釈やつづりの修正はしていません）。")).toBeVisible();
    await expect(page.getByRole("list", { name: "検索語の解釈" })).toHaveCount(0);

    // And back: reading the words again brings the chips back.
    await page.getByRole("link", { name: "語の解釈を使って検索する" }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has("literal"));
    await expect(page.getByRole("list", { name: "検索語の解釈" }).getByRole("listitem")).toHaveText(["対応できること：4層基板"]);
  });

  test("a district and a capability read together, in Chinese", async ({ page }) => {
    await page.goto(`/zh/suppliers?q=${encodeURIComponent("PCB 福田")}`);
    await expect(page.getByRole("list", { name: "搜索词的理解" }).getByRole("listitem")).toHaveText(["区：福田区"]);
    // Cards in Chinese lead with the Chinese name.
    await expect(page.getByRole("article").getByRole("link", { name: "深圳嘉立创科技集团股份有限公司" })).toBeVisible();
    await expect(page.getByRole("article").getByRole("link", { name: "深南电路" })).toHaveCount(0);
  });

  test("a misspelt word is fixed once, and the original can still be searched", async ({ page }) => {
    await page.goto("/suppliers?q=makerspase");
    await expect(page.getByText("Showing results for “makerspace”")).toBeVisible();
    await expect(page.getByRole("article").getByRole("link", { name: "Chaihuo x.factory" })).toBeVisible();
    await page.getByRole("link", { name: "Search for “makerspase” instead" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("literal") === "1");
    await expect(page.getByRole("heading", { name: "No supplier matches" })).toBeVisible();
  });

  test("an empty result offers the same words without the filters", async ({ page }) => {
    await page.goto("/suppliers?q=pcb&district=luohu");
    await expect(page.getByRole("heading", { name: "No supplier matches" })).toBeVisible();
    await page.getByRole("link", { name: "“pcb” without the filters" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "pcb" && !url.searchParams.has("district"));
    await expect(page.getByRole("article").first()).toBeVisible();
  });
});

test.describe("API documentation", () => {
  test("/api/openapi.json is an OpenAPI 3.1 document and /api-docs renders it in the reader's language", async ({ page, request }) => {
    // axe reads every one of the page's many rows; on a busy two-core machine that takes a while.
    test.setTimeout(120_000);
    const doc = await (await request.get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/suppliers");

    await page.goto("/ja/api-docs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("JSON API");
    await expect(page.getByRole("heading", { name: "GET /api/suppliers", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "SupplierList" })).toBeVisible();
    await expect(page.getByRole("link", { name: "OpenAPI ドキュメント（JSON）" })).toHaveAttribute("href", "/api/openapi.json");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("the English page is at /api-docs, the footer's link, and /api itself stays JSON", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "JSON API" }).click();
    await expect(page).toHaveURL(/\/api-docs$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("JSON API");
    const api = await request.get("/api");
    expect(api.status()).toBe(404);
    expect(api.headers()["content-type"]).toMatch(/application\/json/);
  });
});
