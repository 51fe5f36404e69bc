import "server-only";
import { readRows } from "@/server/db";

/**
 * The change counter of published-supplier data, bumped by triggers on every write to a
 * supplier or its categories, capabilities, languages, payment methods, certifications, store
 * links and the taxonomy labels. A cache keyed by this value is never stale after a commit.
 */
export function readSupplierDataVersion(): number {
  const [row] = readRows(`SELECT "version" FROM "DataVersion" WHERE "name" = 'suppliers'`, []);
  return Number(row?.version ?? 0);
}
