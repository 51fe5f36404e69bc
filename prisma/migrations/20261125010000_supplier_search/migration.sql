-- Full-text search over suppliers: an FTS5 table with the trigram tokenizer, so Chinese and
-- Japanese substrings match without word segmentation. It keeps its own copy of the text
-- (rowid = Supplier.id) and triggers keep it in sync; Prisma's schema does not model it.

-- The searchable text of each supplier, in four weighted columns.
CREATE VIEW "supplier_search_doc" AS
SELECT
  s."id" AS "id",
  concat_ws(' ', s."name", s."nameZh", s."nameJa") AS "names",
  concat_ws(' ',
    (SELECT group_concat(concat_ws(' ', c."slug", c."labelEn", c."labelZh", c."labelJa"), ' ')
       FROM "SupplierCategory" sc JOIN "Category" c ON c."id" = sc."categoryId"
      WHERE sc."supplierId" = s."id"),
    (SELECT group_concat(concat_ws(' ', k."slug", k."labelEn", k."labelZh", k."labelJa"), ' ')
       FROM "SupplierCapability" sk JOIN "Capability" k ON k."id" = sk."capabilityId"
      WHERE sk."supplierId" = s."id")
  ) AS "tags",
  concat_ws(' ', s."addressEn", s."addressZh") AS "address",
  concat_ws(' ', s."description", s."descriptionZh", s."descriptionJa") AS "description"
FROM "Supplier" s;

CREATE VIRTUAL TABLE "supplier_fts" USING fts5(
  "names", "tags", "address", "description",
  tokenize = 'trigram remove_diacritics 1'
);

INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc";

CREATE TRIGGER "supplier_fts_after_insert" AFTER INSERT ON "Supplier" BEGIN
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc" WHERE "id" = NEW."id";
END;

-- Only text columns: rating updates after each review must not rewrite the index.
CREATE TRIGGER "supplier_fts_after_update"
AFTER UPDATE OF "name", "nameZh", "nameJa", "addressEn", "addressZh", "description", "descriptionZh", "descriptionJa" ON "Supplier"
BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" = OLD."id";
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc" WHERE "id" = NEW."id";
END;

CREATE TRIGGER "supplier_fts_after_delete" AFTER DELETE ON "Supplier" BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" = OLD."id";
END;

CREATE TRIGGER "supplier_fts_category_insert" AFTER INSERT ON "SupplierCategory" BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" = NEW."supplierId";
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc" WHERE "id" = NEW."supplierId";
END;

CREATE TRIGGER "supplier_fts_category_delete" AFTER DELETE ON "SupplierCategory" BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" = OLD."supplierId";
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc" WHERE "id" = OLD."supplierId";
END;

CREATE TRIGGER "supplier_fts_capability_insert" AFTER INSERT ON "SupplierCapability" BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" = NEW."supplierId";
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc" WHERE "id" = NEW."supplierId";
END;

CREATE TRIGGER "supplier_fts_capability_delete" AFTER DELETE ON "SupplierCapability" BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" = OLD."supplierId";
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc" WHERE "id" = OLD."supplierId";
END;

-- Label changes are rare (seed upserts rewrite the same values, hence the WHEN clauses).
CREATE TRIGGER "supplier_fts_category_label_update" AFTER UPDATE ON "Category"
WHEN OLD."slug" IS NOT NEW."slug" OR OLD."labelEn" IS NOT NEW."labelEn" OR OLD."labelZh" IS NOT NEW."labelZh" OR OLD."labelJa" IS NOT NEW."labelJa"
BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" IN (SELECT "supplierId" FROM "SupplierCategory" WHERE "categoryId" = NEW."id");
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc"
  WHERE "id" IN (SELECT "supplierId" FROM "SupplierCategory" WHERE "categoryId" = NEW."id");
END;

CREATE TRIGGER "supplier_fts_capability_label_update" AFTER UPDATE ON "Capability"
WHEN OLD."slug" IS NOT NEW."slug" OR OLD."labelEn" IS NOT NEW."labelEn" OR OLD."labelZh" IS NOT NEW."labelZh" OR OLD."labelJa" IS NOT NEW."labelJa"
BEGIN
  DELETE FROM "supplier_fts" WHERE "rowid" IN (SELECT "supplierId" FROM "SupplierCapability" WHERE "capabilityId" = NEW."id");
  INSERT INTO "supplier_fts" ("rowid", "names", "tags", "address", "description")
  SELECT "id", "names", "tags", "address", "description" FROM "supplier_search_doc"
  WHERE "id" IN (SELECT "supplierId" FROM "SupplierCapability" WHERE "capabilityId" = NEW."id");
END;

-- Short terms. Trigrams cannot match one- or two-character terms (深圳, 电子), so every
-- one- and two-character substring of the names is indexed as its own token in a second,
-- contentless FTS5 table: 'g' followed by the hex of its UTF-8 bytes, ASCII lower-cased as
-- LIKE compares. A lookup is then an index hit returning exactly the rows that
-- `names LIKE '%term%'` would. Category and capability labels are matched in their own small
-- tables instead (see server/search/sqlite.ts).
CREATE TABLE "search_seq" ("i" INTEGER NOT NULL PRIMARY KEY);
WITH RECURSIVE n("i") AS (SELECT 1 UNION ALL SELECT "i" + 1 FROM n WHERE "i" < 1024)
INSERT INTO "search_seq" ("i") SELECT "i" FROM n;

CREATE VIRTUAL TABLE "supplier_gram" USING fts5("grams", content = '', contentless_delete = 1);

CREATE VIEW "supplier_gram_doc" AS
SELECT s."id" AS "id",
  (SELECT group_concat(DISTINCT g."token") FROM (
     SELECT 'g' || hex(substr(x."t", q."i", 1)) AS "token"
       FROM (SELECT lower(concat_ws(' ', s."name", s."nameZh", s."nameJa")) AS "t") x
       JOIN "search_seq" q ON q."i" <= length(x."t")
      WHERE substr(x."t", q."i", 1) <> ' '
     UNION ALL
     SELECT 'g' || hex(substr(x."t", q."i", 2))
       FROM (SELECT lower(concat_ws(' ', s."name", s."nameZh", s."nameJa")) AS "t") x
       JOIN "search_seq" q ON q."i" < length(x."t")
      WHERE instr(substr(x."t", q."i", 2), ' ') = 0
  ) g) AS "grams"
FROM "Supplier" s;

INSERT INTO "supplier_gram" ("rowid", "grams") SELECT "id", "grams" FROM "supplier_gram_doc";

CREATE TRIGGER "supplier_gram_after_insert" AFTER INSERT ON "Supplier" BEGIN
  INSERT INTO "supplier_gram" ("rowid", "grams") SELECT "id", "grams" FROM "supplier_gram_doc" WHERE "id" = NEW."id";
END;

CREATE TRIGGER "supplier_gram_after_update" AFTER UPDATE OF "name", "nameZh", "nameJa" ON "Supplier" BEGIN
  DELETE FROM "supplier_gram" WHERE "rowid" = OLD."id";
  INSERT INTO "supplier_gram" ("rowid", "grams") SELECT "id", "grams" FROM "supplier_gram_doc" WHERE "id" = NEW."id";
END;

CREATE TRIGGER "supplier_gram_after_delete" AFTER DELETE ON "Supplier" BEGIN
  DELETE FROM "supplier_gram" WHERE "rowid" = OLD."id";
END;

-- "Name (A–Z)" ignores case; Prisma cannot declare a collated index.
CREATE INDEX "Supplier_status_name_nocase_idx" ON "Supplier" ("status", "name" COLLATE NOCASE);
