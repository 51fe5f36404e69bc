import { e2eDb, signInThroughApi } from "../fixtures";
import { auditEntries, captureAction, clientAs, expect, expectGuarded, forge, replay, supplierRow, test, unique } from "./helpers";

// One import runs at a time: both tests are in this file, so they never run side by side.

const HEADER = "slug,name,category,district,lat,lng,phone,moq";

function csv(rows: string[]) {
  return { name: "suppliers.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, ...rows].join("\r\n") + "\r\n", "utf8") };
}

test("CSV import: a preview lists new, updated and invalid rows before anything is written; the import then applies them", async ({
  page,
  request,
  login,
  createPublishedListing,
}) => {
  test.setTimeout(120_000);
  const existing = await createPublishedListing({ name: `Import Target ${unique()}`, lat: 22.5449, lng: 114.0841 });
  const tag = unique();
  const first = `Imported Fab One ${tag}`;
  const second = `Imported Fab Two ${tag}`;
  const firstSlug = first.toLowerCase().replace(/ /g, "-");
  const secondSlug = second.toLowerCase().replace(/ /g, "-");
  const update = `${existing.slug},${existing.name},pcb-fab,futian,22.5449,114.0841,13800138000,`;
  try {
    const admin = await login({ role: "admin" });
    await page.goto("/admin/import");
    await expect(page.getByRole("heading", { level: 1, name: "CSV import" })).toBeVisible();

    // A file with a bad row: everything is listed, nothing can be imported, nothing is written.
    await page.getByLabel("CSV file").setInputFiles(csv([`,${first},pcb-fab,nanshan,22.54,113.95,,`, update, `,Bad Row ${tag},pcb-fab,futian,22.54,114.05,,lots`]));
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await expect(page.getByRole("heading", { name: "Preview of suppliers.csv" })).toBeVisible();
    const invalid = page.getByRole("region", { name: "Invalid rows (1)" });
    await expect(invalid).toContainText("Row 4");
    await expect(invalid).toContainText("Minimum order quantity: Enter a whole number.");
    await expect(page.getByRole("alert").filter({ hasText: "Nothing can be imported while the file has problems" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import:/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "New listings (1)" })).toContainText(first);
    expect(e2eDb().prepare(`SELECT count(*) AS n FROM "Supplier" WHERE "slug" = ?`).get(firstSlug)).toEqual({ n: 0 });
    expect(supplierRow(existing.id)?.phone).toBeNull();

    // The corrected file: two new listings and the phone of an existing one, shown as a diff.
    await page.goto("/admin/import");
    await page.getByLabel("CSV file").setInputFiles(csv([`,${first},pcb-fab,nanshan,22.54,113.95,,`, update, `,${second},cnc-machining,futian,22.54,114.05,,20`]));
    await page.getByRole("button", { name: "Upload and preview" }).click();
    const updates = page.getByRole("region", { name: "Listings to update (1)" });
    await expect(updates.getByRole("row", { name: /Phone/ })).toContainText("+8613800138000");
    await expect(page.getByRole("region", { name: "New listings (2)" })).toContainText(second);
    expect(supplierRow(existing.id)?.phone).toBeNull();

    await page.getByRole("button", { name: "Import: 2 new, 1 updated" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The import has started." })).toBeVisible();
    await expect(page.getByText("Completed: 2 new and 1 updated listings are published.")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("progressbar", { name: "Progress" })).toBeVisible();

    expect(supplierRow(existing.id)?.phone).toBe("+8613800138000");
    for (const slug of [firstSlug, secondSlug]) expect((await request.get(`/api/suppliers/${slug}`)).status()).toBe(200);
    await page.goto(`/suppliers/${existing.slug}`);
    await expect(page.getByRole("region", { name: "Contacts" })).toContainText("+8613800138000");

    await page.context().clearCookies();
    await signInThroughApi(page, admin);
    const entries = await auditEntries(page, { action: "CSV imported", actor: admin.email });
    const entry = entries.first();
    await entry.getByText("Before and after").click();
    await expect(entry).toContainText(firstSlug);
    await expect(entry).toContainText(existing.slug);
  } finally {
    e2eDb().prepare(`DELETE FROM "Supplier" WHERE "slug" IN (?, ?)`).run(firstSlug, secondSlug);
  }
});

test("the CSV upload and the import action refuse everyone but admins", async ({ page, browser, baseURL, login, createUser }) => {
  test.setTimeout(180_000);
  const clients = { anonymous: await clientAs(browser, baseURL!, null), member: await clientAs(browser, baseURL!, await createUser()) };
  const moderator = await clientAs(browser, baseURL!, await createUser({ role: "moderator" }));
  const tag = unique();
  const file = (name: string) => ({
    name: "one.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`slug,name,category,district,lat,lng\r\n,${name},pcb-fab,futian,22.54,114.05\r\n`),
  });
  const slugOf = (name: string) => name.toLowerCase().replace(/ /g, "-");
  const exists = (name: string) => () => (e2eDb().prepare(`SELECT count(*) AS n FROM "Supplier" WHERE "slug" = ?`).get(slugOf(name)) as { n: number }).n;
  const [first, second] = [`Guarded Import One ${tag}`, `Guarded Import Two ${tag}`];
  try {
    // The upload itself: 401 for a visitor, 403 for a member or a moderator.
    for (const [client, expected] of [
      [clients.anonymous, 401],
      [clients.member, 403],
      [moderator, 403],
    ] as const) {
      const response = await client.request.post("/api/admin/import", { multipart: { file: file(first) }, maxRedirects: 0 });
      expect(response.status()).toBe(expected);
    }

    await login({ role: "admin" });
    await page.goto("/admin/import");
    await page.getByLabel("CSV file").setInputFiles(file(first));
    await page.getByRole("button", { name: "Upload and preview" }).click();
    const start = await captureAction(page, () => page.getByRole("button", { name: "Import: 1 new, 0 updated" }).click());
    await expect(page.getByText("Completed: 1 new and 0 updated listings are published.")).toBeVisible({ timeout: 30_000 });
    expect(exists(first)()).toBe(1);

    // A second upload, previewed but not imported; its token is in the page's address.
    await page.goto("/admin/import");
    await page.getByLabel("CSV file").setInputFiles(file(second));
    await page.getByRole("button", { name: "Upload and preview" }).click();
    await expect(page.getByRole("button", { name: "Import: 1 new, 0 updated" })).toBeVisible();
    const token = new URL(page.url()).searchParams.get("upload")!;
    const body = forge(start, { upload: token });
    await replay(moderator.request, start, body);
    expect(exists(second)()).toBe(0);
    await expectGuarded(clients, start, { upload: token }, { allowed: page.request, state: exists(second), before: 0, after: 1 });
  } finally {
    e2eDb().prepare(`DELETE FROM "Supplier" WHERE "slug" IN (?, ?)`).run(slugOf(first), slugOf(second));
    for (const c of [clients.anonymous, clients.member, moderator]) await c.close();
  }
});
