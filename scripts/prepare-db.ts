/**
 * Runs before the server starts: validates configuration, opens the SQLite file (creating its
 * folder), switches it to WAL, applies committed migrations, seeds or upgrades the sample data and
 * builds what the search index is missing. Any failure prints one line and exits non-zero.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ConfigError, getEnv } from "@/lib/env";

function fail(message: string): never {
  console.error(`Start-up failed: ${message}`);
  process.exit(1);
}

/**
 * Creates missing folders one level at a time: Node's recursive mkdir spins forever on some
 * pseudo file systems (a DATABASE_URL under /proc hung start-up instead of failing).
 */
function ensureDirectory(dir: string) {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) mkdirSync(d);
}

function openDatabase(filePath: string) {
  const dir = path.dirname(filePath);
  try {
    ensureDirectory(dir);
    accessSync(dir, constants.W_OK);
    const sqlite = new Database(filePath);
    // WAL lets readers run while a write is in progress; the mode is stored in the file.
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`cannot open the database file ${filePath} (${reason}). Check DATABASE_URL.`);
  }
}

function migrate() {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], { encoding: "utf8" });
  if (result.status !== 0) {
    const detail = `${result.stdout ?? ""}\n${result.stderr ?? ""}`
      .split("\n")
      .find((l) => /error/i.test(l))
      ?.trim();
    fail(`database migration failed${detail ? `: ${detail}` : ""}`);
  }
}

async function main() {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
  openDatabase(env.databasePath);
  migrate();
  // The seed is idempotent and upgrades sample rows nobody has changed, so it runs at every start:
  // a new version of the sample files reaches existing databases too.
  const { seedSampleData } = await import("@/server/seed/sample-data");
  const counts = await seedSampleData();
  if (counts.suppliersCreated + counts.suppliersUpgraded > 0) {
    console.log(
      `Sample data: ${counts.suppliersCreated} suppliers created, ${counts.suppliersUpgraded} upgraded, ` +
        `${counts.suppliersKept} left as users or moderators changed them (${JSON.stringify(counts.byStatus)}).`,
    );
  }
  // Suppliers queued for the search index (all of them after a migration that changes it) are
  // indexed now rather than by the first search.
  const { catchUpSearchIndex } = await import("@/server/search/index-sync");
  const started = Date.now();
  const indexed = catchUpSearchIndex({
    batchSize: 2_000,
    onProgress: (done, left) => {
      if (done % 50_000 === 0) console.log(`Search index: ${done} suppliers indexed, ${left} to go`);
    },
  });
  if (indexed > 100) console.log(`Search index: ${indexed} suppliers indexed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
