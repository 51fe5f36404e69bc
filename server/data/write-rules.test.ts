/**
 * The database keeps the slug and URL rules of lib/ with triggers (url_and_slug_rules
 * migration), so a write path that forgets to validate still cannot store a bad value.
 */
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { csvRow, geoJsonFeature } from "@/lib/export-format";
import { localBusinessJsonLd } from "@/lib/seo";
import { isSlug } from "@/lib/slug";
import { safeHttpUrl } from "@/lib/url";
import { db } from "@/server/db";
import { exportPublishedSuppliers } from "@/server/data/export";
import { getPublishedSupplier } from "@/server/data/suppliers";
import { databaseRuleMessage } from "@/server/http";
import { createSupplier } from "@/server/test/factories";

let sqlite: Database.Database;
let categoryId: number;

beforeAll(async () => {
  await createSupplier({ name: "Rule Keeper" });
  sqlite = new Database(getEnv().databasePath);
  categoryId = (sqlite.prepare(`SELECT "id" FROM "Category" LIMIT 1`).get() as { id: number }).id;
});
afterAll(() => sqlite.close());

/** The rule a write broke, as the trigger words it (Prisma reports it as a foreign key error). */
async function brokenRule(write: Promise<unknown>): Promise<string | null> {
  try {
    await write;
    return null;
  } catch (error) {
    return databaseRuleMessage(error);
  }
}

/** Whether the database accepts a supplier row with these values; nothing is kept. */
function accepts(values: { slug?: string; website?: string | null }): boolean {
  const insert = sqlite.prepare(
    `INSERT INTO "Supplier" ("slug", "name", "primaryCategoryId", "website", "updatedAt") VALUES (?, 'x', ?, ?, 0)`,
  );
  sqlite.exec("SAVEPOINT probe");
  try {
    insert.run(values.slug ?? "probe", categoryId, values.website ?? null);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== "SQLITE_CONSTRAINT_TRIGGER") throw error;
    return false;
  } finally {
    sqlite.exec("ROLLBACK TO probe; RELEASE probe");
  }
}

describe("slug rule", () => {
  it("refuses bad slugs on insert and on update through Prisma", async () => {
    expect(await brokenRule(createSupplier({ name: "Bad", slug: "Bad Slug" }))).toMatch(/^Supplier\.slug must/);
    expect(await brokenRule(createSupplier({ name: "Bad", slug: "../admin" }))).toMatch(/^Supplier\.slug must/);
    expect(await brokenRule(db.supplier.update({ where: { slug: "rule-keeper" }, data: { slug: "rule_keeper" } }))).toMatch(/^Supplier\.slug must/);
    await expect(db.supplier.update({ where: { slug: "rule-keeper" }, data: { slug: "rule-keeper-2" } })).resolves.toBeTruthy();
  });

  it("agrees with isSlug in lib/slug.ts on any string", () => {
    const slugish = fc.stringMatching(/^[a-z0-9-]{0,110}$/);
    fc.assert(fc.property(fc.oneof(slugish, fc.string({ maxLength: 120 })), (slug) => {
      expect(accepts({ slug }), JSON.stringify(slug)).toBe(isSlug(slug));
    }), { numRuns: 300 });
    expect(accepts({ slug: "a".repeat(100) })).toBe(true);
    expect(accepts({ slug: "a".repeat(101) })).toBe(false);
  });

  it("lets rows written before the rule be updated in their other columns", async () => {
    const trigger = sqlite.prepare(`SELECT "sql" FROM sqlite_master WHERE "name" = 'supplier_slug_rule_insert'`).pluck().get() as string;
    sqlite.exec(`DROP TRIGGER "supplier_slug_rule_insert"`);
    sqlite.prepare(`INSERT INTO "Supplier" ("slug", "name", "primaryCategoryId", "updatedAt") VALUES ('Old Slug', 'Old', ?, 0)`).run(categoryId);
    sqlite.exec(trigger);
    await expect(db.supplier.update({ where: { slug: "Old Slug" }, data: { name: "Renamed", website: "https://example.com/" } })).resolves.toBeTruthy();
  });
});

describe("URL rule", () => {
  it("refuses other schemes on insert and update, for websites and store links", async () => {
    for (const website of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "https://a.example/<script>", "https://a.example/\nx", "example.com", "https://"]) {
      expect(accepts({ website }), website).toBe(false);
    }
    const { id } = await createSupplier({ name: "Link Keeper" });
    expect(await brokenRule(db.supplier.update({ where: { id }, data: { website: "javascript:alert(1)" } }))).toMatch(/^Supplier\.website must/);
    expect(await brokenRule(db.storeLink.create({ data: { supplierId: id, kind: "TAOBAO", url: "javascript:alert(1)" } }))).toMatch(/^StoreLink\.url must/);
    const link = await db.storeLink.create({ data: { supplierId: id, kind: "TAOBAO", url: "https://shop.example/" } });
    expect(await brokenRule(db.storeLink.update({ where: { id: link.id }, data: { url: "vbscript:x" } }))).toMatch(/^StoreLink\.url must/);
  });

  it("accepts everything safeHttpUrl returns", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (input) => {
        const website = safeHttpUrl(input);
        if (website !== null) expect(accepts({ website }), website).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("rows written before the URL rule", () => {
  it("never emit a bad address: not in the API, JSON-LD, CSV or GeoJSON", async () => {
    const rules = sqlite.prepare(`SELECT "sql" FROM sqlite_master WHERE "name" IN ('supplier_website_rule_update', 'storelink_url_rule_insert')`).pluck().all() as string[];
    sqlite.exec(`DROP TRIGGER "supplier_website_rule_update"; DROP TRIGGER "storelink_url_rule_insert"`);
    try {
      const { id } = await createSupplier({ name: "Old Link Works" });
      sqlite.prepare(`UPDATE "Supplier" SET "website" = 'javascript:alert(document.cookie)' WHERE "id" = ?`).run(id);
      sqlite.prepare(`INSERT INTO "StoreLink" ("supplierId", "kind", "url") VALUES (?, 'TAOBAO', 'javascript:alert(2)'), (?, 'JD', 'https://shop.example/')`).run(id, id);
    } finally {
      for (const sql of rules) sqlite.exec(sql);
    }
    const detail = await getPublishedSupplier({ slug: "old-link-works" });
    expect(detail.contacts.website).toBeNull();
    expect(detail.contacts.stores.map((s) => s.url)).toEqual(["https://shop.example/"]);
    expect(localBusinessJsonLd({ ...detail, contacts: { ...detail.contacts, website: "javascript:alert(1)" } }, "https://x.example")).not.toHaveProperty("sameAs");

    const exported = [];
    for await (const batch of exportPublishedSuppliers()) exported.push(...batch);
    const row = exported.find((r) => r.slug === "old-link-works")!;
    expect(row.website).toBeNull();
    expect(csvRow(row, "https://x.example")).not.toMatch(/javascript/);
    expect(JSON.stringify(geoJsonFeature(row, "https://x.example"))).not.toMatch(/javascript/);
  });
});
