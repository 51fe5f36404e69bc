/**
 * Loads FICTIONAL suppliers and reviews into an already migrated and seeded database, for load
 * and performance work:
 *
 *   npx tsx --conditions=react-server scripts/synth.ts --count 100000 [--seed 42]
 *     [--reviews-per-supplier 2] [--db path/to/file.db]
 *
 * The records come from lib/synth.ts (pure and deterministic); this file only parses arguments
 * and writes rows with better-sqlite3, bypassing Prisma because 100 000 suppliers through the
 * ORM would take minutes.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { ConfigError, getEnv } from "@/lib/env";
import {
  SYNTH_SOURCES,
  generateSupplier,
  synthReviewId,
  synthUser,
  userPoolSizeFor,
  type SynthOptions,
  type SynthSupplier,
} from "@/lib/synth";
import { CAPABILITIES, CATEGORIES } from "@/lib/taxonomy";
import { createSearchIndexer } from "@/server/search/indexer";

const USAGE =
  "usage: scripts/synth.ts --count <n> [--seed <uint32>] [--reviews-per-supplier <n>] [--db <file>]";
const BATCH_SIZE = 5_000;
const MAX_COUNT = 10_000_000;
/** ANALYZE stays in the run only while it is this cheap (it takes about 0.5 s at 100 000). */
const ANALYZE_BUDGET_MS = 5_000;

type Args = { count: number; seed: number; reviewsPerSupplier: number; dbPath: string | undefined };

class UsageError extends Error {}
class SetupError extends Error {}

// ---------------------------------------------------------------------------------------------
// Arguments

function parseWholeNumber(name: string, raw: string | undefined, fallback: number | undefined, min: number, max: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required (${USAGE})`);
    return fallback;
  }
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function parseCommandLine(argv: string[]): Args {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        count: { type: "string" },
        seed: { type: "string" },
        "reviews-per-supplier": { type: "string" },
        db: { type: "string" },
      },
    }));
  } catch (error) {
    // parseArgs explains itself in one sentence; keep only that.
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${message} (${USAGE})`);
  }
  if (values.db !== undefined && values.db.trim() === "") throw new UsageError("--db needs a file path");
  return {
    count: parseWholeNumber("count", values.count, undefined, 1, MAX_COUNT),
    seed: parseWholeNumber("seed", values.seed, 42, 0, 0xffffffff),
    reviewsPerSupplier: parseWholeNumber("reviews-per-supplier", values["reviews-per-supplier"], 2, 0, 50),
    dbPath: values.db,
  };
}

// ---------------------------------------------------------------------------------------------
// Database checks

function databasePathFor(args: Args): string {
  if (args.dbPath !== undefined) return args.dbPath;
  try {
    return getEnv().databasePath;
  } catch (error) {
    if (error instanceof ConfigError) throw new SetupError(`configuration error: ${error.message}`);
    throw error;
  }
}

function openDatabase(filePath: string): Database.Database {
  // better-sqlite3 would happily create an empty file, which only hides the real problem.
  if (!existsSync(filePath)) throw new SetupError(`no database at ${filePath}: run npm run db:migrate first`);
  return new Database(filePath, { fileMustExist: true, timeout: 5000 });
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function assertMigrated(db: Database.Database, filePath: string): void {
  for (const table of ["Supplier", "Category", "Capability", "Review", "User"]) {
    if (!tableExists(db, table)) throw new SetupError(`no ${table} table in ${filePath}: run npm run db:migrate first`);
  }
}

/** Maps every taxonomy slug to its row id; the seed is what creates those rows. */
function idsBySlug(db: Database.Database, table: "Category" | "Capability", slugs: readonly string[]): Map<string, number> {
  const rows = db.prepare(`SELECT slug, id FROM "${table}"`).all() as { slug: string; id: number }[];
  if (rows.length === 0) throw new SetupError(`the ${table} table is empty: run npm run db:seed first`);
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !ids.has(s));
  if (missing.length > 0) {
    throw new SetupError(`${table} rows missing for ${missing.join(", ")}: run npm run db:seed first`);
  }
  return ids;
}

