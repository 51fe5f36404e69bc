/**
 * The app's production server for a benchmark: scripts/start.ts as `npm start` runs it (start-up
 * checks, migrations, the front server with its headers and admission queue), without npm in
 * between so that the child is the server process itself (its CPU time is read from /proc).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

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
