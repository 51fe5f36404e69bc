import "server-only";
/*
 * Admins only: every exported function checks "import:listing:any" first thing.
 *
 * How a 10 000-row import stays out of everyone's way (docs/decisions/0062-csv-import.md):
 *  1. Everything is parsed, validated and compared with the database first, reading only. One
 *     bad row refuses the whole file before anything is written.
 *  2. New listings are written in chunks of short write transactions, as PENDING rows tagged
 *     with the import's job id: invisible to the public, and the moderation queue skips them.
 *     Between chunks the event loop and other writers get their turn.
 *  3. One final transaction publishes the staged rows, applies the updates, writes the audit row
 *     and completes the job: the public sees the whole import at once or not at all.
 *  A failure anywhere deletes the staged rows and marks the job FAILED: nothing else changed.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { setImmediate as nextTick } from "node:timers/promises";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { diffForDisplay, type FieldDiff, type FieldValues, type ProposedEdit } from "@/lib/listing/diff";
import type { ListingField, ListingValues } from "@/lib/listing/fields";
import { importChanges, parseImportCsvInSlices, type ImportRow, type ImportRowError, type ParsedImport } from "@/lib/listing/import";
import { listingSlugBase, nextFreeSlug } from "@/lib/listing/slug";
import { toPrismaDateTime } from "@/lib/synth";
import { assertCan, type Actor } from "@/lib/permissions";
import { LISTING_VALUES_SELECT, toListingValues } from "@/server/data/listings";
import { db } from "@/server/db";
import { withWriteLock } from "@/server/write-lock";

const LOOKUP_BATCH = 500;
export const DEFAULT_CHUNK_SIZE = 200;
/** A RUNNING job older than this died with its process; its staged rows are cleaned up. */
const STALE_JOB_MS = 60 * 60 * 1000;

type Existing = { id: number; updatedAt: Date; values: ListingValues };

type Plan = {
  parsed: ParsedImport;
  creates: { row: ImportRow; slugBase: string; explicitSlug: boolean }[];
  updates: { row: ImportRow; id: number; slug: string; updatedAt: Date; edit: ProposedEdit }[];
  unchanged: { row: number; slug: string }[];
};

async function loadExisting(slugs: string[]): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  for (let i = 0; i < slugs.length; i += LOOKUP_BATCH) {
    const rows = await db.supplier.findMany({
      where: { slug: { in: slugs.slice(i, i + LOOKUP_BATCH) } },
      select: { id: true, slug: true, updatedAt: true, ...LISTING_VALUES_SELECT },
    });
    for (const r of rows) out.set(r.slug, { id: r.id, updatedAt: r.updatedAt, values: toListingValues(r) });
  }
  return out;
}

async function planImport(csv: string): Promise<Plan> {
  const parsed = await parseImportCsvInSlices(csv);
  const existing = await loadExisting(parsed.rows.flatMap((r) => (r.slug ? [r.slug] : [])));
  const plan: Plan = { parsed, creates: [], updates: [], unchanged: [] };
  for (const row of parsed.rows) {
    const current = row.slug ? existing.get(row.slug) : undefined;
    if (row.slug && current) {
      const edit = importChanges(current.values, row, parsed.fields);
      if (Object.keys(edit.changes).length === 0) plan.unchanged.push({ row: row.row, slug: row.slug });
      else plan.updates.push({ row, id: current.id, slug: row.slug, updatedAt: current.updatedAt, edit });
    } else plan.creates.push({ row, slugBase: row.slug ?? listingSlugBase(row.values), explicitSlug: row.slug !== null });
  }
  return plan;
}

export type ImportPreview = {
  fileErrors: string[];
  invalid: { row: number; errors: { field: string; message: string }[] }[];
  /** `slug` is the one asked for; a generated one may get a -2, -3 … suffix when written. */
  creates: { row: number; slug: string; name: string }[];
  updates: { row: number; id: number; slug: string; name: string; diff: FieldDiff[] }[];
  unchanged: { row: number; slug: string }[];
};

