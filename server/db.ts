import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/prisma/generated/client";

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: getEnv().databaseUrl, timeout: 5000 });
  return new PrismaClient({ adapter });
}

/**
 * A second connection for the hand-written search statements: better-sqlite3 directly, with
 * prepared statements kept for reuse, costs a fraction of a raw query through Prisma on the
 * hottest path. It is query-only; every write goes through Prisma. WAL lets it read while the
 * other connection writes.
 */
function createReader() {
  const sqlite = new Database(getEnv().databasePath, { fileMustExist: true, timeout: 5000 });
  sqlite.pragma("query_only = ON");
  const statements = new Map<string, Database.Statement>();
  return {
    all(sql: string, params: unknown[]): Record<string, unknown>[] {
      let stmt = statements.get(sql);
      if (!stmt) {
        // The SQL texts are generated from a small set of shapes; the bound keeps a pathological
        // mix of filter counts from growing the cache without end.
        if (statements.size >= 1000) statements.clear();
        stmt = sqlite.prepare(sql);
        statements.set(sql, stmt);
      }
      return stmt.all(...params) as Record<string, unknown>[];
    },
  };
}

// One client per process; the dev server re-evaluates modules on every change, so they are
// kept on globalThis there.
const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient>; reader?: ReturnType<typeof createReader> };

export const db = globalForDb.db ?? createClient();

let reader: ReturnType<typeof createReader> | undefined = globalForDb.reader;

/** Runs a read-only statement on the search connection (opened on first use). */
export function readRows(sql: string, params: unknown[]): Record<string, unknown>[] {
  reader ??= createReader();
  if (getEnv().nodeEnv !== "production") globalForDb.reader = reader;
  return reader.all(sql, params);
}

if (getEnv().nodeEnv !== "production") globalForDb.db = db;
