/** What the benchmarks share: running a script, percentiles, and the app's production server. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** Runs a command to the end with extra environment, its output shown; throws when it fails. */
export function run(cmd: string, argv: string[], env: Record<string, string>) {
  const r = spawnSync(cmd, argv, { env: { ...process.env, ...env }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

/** Nearest-rank percentile of an ascending list; NaN when it is empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.at(-1) ?? NaN };
}

/**
 * The app's production server for a benchmark: scripts/start.ts as `npm start` runs it (start-up
 * checks, migrations, the front server with its headers and admission queue), without npm in
 * between so that the child is the server process itself (its CPU time is read from /proc).
 */
export async function startProductionServer({ port, dbFile }: { port: number; dbFile: string }): Promise<ChildProcess> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  const server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("server did not start within 60 s");
}