function groupErrors(errors: ImportRowError[]): ImportPreview["invalid"] {
  const byRow = new Map<number, { field: string; message: string }[]>();
  for (const e of errors) {
    const list = byRow.get(e.row) ?? [];
    list.push({ field: e.field, message: e.message });
    byRow.set(e.row, list);
  }
  return [...byRow].map(([row, list]) => ({ row, errors: list }));
}

/** What importing the file would do, row by row. Writes nothing. */
export async function previewImport({ actor, csv }: { actor: Actor | null; csv: string }): Promise<ImportPreview> {
  assertCan(actor, "import:listing:any");
  const plan = await planImport(csv);
  return {
    fileErrors: plan.parsed.fileErrors,
    invalid: groupErrors(plan.parsed.errors),
    creates: plan.creates.map((c) => ({ row: c.row.row, slug: c.slugBase, name: c.row.values.name })),
    updates: plan.updates.map((u) => ({ row: u.row.row, id: u.id, slug: u.slug, name: u.row.values.name, diff: diffForDisplay(u.edit) })),
    unchanged: plan.unchanged,
  };
}

/** The file cannot be imported as it is; `preview` says why, row by row. */
export class ImportInvalidError extends AppError {
  constructor(readonly preview: Pick<ImportPreview, "fileErrors" | "invalid">) {
    super("BAD_REQUEST", `The file has ${preview.fileErrors.length} file problem(s) and ${preview.invalid.length} invalid row(s).`);
  }
}

export type ImportResult = {
  jobId: string;
  created: number;
  updated: number;
  unchanged: number;
  /** How long each write transaction held SQLite's write lock, for the benchmark and logs. */
  lockMs: { chunks: number[]; final: number };
};

// ---------------------------------------------------------------------------------------------
// Writing

type Sql = string | number | null;

const SCALAR_COLUMNS = [
  "name", "nameZh", "nameJa", "description", "descriptionZh", "descriptionJa", "district", "addressEn", "addressZh",
  "locationPrecision", "website", "email", "phone", "wechatId", "qq", "moq", "moqNote", "leadTimeDaysMin", "leadTimeDaysMax",
  "acceptsPrototypes", "acceptsSmallOrders", "openingHours", "foundedYear",
] as const satisfies readonly ListingField[];

/** Supplier columns of the scalar fields among `values`, in SQLite's storage form. */
function columnValues(values: FieldValues, categoryIds: Map<string, number>): Record<string, Sql> {
  const out: Record<string, Sql> = {};
  for (const field of Object.keys(values) as ListingField[]) {
    const v = values[field];
    if (field === "category") out.primaryCategoryId = categoryIds.get(v as string)!;
    else if (field === "location") {
      const p = values.location ?? null;
      out.lat = p?.lat ?? null;
      out.lng = p?.lng ?? null;
      out.coordDatum = p?.datum ?? "WGS84";
    } else if ((SCALAR_COLUMNS as readonly string[]).includes(field)) {
      out[field] = typeof v === "boolean" ? (v ? 1 : 0) : ((v as string | number | null | undefined) ?? null);
    }
  }
  return out;
}

const RELATIONS = {
  categories: { table: "SupplierCategory", column: "categoryId" },
  capabilities: { table: "SupplierCapability", column: "capabilityId" },
  languages: { table: "SupplierLanguage", column: "language" },
  paymentMethods: { table: "SupplierPaymentMethod", column: "method" },
  certifications: { table: "SupplierCertification", column: "certification" },
} as const;

class Writer {
  readonly sqlite: Database.Database;
  private readonly statements = new Map<string, Database.Statement<Sql[]>>();
  readonly categoryIds: Map<string, number>;
  readonly capabilityIds: Map<string, number>;

