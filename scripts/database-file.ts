/**
 * The database file as start-up, backup and restore see it: where it is, whether one existed
 * here before, whether it can be written, and who may read it. No Prisma here: these checks run
 * before any migration.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** A start-up problem an operator must fix; its message says what happened and what to do. */
export class StartupError extends Error {
  override name = "StartupError";
}

/** Files SQLite keeps beside the database in WAL mode. */
export const COMPANION_SUFFIXES = ["-wal", "-shm"] as const;

/**
 * Written beside the database the first time it is created and seeded. Its presence is how a
 * later start knows that a database existed here, so a missing or emptied file is an incident
 * to report, not a first start to seed. A dot file, so that `rm data/app.db*` or `rm data/*`
 * does not take it along with the database.
 */
export function markerPath(databasePath: string): string {
  return path.join(path.dirname(databasePath), `.${path.basename(databasePath)}.initialized`);
}

function markerCreatedAt(databasePath: string): string | null {
  try {
    const text = readFileSync(markerPath(databasePath), "utf8");
    return /^created (\S+)/m.exec(text)?.[1] ?? "an earlier start";
  } catch {
    return null;
  }
}

export function writeMarker(databasePath: string) {
  if (existsSync(markerPath(databasePath))) return;
  writeFileSync(
    markerPath(databasePath),
    `created ${new Date().toISOString()}\n` +
      `This file records that ${path.basename(databasePath)} was created here. While it exists, the server\n` +
      `refuses to start on a missing or emptied database instead of quietly creating a new one.\n` +
      `Restore a backup (npm run db:restore -- FILE), or start with --init to accept an empty one.\n`,
    { mode: 0o600 },
  );
}

/**
 * Creates missing folders one level at a time, owner-only: Node's recursive mkdir spins forever
 * on some pseudo file systems (a DATABASE_URL under /proc hung start-up instead of failing).
 */
export function ensureDirectory(dir: string) {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) mkdirSync(d, { mode: 0o700 });
}

/** Users, sessions and e-mail addresses live in these files: owner-only, whatever the umask. */
export function restrictPermissions(databasePath: string) {
  for (const file of [databasePath, ...COMPANION_SUFFIXES.map((s) => databasePath + s), markerPath(databasePath)]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}

const incidentAdvice =
  "It may have been deleted, or its disk is not mounted. Restore a backup (npm run db:restore -- FILE), " +
  "or start with --init (or INIT_DATABASE=1) to create a new, empty one.";

/**
 * Finds the database file, or creates an empty one (owner-only) when none existed here before
 * or `init` allows it. Returns whether it was created now.
 */
export function findOrCreateDatabaseFile(databasePath: string, { init }: { init: boolean }): { created: boolean } {
  if (existsSync(databasePath)) return { created: false };
  const before = markerCreatedAt(databasePath);
  if (before && !init) {
    throw new StartupError(`there is no database at ${databasePath}, but one was created there (${before}). ${incidentAdvice}`);
  }
  try {
    ensureDirectory(path.dirname(databasePath));
    closeSync(openSync(databasePath, "wx", 0o600));
  } catch (error) {
    throw new StartupError(`cannot create the database file ${databasePath} (${(error as Error).message}). Check DATABASE_URL.`);
  }
  return { created: true };
}

/** The SQLite error codes that mean "this process may not write here". */
const READ_ONLY = /^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/;

/**
 * Opens the file, proves that this process can write to it (and create the -wal and -shm files
 * beside it), and switches it to WAL. A read-only file or folder is reported as such: left to
 * the migration, it surfaced as "External error id#0".
 */
export function openForWriting(databasePath: string) {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(databasePath, { fileMustExist: true, timeout: 5000 });
    // Takes the write lock and gives it back: fails at once on a read-only file, folder or mount.
    sqlite.exec("BEGIN IMMEDIATE; ROLLBACK");
    // WAL lets readers run while a write is in progress; the mode is stored in the file.
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const who = typeof process.getuid === "function" ? ` (user id ${process.getuid()})` : "";
    if (READ_ONLY.test(code) || code === "EACCES" || code === "EROFS") {
      throw new StartupError(
        `the database ${databasePath} is read-only for this process${who}: ${(error as Error).message} [${code}]. ` +
          `The server writes to the file and creates ${path.basename(databasePath)}-wal and -shm beside it, so the file ` +
          `and its folder must be writable by the user running it (check owner, permissions and read-only mounts).`,
      );
    }
    throw new StartupError(`cannot open the database ${databasePath}: ${(error as Error).message}${code ? ` [${code}]` : ""}`);
  } finally {
    sqlite?.close();
  }
}

function tableCount(sqlite: Database.Database, table: string): number | null {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE "type" = 'table' AND "name" = ?`).get(table);
  if (!exists) return null;
  return (sqlite.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM "${table}" LIMIT 1)`).get() as { n: number }).n;
}

/**
 * Refuses a database that a marker says was set up here but that has lost its schema or its
 * data (a file truncated or replaced by an empty one): migrating and seeding it would hide the
 * loss behind a healthy-looking sample directory.
 */
export function checkNotEmptied(databasePath: string, { init, stage }: { init: boolean; stage: "before-migrations" | "after-migrations" }) {
  const before = markerCreatedAt(databasePath);
  if (!before || init) return;
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    if (stage === "before-migrations") {
      if (tableCount(sqlite, "_prisma_migrations") === null) {
        throw new StartupError(`the database ${databasePath} has no tables, but it was set up before (${before}). ${incidentAdvice}`);
      }
    } else if (!tableCount(sqlite, "Category") && !tableCount(sqlite, "Supplier")) {
      throw new StartupError(`the database ${databasePath} has no suppliers and no categories, but it was set up before (${before}). ${incidentAdvice}`);
    }
  } finally {
    sqlite.close();
  }
}
