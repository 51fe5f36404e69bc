/** Runs searches straight on SQLite with better-sqlite3: the benchmark's raw side. */
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { parseSupplierQuery } from "@/lib/search/query";
import { createSqliteSupplierSearch, type Row } from "@/server/search/sqlite";
import { QUERIES } from "./queries";

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

/** One raw client: walks the query list from its own starting point, timing each search. */
export async function rawClient(file: string, start: number, amount: number): Promise<[string, number][]> {
  const { search, close } = rawSearch(file);
  const out: [string, number][] = [];
  for (let i = 0; i < amount; i++) {
    const q = QUERIES[(start + i) % QUERIES.length];
    const { query } = parseSupplierQuery(new URLSearchParams(q.qs));
    const t0 = performance.now();
    await search.search(query);
    out.push([q.qs, performance.now() - t0]);
  }
  close();
  return out;
}