  constructor() {
    this.sqlite = new Database(getEnv().databasePath, { fileMustExist: true, timeout: 5000 });
    this.sqlite.pragma("foreign_keys = ON");
    const ids = (table: string) => new Map((this.sqlite.prepare(`SELECT "slug", "id" FROM "${table}"`).all() as { slug: string; id: number }[]).map((r) => [r.slug, r.id]));
    this.categoryIds = ids("Category");
    this.capabilityIds = ids("Capability");
  }

  run(sql: string, ...params: Sql[]) {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.sqlite.prepare<Sql[]>(sql);
      this.statements.set(sql, st);
    }
    return st.run(...params);
  }

  all<T>(sql: string, ...params: Sql[]): T[] {
    return this.sqlite.prepare<Sql[]>(sql).all(...params) as T[];
  }

  /** Writes the related rows of a new supplier, and replaces store links. */
  writeRelations(supplierId: number, values: FieldValues) {
    for (const [field, { table, column }] of Object.entries(RELATIONS) as [keyof typeof RELATIONS, (typeof RELATIONS)[keyof typeof RELATIONS]][]) {
      const ids = field === "categories" ? this.categoryIds : field === "capabilities" ? this.capabilityIds : null;
      for (const item of values[field] ?? []) {
        this.run(`INSERT OR IGNORE INTO "${table}" ("supplierId", "${column}") VALUES (?, ?)`, supplierId, ids ? ids.get(item)! : item);
      }
    }
    if (values.storeLinks !== undefined) {
      this.run(`DELETE FROM "StoreLink" WHERE "supplierId" = ?`, supplierId);
      for (const l of values.storeLinks) this.run(`INSERT INTO "StoreLink" ("supplierId", "kind", "url") VALUES (?, ?, ?)`, supplierId, l.kind, l.url);
    }
  }

  /**
   * Times a write transaction: BEGIN IMMEDIATE takes SQLite's write lock at once, after the
   * process's own (server/write-lock.ts), so it never waits in the busy handler for a
   * transaction of this process. The time is the transaction's, not the wait for the lock.
   */
  timed<T>(fn: () => T): Promise<{ result: T; ms: number }> {
    return withWriteLock(() => {
      const started = performance.now();
      const result = this.sqlite.transaction(fn).immediate();
      return { result, ms: performance.now() - started };
    });
  }

  close() {
    this.sqlite.close();
  }
}

const CREATE_COLUMNS = [
  "id", "slug", "primaryCategoryId", "lat", "lng", "coordDatum", ...SCALAR_COLUMNS,
  "status", "isSampleData", "createdById", "importJobId", "createdAt", "updatedAt",
] as const;

const STAGE = "import_supplier_stage";

/**
 * One chunk of new listings. Their related rows go in BEFORE the supplier row (foreign keys
 * deferred to the commit): the full-text triggers on those tables then find no supplier and do
 * nothing, and the supplier's own insert trigger indexes it once with every tag present. The
 * suppliers themselves go in with one INSERT … SELECT from a staging table: FTS5 flushes at every
 * statement, so one statement per row would write one index segment per row.
 */
