/**
 * `npm run db:restore -- FILE`: puts a backup in place of the database of a STOPPED deployment.
 * The file must pass SQLite's integrity check and be a database of this app at a migration this
 * version knows; the current database files are kept beside it as <name>.before-restore-<time>.
 * Start the server afterwards: start-up applies any migrations newer than the backup.
 */
import { ConfigError, getEnv } from "@/lib/env";
import { restoreDatabase } from "./database-backup";
import { StartupError } from "./database-file";

function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) {
    console.error("usage: npm run db:restore -- FILE   (the server must be stopped)");
    process.exit(2);
  }
  const env = getEnv();
  process.umask(0o077);
  const { facts, movedAside, warning } = restoreDatabase({ databasePath: env.databasePath, backupFile: file });
  if (warning) console.warn(`Warning: ${warning}.`);
  console.log(`Restored ${env.databasePath} from ${file}: ${facts.suppliers} suppliers, schema at ${facts.migration}.`);
  if (movedAside) console.log(`The database it replaced is kept as ${movedAside}.`);
  console.log("Start the server (npm start); it applies any migrations newer than the backup.");
}

try {
  main();
} catch (error) {
  const known = error instanceof StartupError || error instanceof ConfigError;
  console.error(`Restore failed: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
