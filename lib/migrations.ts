/**
 * The committed migrations (prisma/migrations/<timestamp>_<name>/migration.sql) and the table
 * in which Prisma records the ones applied to a database. The health check, the backup restore
 * and the test databases compare the two.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export type Migration = { name: string; sql: string; checksum: string };

/** In the order Prisma applies them (by name, which starts with a timestamp). */
export function committedMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d/.test(d.name))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Prisma's own bookkeeping table, as `prisma migrate deploy` creates it on SQLite. */
export const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** A row of that table recording `m` as applied, as `[sql, params]`. */
export function appliedMigrationRow(m: Migration): [string, unknown[]] {
  const now = new Date().toISOString();
  return [
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count") VALUES (?, ?, ?, ?, ?, 1)`,
    [randomUUID(), m.checksum, now, m.name, now],
  ];
}

/** Selects the names of migrations that finished and were not rolled back. */
export const APPLIED_MIGRATIONS_SQL = `SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
/** Selects migrations that started and neither finished nor were rolled back: a failed deploy. */
export const FAILED_MIGRATIONS_SQL = `SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NULL AND "rolled_back_at" IS NULL`;

/** What is wrong with a database's applied migrations compared with the committed ones, or null. */
export function migrationProblem(committed: readonly string[], applied: readonly string[], failed: readonly string[] = []): string | null {
  if (failed.length > 0) return `migration ${failed[0]} did not finish`;
  const appliedSet = new Set(applied);
  const committedSet = new Set(committed);
  const unknown = applied.filter((n) => !committedSet.has(n)).sort();
  if (unknown.length > 0) return `the database has migration ${unknown[unknown.length - 1]}, which this version does not know (is it newer?)`;
  const missing = committed.filter((n) => !appliedSet.has(n));
  if (missing.length > 0) return `the schema is behind: migration ${missing[0]} is not applied`;
  return null;
}
