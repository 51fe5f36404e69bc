import "server-only";
import { APPLIED_MIGRATIONS_SQL, committedMigrations, FAILED_MIGRATIONS_SQL, migrationProblem } from "@/lib/migrations";
import { db, readRows } from "@/server/db";

export type Health = { ok: true } | { ok: false; reason: string };

let expected: string[] | undefined;

/**
 * Whether the database can serve the site: its schema is at the latest committed migration,
 * and real tables read on both connections (the reference data must be there; SELECT 1 would
 * answer even from an empty file).
 */
export async function checkHealth(): Promise<Health> {
  try {
    expected ??= committedMigrations().map((m) => m.name);
    const bookkeeping = await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE "type" = 'table' AND "name" = '_prisma_migrations'`);
    if (bookkeeping.length === 0) return { ok: false, reason: "the database has no schema: no migration was ever applied" };
    const applied = await db.$queryRawUnsafe<{ name: string }[]>(APPLIED_MIGRATIONS_SQL);
    const failed = await db.$queryRawUnsafe<{ name: string }[]>(FAILED_MIGRATIONS_SQL);
    const problem = migrationProblem(
      expected,
      applied.map((r) => r.name),
      failed.map((r) => r.name),
    );
    if (problem) return { ok: false, reason: problem };
    if (!(await db.category.findFirst({ select: { id: true } }))) return { ok: false, reason: "the Category table is empty" };
    readRows(`SELECT "id" FROM "Supplier" LIMIT 1`, []);
    return { ok: true };
  } catch (error) {
    console.error("health: database check failed", error);
    // SQLite's code says what kind of failure (SQLITE_CORRUPT, SQLITE_NOTADB, …) without paths.
    const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
    const code = e.meta?.driverAdapterError?.cause?.originalCode ?? e.code;
    return { ok: false, reason: `the database cannot be read${typeof code === "string" ? ` (${code})` : ""}` };
  }
}