function writeCreateChunk(w: Writer, chunk: Plan["creates"], jobId: string, actor: Actor, taken: Set<string>, now: string) {
  w.sqlite.pragma("defer_foreign_keys = ON");
  const [{ next }] = w.all<{ next: number }>(
    `SELECT max(coalesce((SELECT max("id") FROM "Supplier"), 0), coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = 'Supplier'), 0)) + 1 AS "next"`,
  );
  let id = next;
  const placeholders = CREATE_COLUMNS.map(() => "?").join(", ");
  for (const c of chunk) {
    let slug = c.slugBase;
    if (!c.explicitSlug || taken.has(slug)) {
      const clash = w.all<{ slug: string }>(`SELECT "slug" FROM "Supplier" WHERE "slug" = ? OR ("slug" >= ? AND "slug" < ?)`, slug, `${slug}-`, `${slug}.`);
      slug = nextFreeSlug(slug, new Set([...clash.map((r) => r.slug), ...[...taken].filter((t) => t === slug || t.startsWith(`${slug}-`))]));
    }
    taken.add(slug);
    const values = c.row.values;
    w.writeRelations(id, values);
    const cols = columnValues(values, w.categoryIds);
    const row: Record<string, Sql> = {
      ...Object.fromEntries(SCALAR_COLUMNS.map((k) => [k, null])),
      ...cols,
      id,
      slug,
      status: "PENDING",
      isSampleData: 0,
      createdById: actor.id,
      importJobId: jobId,
      createdAt: now,
      updatedAt: now,
    };
    w.run(`INSERT INTO temp."${STAGE}" VALUES (${placeholders})`, ...CREATE_COLUMNS.map((k) => row[k] ?? null));
    id++;
  }
  const columns = CREATE_COLUMNS.map((c) => `"${c}"`).join(", ");
  w.run(`INSERT INTO main."Supplier" (${columns}) SELECT ${columns} FROM temp."${STAGE}" ORDER BY rowid`);
  w.run(`DELETE FROM temp."${STAGE}"`);
}

const UPDATE_VALUES = "import_update_value";
const UPDATE_RELATIONS = "import_update_relation";

/**
 * Applies every update with a few set-based statements (one per changed column, two per related
 * table) instead of a few per row: FTS5 flushes its pending index changes at each statement, so
 * row-by-row writes to indexed columns cost several times more (docs/decisions/0062).
 */
function applyUpdates(w: Writer, updates: Plan["updates"], now: string) {
  w.sqlite.exec(`
    DROP TABLE IF EXISTS temp."${UPDATE_VALUES}"; CREATE TEMP TABLE "${UPDATE_VALUES}" ("id" INTEGER, "col" TEXT, "value");
    DROP TABLE IF EXISTS temp."${UPDATE_RELATIONS}"; CREATE TEMP TABLE "${UPDATE_RELATIONS}" ("tbl" TEXT, "op" TEXT, "supplierId" INTEGER, "value");`);
  const columns = new Set<string>();
  for (const u of updates) {
    for (const [column, value] of Object.entries(columnValues(u.edit.changes, w.categoryIds))) {
      columns.add(column);
      w.run(`INSERT INTO temp."${UPDATE_VALUES}" VALUES (?, ?, ?)`, u.id, column, value);
    }
    for (const [field, { table }] of Object.entries(RELATIONS) as [keyof typeof RELATIONS, (typeof RELATIONS)[keyof typeof RELATIONS]][]) {
      const next = u.edit.changes[field];
      if (next === undefined) continue;
      const before = u.edit.baseValues[field] ?? [];
      const ids = field === "categories" ? w.categoryIds : field === "capabilities" ? w.capabilityIds : null;
      const stored = (item: string) => (ids ? ids.get(item)! : item);
      for (const item of before.filter((x) => !next.includes(x))) w.run(`INSERT INTO temp."${UPDATE_RELATIONS}" VALUES (?, 'del', ?, ?)`, table, u.id, stored(item));
      for (const item of next.filter((x) => !before.includes(x))) w.run(`INSERT INTO temp."${UPDATE_RELATIONS}" VALUES (?, 'add', ?, ?)`, table, u.id, stored(item));
    }
    if (u.edit.changes.category !== undefined) {
      w.run(`INSERT INTO temp."${UPDATE_RELATIONS}" VALUES ('SupplierCategory', 'add', ?, ?)`, u.id, w.categoryIds.get(u.edit.changes.category)!);
    }
  }
  // Column names come from columnValues, which only emits Supplier's own columns.
  for (const column of columns) {
    w.run(`UPDATE "Supplier" SET "${column}" = v."value" FROM temp."${UPDATE_VALUES}" v WHERE v."col" = ? AND "Supplier"."id" = v."id"`, column);
  }
  for (const { table, column } of Object.values(RELATIONS)) {
    w.run(
      `DELETE FROM "${table}" WHERE ("supplierId", "${column}") IN (SELECT "supplierId", "value" FROM temp."${UPDATE_RELATIONS}" WHERE "tbl" = ? AND "op" = 'del')`,
      table,
    );
    w.run(`INSERT OR IGNORE INTO "${table}" ("supplierId", "${column}") SELECT "supplierId", "value" FROM temp."${UPDATE_RELATIONS}" WHERE "tbl" = ? AND "op" = 'add'`, table);
  }
  for (const u of updates) {
    if (u.edit.changes.storeLinks !== undefined) w.writeRelations(u.id, { storeLinks: u.edit.changes.storeLinks });
  }
  for (let i = 0; i < updates.length; i += LOOKUP_BATCH) {
    const batch = updates.slice(i, i + LOOKUP_BATCH);
    w.run(`UPDATE "Supplier" SET "updatedAt" = ? WHERE "id" IN (${batch.map(() => "?").join(", ")})`, now, ...batch.map((u) => u.id));
  }
}

