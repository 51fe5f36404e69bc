-- Search index, second form (docs/decisions/0003-search-sqlite-fts5.md). The tokens of each
-- published supplier are computed by the application (lib/search/document.ts): folding
-- traditional/simplified/Japanese characters and pinyin need libraries that SQL does not have.
-- Triggers only queue the suppliers whose searchable facts changed; the application indexes the
-- queue before it searches (server/search/indexer.ts), so every writer, Prisma or raw SQL,
-- keeps the index right without knowing about it.

-- The first form: trigram FTS5 kept by SQL triggers, a gram table for short terms over names.
DROP TRIGGER IF EXISTS "supplier_fts_after_insert";
DROP TRIGGER IF EXISTS "supplier_fts_after_update";
DROP TRIGGER IF EXISTS "supplier_fts_after_delete";
DROP TRIGGER IF EXISTS "supplier_fts_category_insert";
DROP TRIGGER IF EXISTS "supplier_fts_category_delete";
DROP TRIGGER IF EXISTS "supplier_fts_capability_insert";
DROP TRIGGER IF EXISTS "supplier_fts_capability_delete";
DROP TRIGGER IF EXISTS "supplier_fts_category_label_update";
DROP TRIGGER IF EXISTS "supplier_fts_capability_label_update";
DROP TRIGGER IF EXISTS "supplier_gram_after_insert";
DROP TRIGGER IF EXISTS "supplier_gram_after_update";
DROP TRIGGER IF EXISTS "supplier_gram_after_delete";
DROP VIEW IF EXISTS "supplier_search_doc";
DROP VIEW IF EXISTS "supplier_gram_doc";
DROP TABLE IF EXISTS "supplier_fts";
DROP TABLE IF EXISTS "supplier_gram";
DROP TABLE IF EXISTS "search_seq";

-- One row per PUBLISHED supplier. rowid is a key ordering suppliers best-rated first (rating,
-- then review count, then id, which is the rowid modulo 2^32), so a page in relevance or
-- rating order is the first rowids that match and the scan stops there. `tok` holds the tokens;
-- the unindexed columns are the facet signature, read back to count all facets in one pass.
CREATE VIRTUAL TABLE "search_index" USING fts5(
  "tok", "cats" UNINDEXED, "caps" UNINDEXED, "langs" UNINDEXED, "misc" UNINDEXED,
  content = '', contentless_delete = 1, contentless_unindexed = 1,
  tokenize = 'ascii'
);

-- The index's terms with their document counts: the spelling-fix dictionary reads its words.
CREATE VIRTUAL TABLE "search_vocab" USING fts5vocab("search_index", "row");

-- Which rowid each indexed supplier has, to remove it when it changes.
CREATE TABLE "search_key" ("supplierId" INTEGER NOT NULL PRIMARY KEY, "key" INTEGER NOT NULL);

-- Suppliers whose index row must be (re)built or removed.
CREATE TABLE "search_pending" ("supplierId" INTEGER NOT NULL PRIMARY KEY);

-- The document layout the index was built with; a different one makes the application rebuild.
CREATE TABLE "search_meta" ("name" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);

CREATE TRIGGER "search_pending_supplier_insert" AFTER INSERT ON "Supplier" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."id");
END;

-- Only the facts the index holds; an update that rewrites the same values queues nothing.
CREATE TRIGGER "search_pending_supplier_update" AFTER UPDATE ON "Supplier"
WHEN OLD."id" IS NOT NEW."id" OR OLD."status" IS NOT NEW."status"
  OR OLD."name" IS NOT NEW."name" OR OLD."nameZh" IS NOT NEW."nameZh" OR OLD."nameJa" IS NOT NEW."nameJa"
  OR OLD."description" IS NOT NEW."description" OR OLD."descriptionZh" IS NOT NEW."descriptionZh"
  OR OLD."descriptionJa" IS NOT NEW."descriptionJa" OR OLD."district" IS NOT NEW."district"
  OR OLD."addressEn" IS NOT NEW."addressEn" OR OLD."addressZh" IS NOT NEW."addressZh"
  OR OLD."acceptsSmallOrders" IS NOT NEW."acceptsSmallOrders" OR OLD."acceptsPrototypes" IS NOT NEW."acceptsPrototypes"
  OR OLD."ratingAvg" IS NOT NEW."ratingAvg" OR OLD."reviewCount" IS NOT NEW."reviewCount"
BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."id");
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."id");
END;

CREATE TRIGGER "search_pending_supplier_delete" AFTER DELETE ON "Supplier" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."id");
END;

-- Prisma never updates these join rows in place (it deletes and inserts), and the data_version
-- migration counts only inserts and deletes; an update by hand still bumps the version here so
-- that readers notice it.
CREATE TRIGGER "search_pending_category_insert" AFTER INSERT ON "SupplierCategory" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."supplierId");
END;
CREATE TRIGGER "search_pending_category_update" AFTER UPDATE ON "SupplierCategory" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."supplierId");
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."supplierId");
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "search_pending_category_delete" AFTER DELETE ON "SupplierCategory" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."supplierId");
END;
CREATE TRIGGER "search_pending_capability_insert" AFTER INSERT ON "SupplierCapability" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."supplierId");
END;
CREATE TRIGGER "search_pending_capability_update" AFTER UPDATE ON "SupplierCapability" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."supplierId");
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."supplierId");
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "search_pending_capability_delete" AFTER DELETE ON "SupplierCapability" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."supplierId");
END;
CREATE TRIGGER "search_pending_language_insert" AFTER INSERT ON "SupplierLanguage" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."supplierId");
END;
CREATE TRIGGER "search_pending_language_update" AFTER UPDATE ON "SupplierLanguage" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."supplierId");
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (NEW."supplierId");
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'suppliers';
END;
CREATE TRIGGER "search_pending_language_delete" AFTER DELETE ON "SupplierLanguage" BEGIN
  INSERT OR IGNORE INTO "search_pending" ("supplierId") VALUES (OLD."supplierId");
END;

-- An existing database is upgraded in place: every supplier is queued, and the application
-- indexes them at start-up (scripts/prepare-db.ts) or at the first search.
INSERT INTO "search_pending" ("supplierId") SELECT "id" FROM "Supplier";
