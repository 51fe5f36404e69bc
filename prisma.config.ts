import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { getEnv } from "./lib/env";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Queryable = Pick<Adapter, "executeRaw" | "executeScript">;

/**
 * The schema engine sends a whole migration file through `executeRaw` with no arguments, and
 * better-sqlite3 refuses to prepare more than one statement. Argument-less scripts go to
 * `exec` instead, which runs any number of statements.
 */
function runScriptsWithExec<T extends Queryable>(target: T): T {
  const executeRaw = target.executeRaw.bind(target);
  target.executeRaw = async (query) => {
    if (query.args.length === 0) {
      await target.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return target;
}

function migrationAdapter(url: string) {
  const factory = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connect: async () => runScriptsWithExec(await factory.connect()),
    connectToShadowDb: async () => runScriptsWithExec(await factory.connectToShadowDb()),
  };
}

// The JS schema engine runs migrations through the driver adapter, so no engine binary is
// downloaded; see docs/decisions/0001-offline-prisma-sqlite.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return migrationAdapter(getEnv().databaseUrl);
  },
});
