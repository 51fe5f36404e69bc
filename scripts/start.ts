/**
 * `npm start [-- --init]`: prepares the database (scripts/prepare-db.ts, in its own process
 * because the seed needs the react-server export conditions), then serves the production build
 * through the server in scripts/http-server.ts. `--init` lets start-up create a new database
 * where one existed before; see the README's operations section.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import next from "next";
import { ConfigError, getEnv } from "@/lib/env";
import { createSecurityHeaders } from "@/lib/security-headers";
import { createAppServer } from "./http-server";

const KNOWN_FLAGS = ["--init"];

function fail(message: string): never {
  console.error(`Start-up failed: ${message}`);
  process.exit(1);
}

async function main() {
  const flags = process.argv.slice(2);
  const unknown = flags.filter((f) => !KNOWN_FLAGS.includes(f));
  if (unknown.length > 0) fail(`unknown option ${unknown[0]} (known: ${KNOWN_FLAGS.join(", ")})`);

  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) fail("there is no production build: run npm run build first");

  const prepare = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("scripts", "prepare-db.ts"), ...flags],
    { stdio: "inherit" },
  );
  if (prepare.status !== 0) process.exit(prepare.status ?? 1);

  let headersFor;
  try {
    headersFor = createSecurityHeaders(env);
  } catch (error) {
    fail(`configuration error: ${(error as Error).message}`);
  }
  // Files the server creates (SQLite's -wal and -shm, caches) are for its own user only.
  process.umask(0o077);
  const app = next({ dev: false, dir: process.cwd(), port: env.port });
  await app.prepare();
  const server = createAppServer({
    handle: app.getRequestHandler(),
    headersFor,
    admission: { concurrency: env.maxConcurrentRequests, maxQueued: env.maxQueuedRequests },
  });
  server.once("error", (error) => fail(`cannot listen on port ${env.port}: ${error.message}`));
  server.listen(env.port, () => console.log(`Ready on http://localhost:${env.port} (public address ${env.siteUrl})`));

  // Stop taking requests, let the ones in flight finish, then leave; a stuck one gets 10 s.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