/** Listings updated by someone else since the plan read them: importing over them would undo their change. */
function changedSincePlan(w: Writer, updates: Plan["updates"]): string[] {
  const out: string[] = [];
  for (let i = 0; i < updates.length; i += LOOKUP_BATCH) {
    const batch = updates.slice(i, i + LOOKUP_BATCH);
    const rows = w.all<{ id: number; updatedAt: string }>(`SELECT "id", "updatedAt" FROM "Supplier" WHERE "id" IN (${batch.map(() => "?").join(", ")})`, ...batch.map((u) => u.id));
    const now = new Map(rows.map((r) => [r.id, Date.parse(r.updatedAt)]));
    for (const u of batch) if (now.get(u.id) !== u.updatedAt.getTime()) out.push(u.slug);
  }
  return out;
}

async function discardStaged(jobId: string, error: unknown) {
  const w = new Writer();
  try {
    await w.timed(() => {
      w.run(`DELETE FROM "Supplier" WHERE "importJobId" = ? AND "status" = 'PENDING'`, jobId);
      w.run(
        `UPDATE "ImportJob" SET "status" = 'FAILED', "error" = ?, "finishedAt" = ? WHERE "id" = ?`,
        (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        toPrismaDateTime(Date.now()),
        jobId,
      );
    });
  } finally {
    w.close();
  }
}

async function runImport(jobId: string, plan: Plan, actor: Actor, chunkSize: number): Promise<ImportResult> {
  const w = new Writer();
  const lockMs: ImportResult["lockMs"] = { chunks: [], final: 0 };
  try {
    w.sqlite.exec(`DROP TABLE IF EXISTS temp."${STAGE}"; CREATE TEMP TABLE "${STAGE}" (${CREATE_COLUMNS.map((c) => `"${c}"`).join(", ")})`);
    const now = toPrismaDateTime(Date.now());
    const taken = new Set<string>();
    // Staged chunks need not survive a power cut (a dead import is discarded and redone), so their
    // commits skip the fsync; the final transaction is made durable again.
    w.sqlite.pragma("synchronous = NORMAL");
    for (let i = 0; i < plan.creates.length; i += chunkSize) {
      const chunk = plan.creates.slice(i, i + chunkSize);
      const { ms } = await w.timed(() => {
        writeCreateChunk(w, chunk, jobId, actor, taken, now);
        w.run(`UPDATE "ImportJob" SET "processed" = ? WHERE "id" = ?`, i + chunk.length, jobId);
      });
      lockMs.chunks.push(ms);
      await nextTick();
    }
    w.sqlite.pragma("synchronous = FULL");
    const { ms } = await w.timed(() => {
      const changed = changedSincePlan(w, plan.updates);
      if (changed.length > 0) throw new AppError("CONFLICT", `Changed by someone else during the import: ${changed.slice(0, 10).join(", ")}.`);
      const publishedAt = toPrismaDateTime(Date.now());
      w.run(`UPDATE "Supplier" SET "status" = 'PUBLISHED', "publishedAt" = ?, "updatedAt" = ? WHERE "importJobId" = ? AND "status" = 'PENDING'`, publishedAt, publishedAt, jobId);
      applyUpdates(w, plan.updates, publishedAt);
      const created = w.all<{ id: number; slug: string }>(`SELECT "id", "slug" FROM "Supplier" WHERE "importJobId" = ? ORDER BY "id"`, jobId);
      w.run(
        `INSERT INTO "AuditLog" ("id", "actorId", "action", "targetType", "targetId", "reason", "before", "after", "createdAt") VALUES (?, ?, 'import.apply', 'import', ?, NULL, ?, ?, ?)`,
        randomUUID(),
        actor.id,
        jobId,
        JSON.stringify({ updated: Object.fromEntries(plan.updates.map((u) => [u.slug, u.edit.baseValues])) }),
        JSON.stringify({
          counts: { created: created.length, updated: plan.updates.length, unchanged: plan.unchanged.length },
          created: created.map((c) => c.slug),
          updated: Object.fromEntries(plan.updates.map((u) => [u.slug, u.edit.changes])),
        }),
        publishedAt,
      );
      w.run(
        `UPDATE "ImportJob" SET "status" = 'COMPLETED', "processed" = "total", "created" = ?, "updated" = ?, "finishedAt" = ? WHERE "id" = ?`,
        created.length,
        plan.updates.length,
        publishedAt,
        jobId,
      );
    });
    lockMs.final = ms;
    return { jobId, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged.length, lockMs };
  } catch (error) {
    w.close();
    try {
      await discardStaged(jobId, error);
    } catch (cleanup) {
      // The import's own error says what went wrong; a failed cleanup is retried by the next import.
      console.error(`import ${jobId}: could not discard staged rows:`, cleanup);
    }
    throw error;
  } finally {
    if (w.sqlite.open) w.close();
  }
}

/**
 * Registers the job; only one import runs at a time. The job row is written before the check,
 * so two imports started together are serialised by SQLite's write lock and the second sees the
 * first. A job left RUNNING by a dead process is cleaned up first.
 */
async function createImportJob(actor: Actor, total: number): Promise<string> {
  const staleBefore = new Date(Date.now() - STALE_JOB_MS);
  for (const stale of await db.importJob.findMany({ where: { status: "RUNNING", createdAt: { lt: staleBefore } }, select: { id: true } })) {
    await discardStaged(stale.id, new Error("The import's process stopped before it finished."));
  }
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.create({ data: { actorId: actor.id, total }, select: { id: true } });
    const running = await tx.importJob.count({ where: { status: "RUNNING" } });
    if (running > 1) throw new AppError("CONFLICT", "Another import is running.");
    return job.id;
  });
}

