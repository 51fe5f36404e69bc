/**
 * Runs before the server starts: validates configuration, finds the SQLite file (creating it and
 * its folder, owner-only, on a first start), checks that it can be written, switches it to WAL,
 * applies committed migrations, seeds or upgrades the sample data and builds what the search
 * index is missing.
 *
 * A database that existed here before (see markerPath in scripts/database-file.ts) and is now
 * missing or emptied stops start-up instead of being replaced, unless `--init` or INIT_DATABASE=1
 * says to create a new one. Any failure prints what happened and what to do, and exits non-zero.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { ConfigError, dataDir, getEnv } from "@/lib/env";
import {
  checkNotEmptied,
  findOrCreateDatabaseFile,
  openForWriting,
  restrictPermissions,
  StartupError,
  writeMarker,
} from "./database-file";

function fail(message: string, detail?: string): never {
  console.error(`Start-up failed: ${message}`);
  if (detail) console.error(detail);
  process.exit(1);
}

function migrate() {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], { encoding: "utf8" });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim();
    const line = output
      .split("\n")
      .find((l) => /error/i.test(l))
      ?.trim();
    fail(`database migration failed${line ? `: ${line}` : ""}`, output);
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
  // Everything created from here on (the database, its -wal and -shm, the marker) is owner-only.
  process.umask(0o077);
  const init = env.initDatabase || process.argv.includes("--init");
  const db = env.databasePath;
  const { created } = findOrCreateDatabaseFile(db, { init });
  openForWriting(db);
  checkNotEmptied(db, { init, stage: "before-migrations" });
  migrate();
  checkNotEmptied(db, { init, stage: "after-migrations" });
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
  writeMarker(db);
  restrictPermissions(db);
  // The project's own data folder holds the generated auth secret too.
  if (existsSync(dataDir) && (statSync(dataDir).mode & 0o077) !== 0) chmodSync(dataDir, 0o700);
  if (created) console.log(`Created the database ${db}.`);
  // Suppliers queued for the search index (all of them after a migration that changes it) are
  // indexed now rather than by the first search.
  const { catchUpSearchIndex } = await import("@/server/search/index-sync");
  const started = Date.now();
  const indexed = await catchUpSearchIndex({
    batchSize: 2_000,
    onProgress: (done, left) => {
      if (done % 50_000 === 0) console.log(`Search index: ${done} suppliers indexed, ${left} to go`);
    },
  });
  if (indexed > 100) console.log(`Search index: ${indexed} suppliers indexed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
