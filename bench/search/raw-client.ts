/** Runs searches straight on SQLite with better-sqlite3: the benchmark's raw side. */
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { parseSupplierQuery } from "@/lib/search/query";
import { createSqliteSupplierSearch, type Row } from "@/server/search/sqlite";

/** The search layer over a read-only connection with cached prepared statements, as the server has. */
export function rawSearch(file: string) {
  const sqlite = new Database(file, { readonly: true });
  const statements = new Map<string, Database.Statement>();
  const runner = async (sql: string, params: unknown[]) => {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = sqlite.prepare(sql)));
    return stmt.all(...params) as Row[];
  };
  return { search: createSqliteSupplierSearch(runner), close: () => sqlite.close() };
}

/**
 * One raw client: each query string once, in order, timing each search (facets when the query
 * asks for them): wall-clock milliseconds, and the CPU milliseconds the thread used, which other
 * processes on a shared machine cannot inflate.
 */
export async function rawClient(file: string, queries: string[]): Promise<[string, number, number][]> {
  const { search, close } = rawSearch(file);
  const out: [string, number, number][] = [];
  for (const qs of queries) {
    const params = new URLSearchParams(qs);
    const { query } = parseSupplierQuery(params);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await search.search(query, { facets: params.get("facets") === "1" });
    const cpu = process.cpuUsage(cpu0);
    out.push([qs, performance.now() - t0, (cpu.user + cpu.system) / 1000]);
  }
  close();
  return out;
}
