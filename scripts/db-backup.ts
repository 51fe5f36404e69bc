/**
 * `npm run db:backup`: a consistent copy of the live database, safe while the server runs, in
 * BACKUP_DIR (default: backups/ beside the database) as <name>-<UTC time>.db; keeps the newest
 * BACKUP_KEEP (default 14). Exits non-zero, saying why, when the copy fails or is unsound.
 */
import path from "node:path";
import { ConfigError, getEnv } from "@/lib/env";
import { backupDatabase } from "./database-backup";
import { StartupError } from "./database-file";

async function main() {
  const env = getEnv();
  process.umask(0o077);
  const started = Date.now();
  const { file, removed } = await backupDatabase({ databasePath: env.databasePath, backupDir: env.backupDir, keep: env.backupKeep });
  console.log(`Backed up ${env.databasePath} to ${file} in ${Date.now() - started} ms (integrity check ok).`);
  if (removed.length > 0) console.log(`Removed ${removed.length} older backup(s), keeping ${env.backupKeep}: ${removed.map((f) => path.basename(f)).join(", ")}`);
}

main().catch((error: unknown) => {
  const known = error instanceof StartupError || error instanceof ConfigError;
  console.error(`Backup failed: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
