/**
 * The search_index migration upgrades a database in place: built by the migrations before it,
 * with suppliers in it, then migrated, the application indexes the queued suppliers and every
 * search works, old search objects gone.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { EMPTY_QUERY } from "@/lib/search/query";
import { createSearchIndexer } from "./indexer";
import { createSqliteSupplierSearch, type Row } from "./sqlite";

const MIGRATION = "search_index";
const dir = path.join(process.cwd(), "prisma", "migrations");
const migrations = readdirSync(dir).filter((d) => /^\d/.test(d)).sort();
const index = migrations.findIndex((d) => d.endsWith(`_${MIGRATION}`));
const file = path.join(os.tmpdir(), `shd-migration-${randomUUID()}.db`);
const apply = (sqlite: Database.Database, names: string[]) => {
  for (const name of names) sqlite.exec(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
};

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
});

describe(`migration ${MIGRATION}`, () => {
  it("upgrades a database made by the previous migrations, with its data", async () => {
    expect(index).toBeGreaterThan(0);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    apply(sqlite, migrations.slice(0, index));
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'supplier_fts'`).get()).toBeDefined();

    // Data as the application wrote it before: the old triggers keep the old index.
    sqlite.exec(`
      INSERT INTO "Category" ("id", "slug", "labelEn", "labelZh", "labelJa") VALUES (1, 'pcb-fab', 'PCB fabrication', 'PCB 制板', '基板製造');
      INSERT INTO "Capability" ("id", "slug", "group", "labelEn", "labelZh", "labelJa") VALUES (1, 'pcb-4-layer', 'pcb', 'PCB 4 layers', '四层板', '4層基板');
      INSERT INTO "Supplier" ("id", "slug", "name", "nameZh", "primaryCategoryId", "district", "addressZh", "status", "ratingAvg", "reviewCount", "updatedAt")
        VALUES (1, 'dragon-boards', 'Dragon Boards', '龍崗電路板廠', 1, 'longgang', '深圳市龍崗區', 'PUBLISHED', 4.5, 3, '2026-01-01T00:00:00.000+00:00'),
               (2, 'nanshan-fab', 'Bay Fab', '湾区制板', 1, 'nanshan', '深圳市南山区科技园', 'PUBLISHED', 3.0, 1, '2026-01-01T00:00:00.000+00:00'),
               (3, 'hidden-fab', 'Hidden Fab', NULL, 1, 'nanshan', NULL, 'PENDING', 0, 0, '2026-01-01T00:00:00.000+00:00');
      INSERT INTO "SupplierCategory" ("supplierId", "categoryId") VALUES (1, 1), (2, 1), (3, 1);
      INSERT INTO "SupplierCapability" ("supplierId", "capabilityId") VALUES (1, 1);
    `);
    expect(sqlite.prepare(`SELECT count(*) AS n FROM supplier_fts`).get()).toEqual({ n: 3 });

    apply(sqlite, [migrations[index]]);
    const objects = sqlite.prepare(`SELECT name FROM sqlite_master WHERE name GLOB 'supplier_[fg]*' OR name = 'search_seq'`).all();
    expect(objects).toEqual([]);
    expect(sqlite.prepare(`SELECT count(*) AS n FROM search_pending`).get()).toEqual({ n: 3 });

    // What start-up (or the first search) does: index the queue.
    expect(createSearchIndexer(sqlite).catchUp()).toBe(3);
    const search = createSqliteSupplierSearch(async (sql, params) => sqlite.prepare(sql).all(...params) as Row[]);
    const slugs = async (q: string) => (await search.search({ ...EMPTY_QUERY, q, sort: "relevance" })).items.map((i) => i.slug);
    expect(await slugs("龙岗")).toEqual(["dragon-boards"]);
    expect(await slugs("南山")).toEqual(["nanshan-fab"]);
    expect(await slugs("4-layer pcb")).toEqual(["dragon-boards"]);
    expect(await slugs("longgang")).toEqual(["dragon-boards"]);
    // A name match ranks above a label match, though Dragon Boards is rated higher.
    expect(await slugs("制板")).toEqual(["nanshan-fab", "dragon-boards"]);
    expect(await slugs("hidden")).toEqual([]);

    // Writes after the upgrade are queued by the new triggers and indexed on the next catch-up.
    sqlite.prepare(`UPDATE "Supplier" SET "status" = 'PUBLISHED' WHERE "id" = 3`).run();
    createSearchIndexer(sqlite).catchUp();
    expect(await slugs("hidden")).toEqual(["hidden-fab"]);
    sqlite.close();
  });
});
