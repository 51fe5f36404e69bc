import "server-only";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { withWriteLock } from "@/server/write-lock";
import { createSearchIndexer, type SearchIndexer } from "./indexer";

// One writing connection for the index per process; the dev server re-evaluates modules on
// every change, so it is kept on globalThis there (as server/db.ts keeps its clients).
const globalForIndex = globalThis as unknown as { searchIndexer?: SearchIndexer };

/**
 * Indexes every queued supplier (see indexer.ts); returns how many were processed. The index is
 * written on a connection of its own, so it waits for the process's write lock like every other
 * writer: meeting an open Prisma transaction in SQLite's busy handler would stop the event loop,
 * and with it that transaction's COMMIT (server/write-lock.ts).
 */
export function catchUpSearchIndex(options?: Parameters<SearchIndexer["catchUp"]>[0]): Promise<number> {
  globalForIndex.searchIndexer ??= createSearchIndexer(new Database(getEnv().databasePath, { fileMustExist: true, timeout: 5000 }));
  const indexer = globalForIndex.searchIndexer;
  return withWriteLock(() => indexer.catchUp(options));
}
