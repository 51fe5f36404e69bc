/**
 * Every test file gets its own throw-away SQLite database with the committed migrations
 * applied, so data-layer tests never share state and never touch data/app.db.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";
import { appliedMigrationRow, committedMigrations, PRISMA_MIGRATIONS_TABLE } from "./lib/migrations";

const file = path.join(os.tmpdir(), `shd-test-${randomUUID()}.db`);
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET = "test-secret-not-for-production";

const sqlite = new Database(file);
sqlite.pragma("journal_mode = WAL");
// Recorded as `prisma migrate deploy` records them, so the health check sees a current schema.
sqlite.exec(PRISMA_MIGRATIONS_TABLE);
for (const migration of committedMigrations()) {
  sqlite.exec(migration.sql);
  const [sql, params] = appliedMigrationRow(migration);
  sqlite.prepare(sql).run(...params);
}
sqlite.close();

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});