function scalar(db: Database.Database, sql: string): number {
  const value = db.prepare(sql).pluck().get();
  return typeof value === "number" ? value : 0;
}

/**
 * The first number to use for both the id and the slug suffix. AUTOINCREMENT promises never to
 * reuse an id, so sqlite_sequence counts as well as max(id); synth slugs are checked too in case
 * rows were renumbered by hand.
 */
function firstSupplierNumber(db: Database.Database): number {
  const maxId = scalar(db, `SELECT coalesce(max(id), 0) FROM "Supplier"`);
  const sequence = tableExists(db, "sqlite_sequence")
    ? scalar(db, `SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'Supplier'`)
    : 0;
  const maxSynth = scalar(
    db,
    `SELECT coalesce(max(CAST(substr(slug, 7) AS INTEGER)), 0) FROM "Supplier" WHERE slug GLOB 'synth-[0-9]*'`,
  );
  return Math.max(maxId, sequence, maxSynth) + 1;
}

function firstReviewNumber(db: Database.Database): number {
  return (
    scalar(
      db,
      `SELECT coalesce(max(CAST(substr(id, 14) AS INTEGER)), 0) FROM "Review" WHERE id GLOB 'synth-review-[0-9]*'`,
    ) + 1
  );
}

// ---------------------------------------------------------------------------------------------
// Writing

type Statement = Database.Statement<unknown[]>;

type Statements = {
  stageSupplier: Statement;
  flushSuppliers: Statement;
  clearStage: Statement;
  category: Statement;
  capability: Statement;
  language: Statement;
  payment: Statement;
  certification: Statement;
  review: Statement;
  user: Statement;
};

const SUPPLIER_COLUMNS = [
  "id", "slug", "name", "nameZh", "nameJa", "description", "descriptionZh", "descriptionJa",
  "primaryCategoryId", "district", "addressEn", "addressZh", "lat", "lng", "coordDatum",
  "locationPrecision", "website", "email", "moq", "leadTimeDaysMin", "leadTimeDaysMax",
  "acceptsPrototypes", "acceptsSmallOrders", "openingHours", "foundedYear", "status", "statusNote",
  "isSampleData", "sources", "publishedAt", "lastVerifiedAt", "ratingAvg", "reviewCount",
  "createdAt", "updatedAt",
] as const;

const REVIEW_COLUMNS = [
  "id", "supplierId", "authorId", "rating", "title", "body", "ordered", "visitedOn", "status",
  "hiddenReason", "createdAt", "updatedAt",
] as const;

