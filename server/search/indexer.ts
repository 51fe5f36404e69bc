import "server-only";
import type Database from "better-sqlite3";
import { buildIndexRow, indexLayout, type SupplierForIndex } from "@/lib/search/document";

/**
 * Keeps the search index (migration search_index) in step with the suppliers: triggers queue
 * the ids whose searchable facts changed in `search_pending`, and `catchUp` builds their rows in
 * JavaScript (folding, pinyin) and removes the rows of suppliers that are gone or unpublished.
 * Every write path, Prisma or raw SQL, is covered by the triggers; readers call `catchUp` before
 * searching whenever the data version moved.
 */

type Row = Record<string, unknown>;

const SUPPLIERS_SQL = `SELECT s."id", s."status", s."name", s."nameZh", s."nameJa", s."description", s."descriptionZh",
  s."descriptionJa", s."district", s."addressEn", s."addressZh", s."acceptsSmallOrders", s."acceptsPrototypes",
  s."ratingAvg", s."reviewCount",
  (SELECT group_concat(c."slug", char(10))
     FROM "SupplierCategory" sc JOIN "Category" c ON c."id" = sc."categoryId" WHERE sc."supplierId" = s."id") AS "categories",
  (SELECT group_concat(k."slug", char(10))
     FROM "SupplierCapability" sk JOIN "Capability" k ON k."id" = sk."capabilityId" WHERE sk."supplierId" = s."id") AS "capabilities",
  (SELECT group_concat("language", char(10)) FROM "SupplierLanguage" WHERE "supplierId" = s."id") AS "languages"
  FROM "Supplier" s WHERE s."id" IN (SELECT value FROM json_each(?))`;

const lines = (v: unknown): string[] => (typeof v === "string" && v !== "" ? v.split("\n") : []);

const flag = (v: unknown) => (v === null || v === undefined ? null : Number(v) === 1);

function toSupplierForIndex(r: Row): SupplierForIndex {
  return {
    id: Number(r.id),
    name: String(r.name),
    nameZh: (r.nameZh as string | null) ?? null,
    nameJa: (r.nameJa as string | null) ?? null,
    description: (r.description as string | null) ?? null,
    descriptionZh: (r.descriptionZh as string | null) ?? null,
    descriptionJa: (r.descriptionJa as string | null) ?? null,
    district: (r.district as string | null) ?? null,
    addressEn: (r.addressEn as string | null) ?? null,
    addressZh: (r.addressZh as string | null) ?? null,
    acceptsSmallOrders: flag(r.acceptsSmallOrders),
    acceptsPrototypes: flag(r.acceptsPrototypes),
    ratingAvg: Number(r.ratingAvg ?? 0),
    reviewCount: Number(r.reviewCount ?? 0),
    categories: lines(r.categories),
    capabilities: lines(r.capabilities),
    languages: lines(r.languages),
  };
}

export type SearchIndexer = {
  /** Indexes every queued supplier; returns how many were processed. */
  catchUp(options?: { batchSize?: number; onProgress?: (done: number, left: number) => void }): number;
  pending(): number;
};

/**
 * After this many rows in one catch-up, the index's segments are merged into one: a bulk build
 * leaves many, and every lookup visits each of them.
 */
const OPTIMIZE_AFTER = 10_000;

