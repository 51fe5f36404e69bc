import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/prisma/generated/client";
import { acquireWriteLock, withWriteLock } from "./write-lock";

/*
 * The SQLite connections a server process opens to the database file, each once per process:
 * - Prisma's, through the better-sqlite3 adapter, for every write and most reads;
 * - a query-only better-sqlite3 connection for the hand-written search, map and export reads;
 * - the rate limiter's (server/rate-limit.ts), which only touches the RateLimit table;
 * - the search indexer's (server/search/index-sync.ts), which writes the search tables after a
 *   change to the suppliers;
 * - while a CSV import runs (admins only, one at a time), the import's own (server/data/import.ts),
 *   closed when it ends.
 * So four, five during an import. Writes on any of them take the process's write lock first
 * (server/write-lock.ts). The separate connections exist for speed (prepared statements without
 * Prisma's per-query cost) and so that reads never see another request's open transaction.
 *
 * Next bundles route handlers and pages separately, so this module is evaluated more than once
 * in one server process. The connections therefore live on globalThis, in production as much as
 * in development (where modules are also re-evaluated on every change); counted with lsof on a
 * running server after requests to pages and API routes, Prisma's and the reader were opened
 * twice each when they were cached only in development, once each since.
 */

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type AdapterTransaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });

/**
 * Prisma's better-sqlite3 adapter runs every query on its one connection, also while an
 * interactive transaction is open on it: a query of another request that came in between the
 * transaction's statements ran inside that transaction, read its uncommitted rows, and was undone
 * with it when it rolled back, although its own caller had been told it succeeded. Here every
 * statement outside a transaction waits until no transaction is open, and a transaction holds
 * the process's write lock (server/write-lock.ts) from BEGIN to COMMIT or ROLLBACK.
 *
 * Transactions begin with BEGIN IMMEDIATE, which takes SQLite's write lock at once (waiting up to
 * the busy timeout for another process to finish): a deferred BEGIN whose first statement reads
 * fails with SQLITE_BUSY at its first write when another process wrote in between, and no busy
 * timeout helps then. docs/decisions/0071-one-writer-per-process.md
 */
function oneAtATime(inner: Adapter): Adapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => withWriteLock(() => inner.queryRaw(query)),
    executeRaw: (query) => withWriteLock(() => inner.executeRaw(query)),
    executeScript: (script) => withWriteLock(() => inner.executeScript(script)),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      // SQLite's transactions are serializable; Prisma asks for nothing else unless told to.
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") throw new Error(`SQLite cannot run a ${isolationLevel} transaction`);
      const release = await acquireWriteLock();
      try {
        await inner.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        release();
        throw error;
      }
      return transactionOn(inner, release);
    },
  };
}

/**
 * Prisma ends a transaction by sending COMMIT or ROLLBACK through `executeRaw`, then calling
 * `commit()` or `rollback()`, which give the write lock back. When the COMMIT itself fails (a
 * deferred foreign key, a full disk) SQLite keeps the transaction open and Prisma calls neither,
 * so it is rolled back and the lock given back here.
 */
function transactionOn(inner: Adapter, release: () => void): AdapterTransaction {
  let open = true;
  const end = () => {
    if (open) {
      open = false;
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query) => inner.queryRaw(query),
    async executeRaw(query) {
      try {
        return await inner.executeRaw(query);
      } catch (error) {
        const verb = query.sql.trim().toUpperCase();
        if (verb === "COMMIT" || verb === "ROLLBACK") {
          if (verb === "COMMIT") await inner.executeRaw(statement("ROLLBACK")).catch(() => undefined);
          end();
        }
        throw error;
      }
    },
    commit: async () => end(),
    rollback: async () => end(),
  };
}

function createClient() {
  const inner = new PrismaBetterSQLite3({ url: getEnv().databaseUrl, timeout: 5000 });
  const adapter: Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb"> = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => oneAtATime(await inner.connect()),
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
  return new PrismaClient({ adapter });
}

/**
 * The second connection: better-sqlite3 directly, with prepared statements kept for reuse,
 * costs a fraction of a raw query through Prisma on the hottest path. It is query-only (every
 * write goes through Prisma) and has its own read snapshots, so it never waits for a writer and
 * never sees a transaction's uncommitted rows. WAL lets it read while the other connection writes.
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