/**
 * Validates the whole file, then starts writing it; `finished` settles when the import is
 * complete (or failed and undone). The admin page polls `getImportJob` for progress meanwhile.
 */
export async function startImport({ csv, actor, chunkSize = DEFAULT_CHUNK_SIZE }: { csv: string; actor: Actor | null; chunkSize?: number }) {
  const admin = assertCan(actor, "import:listing:any");
  const plan = await planImport(csv);
  if (plan.parsed.fileErrors.length > 0 || plan.parsed.errors.length > 0) {
    throw new ImportInvalidError({ fileErrors: plan.parsed.fileErrors, invalid: groupErrors(plan.parsed.errors) });
  }
  const jobId = await createImportJob(admin, plan.creates.length + plan.updates.length);
  const finished = runImport(jobId, plan, admin, chunkSize);
  // The caller may not wait; the failure is recorded on the job either way.
  finished.catch(() => {});
  return { jobId, finished };
}

/** Imports a file and waits for the outcome. */
export async function applyImport(options: { csv: string; actor: Actor | null; chunkSize?: number }): Promise<ImportResult> {
  const { finished } = await startImport(options);
  return finished;
}

export async function getImportJob({ actor, jobId }: { actor: Actor | null; jobId: string }) {
  assertCan(actor, "import:listing:any");
  const job = await db.importJob.findUnique({
    where: { id: jobId },
    select: { id: true, status: true, total: true, processed: true, created: true, updated: true, error: true, createdAt: true, finishedAt: true },
  });
  if (!job) throw new AppError("NOT_FOUND", `No import ${jobId}.`);
  return { ...job, createdAt: job.createdAt.toISOString(), finishedAt: job.finishedAt?.toISOString() ?? null };
}


