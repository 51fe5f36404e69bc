-- Names of every supplier, whatever its status, for the "is it one of these?" check on new
-- listings and edits (the search index holds only published suppliers, and a duplicate is as
-- likely to be waiting in the moderation queue). Trigram tokens, so Chinese and Japanese names
-- match by substring; triggers keep it in step with Supplier; Prisma's schema does not model it.
CREATE VIRTUAL TABLE "supplier_name_fts" USING fts5(
  "names",
  tokenize = 'trigram remove_diacritics 1',
  content = '', contentless_delete = 1
);

INSERT INTO "supplier_name_fts" ("rowid", "names")
SELECT "id", concat_ws(' ', "name", "nameZh", "nameJa") FROM "Supplier";

CREATE TRIGGER "supplier_name_fts_after_insert" AFTER INSERT ON "Supplier" BEGIN
  INSERT INTO "supplier_name_fts" ("rowid", "names") VALUES (NEW."id", concat_ws(' ', NEW."name", NEW."nameZh", NEW."nameJa"));
END;

CREATE TRIGGER "supplier_name_fts_after_update" AFTER UPDATE OF "name", "nameZh", "nameJa" ON "Supplier" BEGIN
  DELETE FROM "supplier_name_fts" WHERE "rowid" = OLD."id";
  INSERT INTO "supplier_name_fts" ("rowid", "names") VALUES (NEW."id", concat_ws(' ', NEW."name", NEW."nameZh", NEW."nameJa"));
END;

CREATE TRIGGER "supplier_name_fts_after_delete" AFTER DELETE ON "Supplier" BEGIN
  DELETE FROM "supplier_name_fts" WHERE "rowid" = OLD."id";
END;