export function createSearchIndexer(sqlite: Database.Database): SearchIndexer {
  // Rows are staged in a TEMP table and moved with one INSERT … SELECT per batch: FTS5 writes its
  // pending terms out as a new segment at every statement, so a statement per row would leave a
  // tiny segment per supplier to merge later.
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS "search_stage" ("key" INTEGER PRIMARY KEY, "supplierId", "tok", "cats", "caps", "langs", "misc")`);
  const st = {
    layout: sqlite.prepare<[], { value: string }>(`SELECT "value" FROM "search_meta" WHERE "name" = 'layout'`),
    setLayout: sqlite.prepare(`INSERT INTO "search_meta" ("name", "value") VALUES ('layout', ?) ON CONFLICT ("name") DO UPDATE SET "value" = excluded."value"`),
    queueAll: sqlite.prepare(`INSERT OR IGNORE INTO "search_pending" ("supplierId") SELECT "id" FROM "Supplier"`),
    deleteAll: sqlite.prepare(`INSERT INTO "search_index" ("search_index") VALUES ('delete-all')`),
    clearKeys: sqlite.prepare(`DELETE FROM "search_key"`),
    optimize: sqlite.prepare(`INSERT INTO "search_index" ("search_index") VALUES ('optimize')`),
    next: sqlite.prepare<[number], { supplierId: number }>(`SELECT "supplierId" FROM "search_pending" ORDER BY "supplierId" LIMIT ?`),
    count: sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "search_pending"`),
    suppliers: sqlite.prepare<[string], Row>(SUPPLIERS_SQL),
    removeRows: sqlite.prepare(
      `DELETE FROM "search_index" WHERE rowid IN (SELECT "key" FROM "search_key" WHERE "supplierId" IN (SELECT value FROM json_each(?)))`,
    ),
    removeKeys: sqlite.prepare(`DELETE FROM "search_key" WHERE "supplierId" IN (SELECT value FROM json_each(?))`),
    stage: sqlite.prepare(`INSERT INTO temp."search_stage" ("key", "supplierId", "tok", "cats", "caps", "langs", "misc") VALUES (?, ?, ?, ?, ?, ?, ?)`),
    flushRows: sqlite.prepare(
      `INSERT INTO "search_index" (rowid, "tok", "cats", "caps", "langs", "misc") SELECT "key", "tok", "cats", "caps", "langs", "misc" FROM temp."search_stage" ORDER BY "key"`,
    ),
    flushKeys: sqlite.prepare(`INSERT INTO "search_key" ("supplierId", "key") SELECT "supplierId", "key" FROM temp."search_stage"`),
    clearStage: sqlite.prepare(`DELETE FROM temp."search_stage"`),
    done: sqlite.prepare(`DELETE FROM "search_pending" WHERE "supplierId" IN (SELECT value FROM json_each(?))`),
  };

  /** A different document layout than the index was built with rebuilds every row. */
  const checkLayout = sqlite.transaction(() => {
    const layout = indexLayout();
    if (st.layout.get()?.value === layout) return;
    st.deleteAll.run();
    st.clearKeys.run();
    st.queueAll.run();
    st.setLayout.run(layout);
  });

  // The batch is read and written in one IMMEDIATE transaction: no writer can queue the same
  // supplier again between reading its facts and clearing it from the queue.
  const indexBatch = sqlite.transaction((batchSize: number): number => {
    const ids = st.next.all(batchSize).map((r) => r.supplierId);
    if (ids.length === 0) return 0;
    const idList = JSON.stringify(ids);
    st.removeRows.run(idList);
    st.removeKeys.run(idList);
    let staged = 0;
    for (const row of st.suppliers.all(idList)) {
      if (row.status !== "PUBLISHED") continue;
      const doc = buildIndexRow(toSupplierForIndex(row));
      st.stage.run(doc.key, Number(row.id), doc.tok, doc.cats, doc.caps, doc.langs, doc.misc);
      staged++;
    }
    if (staged > 0) {
      st.flushRows.run();
      st.flushKeys.run();
      st.clearStage.run();
    }
    st.done.run(idList);
    return ids.length;
  });

  let layoutChecked = false;

  return {
    catchUp({ batchSize = 500, onProgress } = {}) {
      if (!layoutChecked) {
        checkLayout.immediate();
        layoutChecked = true;
      }
      let processed = 0;
      for (;;) {
        const count = indexBatch.immediate(batchSize);
        if (count === 0) {
          if (processed >= OPTIMIZE_AFTER) st.optimize.run();
          return processed;
        }
        processed += count;
        onProgress?.(processed, st.count.get()!.n);
      }
    },
    pending() {
      return st.count.get()!.n;
    },
  };
}