// ---------------------------------------------------------------------------------------------
// Uploaded files between the preview and the import

/**
 * The admin page shows a preview of an uploaded file, then imports that same file when the admin
 * confirms: the file waits on disk beside the database (under `imports/`), named by a random
 * token, for a day at most. Disk rather than the database: it is a few megabytes that nothing
 * queries, and a form cannot send it back without JavaScript.
 */
const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^[a-f0-9]{32}$/;

function uploadDir(): string {
  return path.join(path.dirname(getEnv().databasePath), "imports");
}

async function removeExpiredUploads(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > UPLOAD_TTL_MS) await rm(file, { force: true });
  }
}

export type ImportUpload = { token: string; fileName: string; bytes: number; uploadedAt: string };

/** Keeps an uploaded CSV for its preview and import; returns the token that names it. */
export async function saveImportUpload({ actor, csv, fileName }: { actor: Actor | null; csv: string; fileName: string }): Promise<ImportUpload> {
  assertCan(actor, "import:listing:any");
  const dir = uploadDir();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await removeExpiredUploads(dir);
  const token = randomBytes(16).toString("hex");
  const meta: ImportUpload = { token, fileName: fileName.slice(0, 200), bytes: Buffer.byteLength(csv), uploadedAt: new Date().toISOString() };
  await writeFile(path.join(dir, `${token}.csv`), csv, { mode: 0o600 });
  await writeFile(path.join(dir, `${token}.json`), JSON.stringify(meta), { mode: 0o600 });
  return meta;
}

/** An uploaded file by its token; NOT_FOUND when the token is unknown or the file expired. */
export async function readImportUpload({ actor, token }: { actor: Actor | null; token: string }): Promise<ImportUpload & { csv: string }> {
  assertCan(actor, "import:listing:any");
  const missing = new AppError("NOT_FOUND", "No such upload; upload the file again.");
  if (!TOKEN.test(token)) throw missing;
  try {
    const meta = JSON.parse(await readFile(path.join(uploadDir(), `${token}.json`), "utf8")) as ImportUpload;
    if (Date.now() - Date.parse(meta.uploadedAt) > UPLOAD_TTL_MS) throw missing;
    return { ...meta, csv: await readFile(path.join(uploadDir(), `${token}.csv`), "utf8") };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw missing;
    throw error;
  }
}

export async function discardImportUpload({ actor, token }: { actor: Actor | null; token: string }): Promise<void> {
  assertCan(actor, "import:listing:any");
  if (!TOKEN.test(token)) return;
  for (const ext of ["csv", "json"]) await rm(path.join(uploadDir(), `${token}.${ext}`), { force: true });
}

/** The latest imports, newest first, for the import page. */
export async function findImportJobs({ actor, limit = 10 }: { actor: Actor | null; limit?: number }) {
  assertCan(actor, "import:listing:any");
  const jobs = await db.importJob.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, status: true, total: true, created: true, updated: true, createdAt: true, finishedAt: true, actor: { select: { id: true, name: true } } },
  });
  return jobs.map((j) => ({ ...j, createdAt: j.createdAt.toISOString(), finishedAt: j.finishedAt?.toISOString() ?? null }));
}
