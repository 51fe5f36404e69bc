/**
 * Search benchmark: the same fixed queries through the HTTP API (production server, autocannon,
 * 10 connections) and as raw better-sqlite3 statements (the exact SQL the search layer runs),
 * on a database of N synthetic suppliers. Prints p50/p95 of both and their ratio.
 *
 *   npm run build && npm run bench:search -- --count 100000
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import autocannon from "autocannon";
import { parseSupplierQuery } from "@/lib/search/query";
import { QUERIES, type BenchQuery } from "./queries";
import { rawSearch } from "./raw-client";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    port: { type: "string", default: "3200" },
    "per-query": { type: "string", default: "20" },
    connections: { type: "string", default: "10" },
  },
});
const count = Number(args.count);
const port = Number(args.port);
const perQuery = Number(args["per-query"]);
const connections = Number(args.connections);
const root = process.cwd();
const resultsDir = path.join(root, "bench", "results");
const dbFile = path.join(resultsDir, `search-${count}-seed${args.seed}.db`);
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function run(cmd: string, argv: string[], env: Record<string, string>) {
  const r = spawnSync(cmd, argv, { env: { ...process.env, ...env }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] };
}

async function prepareDatabase() {
  if (existsSync(dbFile)) return;
  mkdirSync(resultsDir, { recursive: true });
  const env = { DATABASE_URL: `file:${dbFile}` };
  console.log(`bench: building ${dbFile}`);
  run(tsx, ["--conditions=react-server", "scripts/prepare-db.ts"], env);
  run(tsx, ["--conditions=react-server", "scripts/synth.ts", "--count", String(count), "--seed", String(args.seed)], env);
}

async function startServer() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("server did not start");
}

async function benchApi(): Promise<Map<string, number[]>> {
  const byQuery = new Map<string, number[]>(QUERIES.map((q) => [q.qs, []]));
  const paths = QUERIES.map((q) => `/api/suppliers${q.qs ? `?${q.qs}` : ""}`);
  // Warm-up: every query once, so the first-request compile and page cache do not count.
  for (const p of paths) await (await fetch(`http://127.0.0.1:${port}${p}`)).arrayBuffer();
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        amount: paths.length * perQuery,
        // Large databases answer broad queries slowly under load; a timeout would drop samples.
        timeout: 120,
        requests: paths.map((p) => ({ method: "GET", path: p })),
      },
      (err, result) => {
        if (err) return reject(err);
        if (result.errors > 0 || result.timeouts > 0) {
          return reject(new Error(`API run had ${result.errors} errors and ${result.timeouts} timeouts`));
        }
        resolve();
      },
    );
    // Each connection walks the request list in order; map responses back to their query.
    const cursor = new Map<unknown, number>();
    instance.on("response", (client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      const i = cursor.get(client) ?? 0;
      cursor.set(client, i + 1);
      if (statusCode !== 200) throw new Error(`status ${statusCode} for ${paths[i % paths.length]}`);
      byQuery.get(QUERIES[i % QUERIES.length].qs)!.push(responseTime);
    });
  });
  return byQuery;
}

/**
 * The same load as the API run, straight on SQLite: `connections` worker threads, each with its
 * own connection, share the CPU as the server's requests do. This is the fair baseline for the
 * API's latency under concurrency.
 */
async function benchRawConcurrent(): Promise<Map<string, number[]>> {
  const byQuery = new Map<string, number[]>(QUERIES.map((q) => [q.qs, []]));
  const perClient = Math.ceil((QUERIES.length * perQuery) / connections);
  const results = await Promise.all(
    Array.from(
      { length: connections },
      (_, c) =>
        new Promise<[string, number][]>((resolve, reject) => {
          const worker = new Worker(new URL("./raw-worker.mjs", import.meta.url), {
            execArgv: ["--conditions=react-server"],
            workerData: { dbFile, start: c * 7, amount: perClient },
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  for (const [qs, ms] of results.flat()) byQuery.get(qs)!.push(ms);
  return byQuery;
}

async function benchRaw(): Promise<Map<string, number[]>> {
  const { search, close } = rawSearch(dbFile);
  const byQuery = new Map<string, number[]>();
  for (const q of QUERIES) {
    const { query } = parseSupplierQuery(new URLSearchParams(q.qs));
    await search.search(query);
    const samples: number[] = [];
    for (let i = 0; i < perQuery; i++) {
      const t0 = performance.now();
      await search.search(query);
      samples.push(performance.now() - t0);
    }
    byQuery.set(q.qs, samples);
  }
  close();
  return byQuery;
}

const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1).padStart(7);

async function main() {
  await prepareDatabase();
  const server = await startServer();
  try {
    const t0 = performance.now();
    const api = await benchApi();
    const apiSeconds = (performance.now() - t0) / 1000;
    const raw = await benchRaw();
    const rawConcurrent = await benchRawConcurrent();
    const all = (m: Map<string, number[]>, kinds?: BenchQuery["kind"][]) =>
      QUERIES.filter((q) => !kinds || kinds.includes(q.kind)).flatMap((q) => m.get(q.qs)!);
    const apiAll = stats(all(api));
    const rawAll = stats(all(raw));
    const rawConcAll = stats(all(rawConcurrent));
    console.log(`\nsearch benchmark: ${count} synthetic suppliers, ${QUERIES.length} queries × ${perQuery}, API with ${connections} connections`);
    console.log(`kind        API p50  API p95   raw p50  raw p95   raw×${connections} p50  p95`);
    for (const kind of ["latin", "cjk", "short-cjk", "japanese", "facets", "browse"] as const) {
      const a = stats(all(api, [kind]));
      const r = stats(all(raw, [kind]));
      const rc = stats(all(rawConcurrent, [kind]));
      console.log(`${kind.padEnd(10)} ${fmt(a.p50)}  ${fmt(a.p95)}   ${fmt(r.p50)}  ${fmt(r.p95)}   ${fmt(rc.p50)}  ${fmt(rc.p95)}`);
    }
    console.log(
      `${"all".padEnd(10)} ${fmt(apiAll.p50)}  ${fmt(apiAll.p95)}   ${fmt(rawAll.p50)}  ${fmt(rawAll.p95)}   ${fmt(rawConcAll.p50)}  ${fmt(rawConcAll.p95)}   (ms)`,
    );
    const slowest = QUERIES.map((q) => ({ qs: q.qs, p95: stats(raw.get(q.qs)!).p95 }))
      .sort((a, b) => b.p95 - a.p95)
      .slice(0, 5);
    console.log(`slowest raw: ${slowest.map((s) => `${decodeURIComponent(s.qs) || "(none)"} ${s.p95.toFixed(1)} ms`).join("; ")}`);
    const ratio = apiAll.p95 / rawAll.p95;
    const ratioConcurrent = apiAll.p95 / rawConcAll.p95;
    console.log(
      `API throughput ${((QUERIES.length * perQuery) / apiSeconds).toFixed(0)} req/s; p95 API/raw = ${ratio.toFixed(2)} (one at a time), ` +
        `${ratioConcurrent.toFixed(2)} (raw also with ${connections} clients); goal ≤ 3; API p95 ${apiAll.p95.toFixed(1)} ms (goal ≤ 50)`,
    );
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      path.join(resultsDir, `search-${count}.json`),
      JSON.stringify(
        { count, queries: QUERIES.length, perQuery, connections, api: apiAll, raw: rawAll, rawConcurrent: rawConcAll, ratio, ratioConcurrent, slowest },
        null,
        2,
      ),
    );
  } finally {
    server.kill();
  }
}

await main();
