/**
 * Search benchmark: generated queries through the HTTP API (production server, N concurrent
 * keep-alive connections), first "cold" (every request a query the server has not seen) and
 * then "warm" (the same requests again, answered by the result cache), and the same queries as
 * raw better-sqlite3 statements (the exact SQL the search layer runs), one at a time and with
 * N clients at once. Prints p50/p95 per kind of query and the API/raw ratio.
 *
 *   npm run build && npm run bench:search -- --count 100000 --data-dir /work/bench-data
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { parseSupplierQuery } from "@/lib/search/query";
import { generateQueries, KINDS, type BenchQuery, type Kind } from "./queries";
import { rawClient } from "./raw-client";
import { run, startProductionServer, stats } from "../common";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    "query-seed": { type: "string", default: "1" },
    port: { type: "string", default: "3200" },
    "per-kind": { type: "string", default: "40" },
    connections: { type: "string", default: "10" },
    "data-dir": { type: "string" },
    "skip-raw-concurrent": { type: "boolean", default: false },
  },
});
const count = Number(args.count);
const port = Number(args.port);
const perKind = Number(args["per-kind"]);
const connections = Number(args.connections);
const root = process.cwd();
const resultsDir = path.join(root, "bench", "results");
// A database of a million suppliers takes minutes to build and gigabytes to keep: it can live
// outside the repository and be reused.
const dataDir = args["data-dir"] ? path.resolve(args["data-dir"]) : resultsDir;
const dbFile = path.join(dataDir, `search-${count}-seed${args.seed}.db`);
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const base = `http://127.0.0.1:${port}`;

async function prepareDatabase() {
  // Start-up migrates, seeds the sample data and indexes what is queued (an existing file is
  // brought up to date the same way the app does it).
  mkdirSync(dataDir, { recursive: true });
  const env = { DATABASE_URL: `file:${dbFile}` };
  const fresh = !existsSync(dbFile);
  if (fresh) console.log(`bench: building ${dbFile}`);
  run(tsx, ["--conditions=react-server", "scripts/prepare-db.ts"], env);
  if (fresh) run(tsx, ["--conditions=react-server", "scripts/synth.ts", "--count", String(count), "--seed", String(args.seed)], env);
}

/**
 * `connections` clients on keep-alive connections take the next request from one shared list
 * until it is empty, so each request is sent exactly once (autocannon would send the list once
 * per connection, and all but the first would hit the cache).
 */
async function drive(queries: BenchQuery[]): Promise<{ times: number[]; seconds: number }> {
  const times = new Array<number>(queries.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let i = next++; i < queries.length; i = next++) {
        const started = performance.now();
        const res = await fetch(`${base}/api/suppliers?${queries[i].qs}`, { signal: AbortSignal.timeout(120_000) });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`status ${res.status} for ${queries[i].qs}`);
        times[i] = performance.now() - started;
      }
    }),
  );
  return { times, seconds: (performance.now() - t0) / 1000 };
}

