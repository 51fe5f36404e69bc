/**
 * Every test file gets its own throw-away SQLite database with the committed migrations
 * applied, so data-layer tests never share state and never touch data/app.db.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";

const file = path.join(os.tmpdir(), `shd-test-${randomUUID()}.db`);
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET = "test-secret-not-for-production";

const migrations = path.join(process.cwd(), "prisma", "migrations");
const sqlite = new Database(file);
sqlite.pragma("journal_mode = WAL");
for (const dir of readdirSync(migrations).filter((d) => /^\d/.test(d)).sort()) {
  sqlite.exec(readFileSync(path.join(migrations, dir, "migration.sql"), "utf8"));
}
sqlite.close();

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});
