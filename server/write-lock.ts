import "server-only";
import { Mutex } from "async-mutex";

/**
 * One writer at a time in this process, waited for without blocking the event loop.
 *
 * SQLite lets one connection write at a time, and better-sqlite3 waits for a busy database
 * synchronously: a connection that finds the write lock taken sleeps in the busy handler on the
 * main thread, up to its timeout, and nothing else in the process runs meanwhile. Prisma's
 * interactive transactions keep the write lock across awaits, so when another connection of the
 * same process (the rate limiter's) wanted to write during one, the process stopped for the whole
 * busy timeout: the transaction could not go on to its COMMIT, and the waiting statement failed
 * with SQLITE_BUSY after five seconds (docs/decisions/0071-one-writer-per-process.md).
 *
 * Every write in this process therefore takes this lock first: Prisma's statements and
 * transactions (server/db.ts) and the rate limiter's counters (server/rate-limit.ts). Within a
 * process no connection ever meets a busy database; SQLite's busy timeout only covers other
 * processes (scripts, a second app process), which do not depend on this one's event loop.
 * Kept on globalThis because Next evaluates server modules once per bundle.
 */
const perProcess = globalThis as unknown as { sqliteWriteLock?: Mutex };
const lock = (perProcess.sqliteWriteLock ??= new Mutex());

/** Runs `fn` while holding the process's write lock (first come, first served). */
export function withWriteLock<T>(fn: () => T | Promise<T>): Promise<T> {
  return lock.runExclusive(fn);
}

/** Takes the write lock until the returned function is called (for transactions). */
export function acquireWriteLock(): Promise<() => void> {
  return lock.acquire();
}
