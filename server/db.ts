import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/prisma/generated/client";

/*
 * Each server process holds two SQLite connections to the database file, no more:
 * - Prisma's, through the better-sqlite3 adapter, for every write and most reads;
 * - a query-only better-sqlite3 connection for the hand-written search and export statements.
 *
 * Next bundles route handlers and pages separately, so this module is evaluated more than once
 * in one server process. Both connections therefore live on globalThis, in production as much as
 * in development (where modules are also re-evaluated on every change); counted with lsof on a
 * running server after requests to pages and API routes: 4 connections when they were cached only
 * in development, 2 since.
 */

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: getEnv().databaseUrl, timeout: 5000 });
  return new PrismaClient({ adapter });
}

/**
 * The second connection: better-sqlite3 directly, with prepared statements kept for reuse,
 * costs a fraction of a raw query through Prisma on the hottest path. It is query-only (every
 * write goes through Prisma) and has its own read snapshots: Prisma's adapter runs interactive
 * transactions on its one connection, and a search on that connection would see their
 * uncommitted rows. WAL lets it read while the other connection writes.
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

const perProcess = globalThis as unknown as { db?: ReturnType<typeof createClient>; reader?: ReturnType<typeof createReader> };

export const db = (perProcess.db ??= createClient());

/** Runs a read-only statement on the search connection (opened on first use). */
export function readRows(sql: string, params: unknown[]): Record<string, unknown>[] {
  perProcess.reader ??= createReader();
  return perProcess.reader.all(sql, params);
}
