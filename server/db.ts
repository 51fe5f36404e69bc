import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/prisma/generated/client";

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: getEnv().databaseUrl, timeout: 5000 });
  return new PrismaClient({ adapter });
}

// One client per process; the dev server re-evaluates modules on every change, so it is kept on
// globalThis there.
const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };

export const db = globalForDb.db ?? createClient();
if (getEnv().nodeEnv !== "production") globalForDb.db = db;
