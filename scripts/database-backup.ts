/**
 * Backups and restores of the SQLite database.
 *
 * A backup uses SQLite's online backup API (better-sqlite3's `.backup()`), which is safe while the
 * server writes: WAL lets it read one consistent snapshot without blocking writers. It is checked
 * (`PRAGMA integrity_check`) before it gets its final name, so a file in the backup folder is a
 * good copy. A restore goes into a stopped deployment only, after checking that the file is a
 * sound database of this app at a migration this version knows.
 */
import { copyFileSync, existsSync, fsyncSync, openSync, closeSync, readdirSync, readlinkSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { APPLIED_MIGRATIONS_SQL, committedMigrations, FAILED_MIGRATIONS_SQL, migrationProblem } from "@/lib/migrations";
import { COMPANION_SUFFIXES, ensureDirectory, restrictPermissions, StartupError, writeMarker } from "./database-file";

/** "20261125T230102.123Z": sorts by time, and has no characters file systems dislike. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "");
}

function backupPattern(databasePath: string): RegExp {
  const base = path.basename(databasePath, path.extname(databasePath)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${base}-\\d{8}T\\d{6}\\.\\d{3}Z\\.db$`);
}

/** Backups of this database in the folder, oldest first. */
export function listBackups(databasePath: string, backupDir: string): string[] {
  if (!existsSync(backupDir)) return [];
  const pattern = backupPattern(databasePath);
  return readdirSync(backupDir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => path.join(backupDir, f));
}

function integrity(sqlite: Database.Database): string {
  const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join("; ");
}

/** Copies all pages in one step: a write in between would restart a copy made in small steps. */
const ALL_PAGES = 0x7fffffff;

export async function backupDatabase({
  databasePath,
  backupDir,
  keep,
  now = new Date(),
}: {
  databasePath: string;
  backupDir: string;
  keep: number;
  now?: Date;
}): Promise<{ file: string; removed: string[] }> {
  if (!existsSync(databasePath)) throw new StartupError(`there is no database at ${databasePath} to back up`);
  ensureDirectory(backupDir);
  const file = path.join(backupDir, `${path.basename(databasePath, path.extname(databasePath))}-${stamp(now)}.db`);
  const partial = `${file}.partial`;
  const source = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new Database(partial);
  try {
    // One self-contained file: a WAL-mode copy would need -wal and -shm files to be opened.
    copy.pragma("journal_mode = DELETE");
    const result = integrity(copy);
    if (result !== "ok") throw new StartupError(`the backup failed its integrity check (${result}); ${partial} is kept for inspection`);
  } finally {
    copy.close();
  }
  renameSync(partial, file);
  restrictPermissions(file);
  const all = listBackups(databasePath, backupDir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const old of removed) rmSync(old);
  return { file, removed };
}

export type BackupFacts = { migration: string; suppliers: number };

/**
 * Checks that a file is a sound SQLite database of this app, at a migration this version knows,
 * and returns what it holds.
 */
export function checkBackupFile(file: string): BackupFacts {
  if (!existsSync(file)) throw new StartupError(`there is no file ${file}`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StartupError(`${file} cannot be opened as a SQLite database (${(error as Error).message})`);
  }
  try {
    let result: string;
    try {
      result = integrity(sqlite);
    } catch (error) {
      throw new StartupError(`${file} is not a readable SQLite database (${(error as Error).message})`);
    }
    if (result !== "ok") throw new StartupError(`${file} fails SQLite's integrity check: ${result.slice(0, 300)}`);
    const tables = new Set(sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table'`).pluck().all() as string[]);
    for (const table of ["_prisma_migrations", "Supplier", "Category"]) {
      if (!tables.has(table)) throw new StartupError(`${file} is not a database of this app (it has no ${table} table)`);
    }
    const applied = (sqlite.prepare(APPLIED_MIGRATIONS_SQL).all() as { name: string }[]).map((r) => r.name);
    const failed = (sqlite.prepare(FAILED_MIGRATIONS_SQL).all() as { name: string }[]).map((r) => r.name);
    const committed = committedMigrations().map((m) => m.name);
    const applicable = committed.slice(0, Math.max(0, ...applied.map((n) => committed.indexOf(n) + 1)));
    // An older backup is fine (start-up applies the newer migrations); unknown or failed ones are not.
    const problem = migrationProblem(applicable, applied, failed);
    if (problem || applied.length === 0) throw new StartupError(`${file} cannot be restored by this version: ${problem ?? "it has no migrations"}`);
    const suppliers = (sqlite.prepare(`SELECT count(*) FROM "Supplier"`).pluck().get() as number) ?? 0;
    return { migration: [...applied].sort().at(-1)!, suppliers };
  } finally {
    sqlite.close();
  }
}

/**
 * Processes that hold the database (or its -wal/-shm) open, found through /proc; null where there
 * is no /proc to look in.
 */
export function processesUsing(databasePath: string): number[] | null {
  if (!existsSync("/proc/self/fd")) return null;
  const targets = new Set([databasePath, ...COMPANION_SUFFIXES.map((s) => databasePath + s)]);
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or another user's
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${entry}/fd/${fd}`))) {
          pids.push(Number(entry));
          break;
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return pids;
}

export function restoreDatabase({ databasePath, backupFile, now = new Date() }: { databasePath: string; backupFile: string; now?: Date }): {
  facts: BackupFacts;
  movedAside: string | null;
  warning?: string;
} {
  const facts = checkBackupFile(backupFile);
  const users = processesUsing(databasePath);
  if (users && users.length > 0) {
    throw new StartupError(
      `the database ${databasePath} is in use by process ${users.join(", ")}: stop the server first (a restore under a running server would be overwritten or corrupted)`,
    );
  }
  const warning = users === null ? "this system has no /proc: could not check that the server is stopped" : undefined;
  ensureDirectory(path.dirname(databasePath));
  // The current files are kept, together, so their own -wal is still found if they are opened.
  let movedAside: string | null = null;
  if (existsSync(databasePath)) {
    movedAside = `${databasePath}.before-restore-${stamp(now)}`;
    renameSync(databasePath, movedAside);
    for (const suffix of COMPANION_SUFFIXES) if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, movedAside + suffix);
  }
  const incoming = `${databasePath}.restoring`;
  copyFileSync(backupFile, incoming);
  const fd = openSync(incoming, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(incoming, databasePath);
  const sqlite = new Database(databasePath, { fileMustExist: true });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  writeMarker(databasePath);
  restrictPermissions(databasePath);
  return { facts, movedAside, warning };
}