/** `table` is a quoted, optionally schema-qualified name. */
function insertSql(table: string, columns: readonly string[], verb = "INSERT"): string {
  return `${verb} INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

const STAGE_TABLE = "synth_supplier_stage";

/**
 * Supplier rows are staged in a TEMP table and moved into Supplier with one INSERT … SELECT per
 * batch, so the per-statement work of Supplier's triggers runs once per batch rather than once
 * per row. Untyped stage columns store values as bound, so Supplier's own column affinities
 * still decide the stored form.
 */
function createStage(db: Database.Database): void {
  db.exec(`DROP TABLE IF EXISTS temp."${STAGE_TABLE}"`);
  db.exec(`CREATE TEMP TABLE "${STAGE_TABLE}" (${SUPPLIER_COLUMNS.map((c) => `"${c}"`).join(", ")})`);
}

function prepareStatements(db: Database.Database): Statements {
  const prepare = (sql: string) => db.prepare<unknown[]>(sql);
  const columns = SUPPLIER_COLUMNS.map((c) => `"${c}"`).join(", ");
  return {
    stageSupplier: prepare(insertSql(`temp."${STAGE_TABLE}"`, SUPPLIER_COLUMNS)),
    flushSuppliers: prepare(
      `INSERT INTO main."Supplier" (${columns}) SELECT ${columns} FROM temp."${STAGE_TABLE}" ORDER BY rowid`,
    ),
    clearStage: prepare(`DELETE FROM temp."${STAGE_TABLE}"`),
    category: prepare(insertSql('main."SupplierCategory"', ["supplierId", "categoryId"])),
    capability: prepare(insertSql('main."SupplierCapability"', ["supplierId", "capabilityId"])),
    language: prepare(insertSql('main."SupplierLanguage"', ["supplierId", "language"])),
    payment: prepare(insertSql('main."SupplierPaymentMethod"', ["supplierId", "method"])),
    certification: prepare(insertSql('main."SupplierCertification"', ["supplierId", "certification"])),
    review: prepare(insertSql('main."Review"', REVIEW_COLUMNS)),
    user: prepare(
      insertSql('main."User"', ["id", "email", "name", "role", "status", "createdAt", "updatedAt"], "INSERT OR IGNORE"),
    ),
  };
}

/** Values in SUPPLIER_COLUMNS order, in Prisma's SQLite storage form (enums as text, 0/1). */
function supplierValues(s: SynthSupplier, primaryCategoryId: number): unknown[] {
  return [
    s.n, s.slug, s.name, s.nameZh, s.nameJa, s.description, s.descriptionZh, s.descriptionJa,
    primaryCategoryId, s.district, s.addressEn, s.addressZh, s.lat, s.lng, "WGS84",
    "EXACT", s.website, s.email, s.moq, s.leadTimeDaysMin, s.leadTimeDaysMax,
    s.acceptsPrototypes ? 1 : 0, s.acceptsSmallOrders ? 1 : 0, s.openingHours, s.foundedYear, s.status, s.statusNote,
    0, SYNTH_SOURCES, s.publishedAt, s.lastVerifiedAt, s.ratingAvg, s.reviewCount,
    s.createdAt, s.updatedAt,
  ];
}

type Counts = Record<
  "users" | "suppliers" | "categories" | "capabilities" | "languages" | "paymentMethods" | "certifications" | "reviews",
  number
>;

type Lookups = { categoryIds: Map<string, number>; capabilityIds: Map<string, number> };

/** Users exist before any review points at them; OR IGNORE makes re-runs harmless. */
function insertUsers(db: Database.Database, st: Statements, poolSize: number): number {
  return db.transaction(() => {
    let inserted = 0;
    for (let i = 1; i <= poolSize; i++) {
      const u = synthUser(i);
      inserted += st.user.run(u.id, u.email, u.name, "USER", "ACTIVE", u.createdAt, u.createdAt).changes;
    }
    return inserted;
  }).immediate();
}

/**
 * Join rows go in BEFORE their supplier, which only reaches Supplier when the batch's stage is
 * flushed; foreign keys are off for exactly this. Triggers queue each supplier for the search
 * index, which is built after the load (see run()).
 */
function writeSupplier(st: Statements, s: SynthSupplier, lookups: Lookups, counts: Counts, nextReview: () => string): void {
  const id = s.n;
  for (const c of s.categories) st.category.run(id, lookups.categoryIds.get(c)!);
  for (const c of s.capabilities) st.capability.run(id, lookups.capabilityIds.get(c)!);
  for (const l of s.languages) st.language.run(id, l);
  for (const m of s.paymentMethods) st.payment.run(id, m);
  for (const c of s.certifications) st.certification.run(id, c);
  st.stageSupplier.run(...supplierValues(s, lookups.categoryIds.get(s.primaryCategory)!));
  for (const r of s.reviews) {
    st.review.run(
      nextReview(), id, synthUser(r.authorIndex).id, r.rating, r.title, r.body, r.ordered, r.visitedOn,
      r.status, r.hiddenReason, r.createdAt, r.updatedAt,
    );
  }
  counts.suppliers++;
  counts.categories += s.categories.length;
  counts.capabilities += s.capabilities.length;
  counts.languages += s.languages.length;
  counts.paymentMethods += s.paymentMethods.length;
  counts.certifications += s.certifications.length;
  counts.reviews += s.reviews.length;
}

function totalRows(counts: Counts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

type ForeignKeyProblem = { table: string; rowid: number; parent: string };

/** Fails loudly: rows written with foreign keys off are only trustworthy once this passes. */
function checkForeignKeys(db: Database.Database): void {
  db.pragma("foreign_keys = ON");
  const problems: string[] = [];
  let total = 0;
  const rows = db.prepare("PRAGMA foreign_key_check").iterate() as IterableIterator<ForeignKeyProblem>;
  for (const row of rows) {
    total++;
    if (problems.length < 5) problems.push(`${row.table} rowid ${row.rowid} → missing ${row.parent}`);
  }
  if (total > 0) {
    throw new Error(`foreign_key_check found ${total} broken reference(s), e.g. ${problems.join("; ")}`);
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// Main

function run(args: Args): void {
  const filePath = databasePathFor(args);
  const db = openDatabase(filePath);
  try {
    assertMigrated(db, filePath);
    const lookups: Lookups = {
      categoryIds: idsBySlug(db, "Category", CATEGORIES.map((c) => c.slug)),
      capabilityIds: idsBySlug(db, "Capability", CAPABILITIES.map((c) => c.slug)),
    };
    const first = firstSupplierNumber(db);
    let reviewNumber = firstReviewNumber(db);
    const nextReview = () => synthReviewId(reviewNumber++);
    const options: SynthOptions = {
      seed: args.seed,
      reviewsPerSupplier: args.reviewsPerSupplier,
      userPoolSize: userPoolSizeFor(args.count),
    };

    // Durable enough for generated data: a crash loses at most the last batch, never the file.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("cache_size = -131072");
    db.pragma("temp_store = MEMORY");
    db.pragma("foreign_keys = OFF");

    const started = performance.now();
    createStage(db);
    const st = prepareStatements(db);
    const counts: Counts = {
      users: insertUsers(db, st, options.userPoolSize),
      suppliers: 0, categories: 0, capabilities: 0, languages: 0, paymentMethods: 0, certifications: 0, reviews: 0,
    };
    const writeBatch = db.transaction((from: number, to: number) => {
      for (let n = from; n < to; n++) writeSupplier(st, generateSupplier(n, options), lookups, counts, nextReview);
      st.flushSuppliers.run();
      st.clearStage.run();
    });
    const end = first + args.count;
    for (let from = first; from < end; from += BATCH_SIZE) {
      writeBatch.immediate(from, Math.min(from + BATCH_SIZE, end));
    }
    const loadMs = performance.now() - started;

    // The search index is built from the queue the triggers filled, in large batches.
    const indexStarted = performance.now();
    const indexed = createSearchIndexer(db).catchUp({
      batchSize: 5_000,
      onProgress: (done, left) => {
        if (done % 100_000 === 0) console.log(`synth: search index ${done} done, ${left} left`);
      },
    });
    const indexMs = performance.now() - indexStarted;

    const checkStarted = performance.now();
    checkForeignKeys(db);
    const checkMs = performance.now() - checkStarted;
    const analyzeStarted = performance.now();
    db.exec("ANALYZE");
    const analyzeMs = performance.now() - analyzeStarted;
    if (analyzeMs > ANALYZE_BUDGET_MS) {
      console.warn(`synth: ANALYZE took ${seconds(analyzeMs)} s; consider dropping it from this script`);
    }
    // A WAL grows to the size of the largest batch and keeps that size; give the space back.
    db.pragma("wal_checkpoint(TRUNCATE)");

    const rows = totalRows(counts);
    const loadS = loadMs / 1000;
    console.log(
      `synth: ${counts.suppliers} suppliers, ${rows} rows in ${seconds(loadMs)} s ` +
        `(${Math.round(counts.suppliers / loadS)} suppliers/s, ${Math.round(rows / loadS)} rows/s); ` +
        `ids ${first}–${end - 1}, seed ${args.seed}, ${filePath}`,
    );
    console.log(
      `synth: rows ${JSON.stringify(counts)}; search index ${indexed} suppliers in ${seconds(indexMs)} s; ` +
        `foreign_key_check ${seconds(checkMs)} s, ANALYZE ${seconds(analyzeMs)} s`,
    );
  } finally {
    db.close();
  }
}

function main(): void {
  let args: Args;
  try {
    args = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`synth: ${error.message}`);
    process.exit(2);
  }
  try {
    run(args);
  } catch (error) {
    console.error(`synth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

main();