/** The same queries on SQLite straight, `clients` at once, each client on its own connection and thread. */
async function rawConcurrent(queries: BenchQuery[], clients: number): Promise<number[]> {
  const byQs = new Map<string, number>();
  const shares = Array.from({ length: clients }, (_, c) => queries.filter((_, i) => i % clients === c).map((q) => q.qs));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<[string, number, number][]>((resolve, reject) => {
          const worker = new Worker(new URL("./raw-worker.mjs", import.meta.url), {
            execArgv: ["--conditions=react-server"],
            workerData: { dbFile, queries: share },
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  for (const [qs, ms] of results.flat()) byQs.set(qs, ms);
  return queries.map((q) => byQs.get(q.qs)!);
}

/** CPU seconds a process has used (user + system), from /proc: the server's work, whatever else runs. */
function cpuSeconds(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1].split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  return ticks / 100;
}

const fmt = (n: number) => (Number.isNaN(n) ? "      –" : n.toFixed(n < 10 ? 2 : 1).padStart(7));
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");

async function main() {
  await prepareDatabase();
  const queries = generateQueries(perKind, Number(args["query-seed"]));
  // Every query of a kind is also asked once of the raw side before timing, for the planner's
  // first-use costs; the API server's are paid by a warm-up of unrelated requests.
  const loadBefore = load();
  const server = await startProductionServer({ port, dbFile });
  try {
    for (const qs of ["", "q=warmup", "q=%E6%9A%96", "q=warm&district=futian", "q=warm%20up&facets=1"]) await (await fetch(`${base}/api/suppliers?${qs}`)).arrayBuffer();
    const cpu0 = cpuSeconds(server);
    const cold = await drive(queries);
    const cpu1 = cpuSeconds(server);
    const warm = await drive(queries);
    const cpu2 = cpuSeconds(server);
    server.kill();
    const raw = await rawClient(dbFile, queries.map((q) => q.qs));
    const rawTimes = raw.map(([, ms]) => ms);
    const rawCpu = raw.map(([, , cpu]) => cpu);
    const rawMulti = args["skip-raw-concurrent"] ? queries.map(() => NaN) : await rawConcurrent(queries, connections);
    const loadAfter = load();

    const byKind = (times: number[], kind?: Kind) => stats(times.filter((_, i) => !kind || queries[i].kind === kind));
    console.log(
      `\nsearch benchmark: ${count} synthetic suppliers, ${queries.length} distinct queries (${perKind} per kind), ${connections} connections; ` +
        `load average before ${loadBefore}, after ${loadAfter} (2 cores)`,
    );
    console.log(`kind          cold p50  cold p95   warm p50  warm p95    raw p50   raw p95   raw CPU p50   p95   raw×${connections} p50   p95`);
    const rows: Record<string, unknown> = {};
    for (const kind of [...KINDS, undefined]) {
      const c = byKind(cold.times, kind);
      const w = byKind(warm.times, kind);
      const r = byKind(rawTimes, kind);
      const m = byKind(rawMulti, kind);
      const u = byKind(rawCpu, kind);
      rows[kind ?? "all"] = { cold: c, warm: w, raw: r, rawCpu: u, rawConcurrent: m };
      console.log(
        `${(kind ?? "all").padEnd(12)} ${fmt(c.p50)}  ${fmt(c.p95)}    ${fmt(w.p50)}  ${fmt(w.p95)}    ${fmt(r.p50)}   ${fmt(r.p95)}      ${fmt(u.p50)} ${fmt(u.p95)}    ${fmt(m.p50)} ${fmt(m.p95)}`,
      );
    }
    const slowest = queries
      .map((q, i) => ({ qs: decodeURIComponent(q.qs), raw: rawTimes[i], cold: cold.times[i] }))
      .sort((a, b) => b.raw - a.raw)
      .slice(0, 8);
    console.log(`slowest raw: ${slowest.map((s) => `${s.qs} ${s.raw.toFixed(1)} ms`).join("; ")}`);
    const all = rows.all as { cold: { p95: number }; raw: { p95: number } };
    const serverCpu = { cold: ((cpu1 - cpu0) * 1000) / queries.length, warm: ((cpu2 - cpu1) * 1000) / queries.length };
    console.log(
      `cold ${(queries.length / cold.seconds).toFixed(0)} req/s, warm ${(queries.length / warm.seconds).toFixed(0)} req/s; ` +
        `server CPU per request: cold ${serverCpu.cold.toFixed(1)} ms, warm ${serverCpu.warm.toFixed(1)} ms; ` +
        `cold API p95 / raw p95 = ${(all.cold.p95 / all.raw.p95).toFixed(1)}`,
    );
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      path.join(resultsDir, `search-${count}.json`),
      JSON.stringify({ count, perKind, connections, loadBefore, loadAfter, serverCpu, rows, slowest, queries: queries.length }, null, 2),
    );
    // A sanity check that the generated queries parse: a bad one would measure an error path.
    const bad = queries.filter((q) => parseSupplierQuery(new URLSearchParams(q.qs)).problems.length > 0);
    if (bad.length > 0) throw new Error(`queries with problems: ${bad.map((b) => b.qs).join(", ")}`);
  } finally {
    server.kill();
  }
}

await main();
