import "server-only";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { createSearchIndexer, type SearchIndexer } from "./indexer";

// One writing connection for the index per process; the dev server re-evaluates modules on
// every change, so it is kept on globalThis there (as server/db.ts keeps its clients).
const globalForIndex = globalThis as unknown as { searchIndexer?: SearchIndexer };

/** Indexes every queued supplier (see indexer.ts); returns how many were processed. */
export function catchUpSearchIndex(options?: Parameters<SearchIndexer["catchUp"]>[0]): number {
  globalForIndex.searchIndexer ??= createSearchIndexer(new Database(getEnv().databasePath, { fileMustExist: true, timeout: 5000 }));
  return globalForIndex.searchIndexer.catchUp(options);
}
