-- Rules the app checks on every write (lib/slug.ts, lib/url.ts), kept by the database as well
-- so that no write path (an import, a script, a hand edit) can store a value the pages would
-- have to distrust. Triggers rather than CHECK constraints: a CHECK would make Prisma redefine
-- the Supplier table, which drops the hand-made search triggers. The UPDATE triggers fire only
-- when the column itself is written, so existing rows never block unrelated updates.

-- Slugs are public identifiers in URLs: lower-case ASCII letters and digits, words joined by
-- single hyphens, at most 100 characters (SLUG_PATTERN and MAX_SLUG_LENGTH in lib/slug.ts).
CREATE TRIGGER "supplier_slug_rule_insert" BEFORE INSERT ON "Supplier" WHEN (
    NEW."slug" = '' OR length(NEW."slug") > 100
    OR NEW."slug" GLOB '*[^a-z0-9-]*' OR NEW."slug" GLOB '-*' OR NEW."slug" GLOB '*-' OR NEW."slug" GLOB '*--*'
  )
BEGIN
  SELECT RAISE(ABORT, 'Supplier.slug must be lower-case letters and digits joined by single hyphens');
END;
CREATE TRIGGER "supplier_slug_rule_update" BEFORE UPDATE OF "slug" ON "Supplier" WHEN (
    NEW."slug" = '' OR length(NEW."slug") > 100
    OR NEW."slug" GLOB '*[^a-z0-9-]*' OR NEW."slug" GLOB '-*' OR NEW."slug" GLOB '*-' OR NEW."slug" GLOB '*--*'
  )
BEGIN
  SELECT RAISE(ABORT, 'Supplier.slug must be lower-case letters and digits joined by single hyphens');
END;

-- Web addresses are absolute http(s) URLs as the URL parser writes them (safeHttpUrl in
-- lib/url.ts): no other scheme, no spaces, quotes, angle brackets or control characters.
CREATE TRIGGER "supplier_website_rule_insert" BEFORE INSERT ON "Supplier"
WHEN NEW."website" IS NOT NULL AND (
    NOT (NEW."website" GLOB 'http://?*' OR NEW."website" GLOB 'https://?*')
    OR NEW."website" GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127) || ' "<>]*')
    OR length(NEW."website") > 2048
  )
BEGIN
  SELECT RAISE(ABORT, 'Supplier.website must be an http or https URL');
END;
CREATE TRIGGER "supplier_website_rule_update" BEFORE UPDATE OF "website" ON "Supplier"
WHEN NEW."website" IS NOT NULL AND (
    NOT (NEW."website" GLOB 'http://?*' OR NEW."website" GLOB 'https://?*')
    OR NEW."website" GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127) || ' "<>]*')
    OR length(NEW."website") > 2048
  )
BEGIN
  SELECT RAISE(ABORT, 'Supplier.website must be an http or https URL');
END;
CREATE TRIGGER "storelink_url_rule_insert" BEFORE INSERT ON "StoreLink"
WHEN (
    NOT (NEW."url" GLOB 'http://?*' OR NEW."url" GLOB 'https://?*')
    OR NEW."url" GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127) || ' "<>]*')
    OR length(NEW."url") > 2048
  )
BEGIN
  SELECT RAISE(ABORT, 'StoreLink.url must be an http or https URL');
END;
CREATE TRIGGER "storelink_url_rule_update" BEFORE UPDATE OF "url" ON "StoreLink"
WHEN (
    NOT (NEW."url" GLOB 'http://?*' OR NEW."url" GLOB 'https://?*')
    OR NEW."url" GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127) || ' "<>]*')
    OR length(NEW."url") > 2048
  )
BEGIN
  SELECT RAISE(ABORT, 'StoreLink.url must be an http or https URL');
END;
