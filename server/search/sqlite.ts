import "server-only";
import { distanceMetres } from "@/lib/geo";
import type { SupplierQuery } from "@/lib/search/query";
import { buildFtsMatch, containsPattern, splitTerms } from "@/lib/search/text";
import {
  RATING_THRESHOLDS,
  type FacetCounts,
  type SupplierSearch,
  type SupplierSearchResult,
  type SupplierSummary,
} from "@/lib/search/types";

export type Row = Record<string, unknown>;
/** Runs one SQL statement with positional `?` parameters. */
export type QueryRunner = (sql: string, params: unknown[]) => Promise<Row[]>;

type Facet = "categories" | "districts" | "capabilities" | "languages" | "smallOrders" | "prototypes" | "minRating";
type Sql = { sql: string; params: unknown[] };

/** bm25 weights for names, tags, address, description: a name match outranks the rest. */
const BM25 = "bm25(supplier_fts, 10.0, 4.0, 2.0, 1.0)";
const ESC = "ESCAPE '\\'";
const APPROXIMATE = ["AREA", "DISTRICT"];
const PUBLISHED = `s."status" = 'PUBLISHED'`;

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The rows of supplier_fts that match the text, or null when there is no text. Long terms use
 * the trigram index; short ones a LIKE on names and tags (FTS5 scans for those).
 */
function textHits(q: string): Sql | null {
  const terms = splitTerms(q);
  if (terms.all.length === 0) return null;
  const where: string[] = [];
  const params: unknown[] = [];
  const match = buildFtsMatch(terms.fts);
  if (match) {
    where.push("supplier_fts MATCH ?");
    params.push(match);
  }
  for (const t of terms.short) {
    where.push(`("names" LIKE ? ${ESC} OR "tags" LIKE ? ${ESC})`);
    params.push(containsPattern(t), containsPattern(t));
  }
  const rank = match ? BM25 : "0";
  // How many terms appear in the names: name matches rank above tag or description matches.
  const nameHits = terms.all.map(() => `(instr(lower("names"), ?) > 0)`).join(" + ");
  return {
    sql: `SELECT rowid AS id, ${rank} AS rank, ${nameHits} AS nameHits FROM supplier_fts WHERE ${where.join(" AND ")}`,
    params: [...terms.all, ...params],
  };
}

/** The filters of a query as SQL over Supplier `s`, optionally leaving one facet out. */
function filters(query: SupplierQuery, omit?: Facet): Sql {
  const where = [PUBLISHED];
  const params: unknown[] = [];
  if (query.categories.length && omit !== "categories") {
    where.push(
      `s."id" IN (SELECT sc."supplierId" FROM "SupplierCategory" sc JOIN "Category" c ON c."id" = sc."categoryId" WHERE c."slug" IN (${placeholders(query.categories.length)}))`,
    );
    params.push(...query.categories);
  }
  if (query.districts.length && omit !== "districts") {
    where.push(`s."district" IN (${placeholders(query.districts.length)})`);
    params.push(...query.districts);
  }
  if (omit !== "capabilities") {
    for (const cap of query.capabilities) {
      where.push(
        `s."id" IN (SELECT sk."supplierId" FROM "SupplierCapability" sk JOIN "Capability" k ON k."id" = sk."capabilityId" WHERE k."slug" = ?)`,
      );
      params.push(cap);
    }
  }
  if (query.languages.length && omit !== "languages") {
    where.push(
      `s."id" IN (SELECT sl."supplierId" FROM "SupplierLanguage" sl WHERE sl."language" IN (${placeholders(query.languages.length)}))`,
    );
    params.push(...query.languages);
  }
  if (query.smallOrders && omit !== "smallOrders") where.push(`s."acceptsSmallOrders" = 1`);
  if (query.prototypes && omit !== "prototypes") where.push(`s."acceptsPrototypes" = 1`);
  if (query.minRating !== null && omit !== "minRating") {
    where.push(`s."ratingAvg" >= ?`);
    params.push(query.minRating);
  }
  return { sql: where.join(" AND "), params };
}

type Select = { columns: string; joins?: string; where: Sql; tail?: string };

/** A SELECT over published suppliers `s`, restricted to the text hits `h` when there is text. */
function select(hits: Sql | null, { columns, joins = "", where, tail = "" }: Select): Sql {
  const head = hits
    ? `WITH hits AS (${hits.sql}) SELECT ${columns} FROM hits h JOIN "Supplier" s ON s."id" = h."id"`
    : `SELECT ${columns} FROM "Supplier" s`;
  return { sql: `${head} ${joins} WHERE ${where.sql} ${tail}`, params: [...(hits?.params ?? []), ...where.params] };
}

/** Squared equirectangular distance: monotonic in true distance at Shenzhen's scale. */
function distanceExpr(query: SupplierQuery): Sql {
  const { lat, lng } = query.near!;
  const k = Math.cos((lat * Math.PI) / 180) ** 2;
  return {
    sql: `((s."lat" - ?) * (s."lat" - ?) + (s."lng" - ?) * (s."lng" - ?) * ?)`,
    params: [lat, lat, lng, lng, k],
  };
}

function orderBy(query: SupplierQuery, hasText: boolean): Sql {
  const tie = `s."ratingAvg" DESC, s."reviewCount" DESC, s."name" COLLATE NOCASE ASC, s."id" ASC`;
  switch (query.sort) {
    case "relevance":
      return { sql: hasText ? `h."nameHits" DESC, h."rank" ASC, ${tie}` : tie, params: [] };
    case "rating":
      return { sql: tie, params: [] };
    case "reviews":
      return { sql: `s."reviewCount" DESC, s."ratingAvg" DESC, s."id" ASC`, params: [] };
    case "newest":
      return { sql: `s."publishedAt" DESC, s."id" DESC`, params: [] };
    case "name":
      return { sql: `s."name" COLLATE NOCASE ASC, s."id" ASC`, params: [] };
    case "distance": {
      const d = distanceExpr(query);
      return { sql: `s."lat" IS NULL, ${d.sql} ASC, s."id" ASC`, params: d.params };
    }
  }
}

const SUMMARY_COLUMNS = `s."id", s."slug", s."name", s."nameZh", s."nameJa", c."slug" AS "category", s."district",
  s."addressEn", s."addressZh", s."lat", s."lng", s."locationPrecision", s."acceptsSmallOrders", s."acceptsPrototypes",
  s."ratingAvg", s."reviewCount", s."publishedAt"`;

async function attachLists(run: QueryRunner, rows: Row[]): Promise<Map<number, Pick<SupplierSummary, "categories" | "capabilities" | "languages">>> {
  const ids = rows.map((r) => num(r.id));
  const lists = new Map(ids.map((id) => [id, { categories: [] as string[], capabilities: [] as string[], languages: [] as string[] }]));
  if (ids.length === 0) return lists;
  const inIds = placeholders(ids.length);
  const [cats, caps, langs] = [
    await run(
      `SELECT sc."supplierId" AS id, c."slug" AS v FROM "SupplierCategory" sc JOIN "Category" c ON c."id" = sc."categoryId" WHERE sc."supplierId" IN (${inIds}) ORDER BY c."sortOrder"`,
      ids,
    ),
    await run(
      `SELECT sk."supplierId" AS id, k."slug" AS v FROM "SupplierCapability" sk JOIN "Capability" k ON k."id" = sk."capabilityId" WHERE sk."supplierId" IN (${inIds}) ORDER BY k."sortOrder"`,
      ids,
    ),
    await run(`SELECT "supplierId" AS id, "language" AS v FROM "SupplierLanguage" WHERE "supplierId" IN (${inIds}) ORDER BY "language"`, ids),
  ];
  for (const r of cats) lists.get(num(r.id))?.categories.push(String(r.v));
  for (const r of caps) lists.get(num(r.id))?.capabilities.push(String(r.v));
  for (const r of langs) lists.get(num(r.id))?.languages.push(String(r.v));
  return lists;
}

function toSummary(r: Row, lists: Pick<SupplierSummary, "categories" | "capabilities" | "languages">): SupplierSummary {
  const s: SupplierSummary = {
    slug: String(r.slug),
    name: String(r.name),
    nameZh: (r.nameZh as string | null) ?? null,
    nameJa: (r.nameJa as string | null) ?? null,
    category: String(r.category),
    ...lists,
    district: (r.district as string | null) ?? null,
    addressEn: (r.addressEn as string | null) ?? null,
    addressZh: (r.addressZh as string | null) ?? null,
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
    locationApproximate: APPROXIMATE.includes(String(r.locationPrecision)),
    acceptsSmallOrders: r.acceptsSmallOrders === null ? null : num(r.acceptsSmallOrders) === 1,
    acceptsPrototypes: r.acceptsPrototypes === null ? null : num(r.acceptsPrototypes) === 1,
    ratingAvg: Math.round(num(r.ratingAvg) * 100) / 100,
    reviewCount: num(r.reviewCount),
    publishedAt: r.publishedAt ? new Date(String(r.publishedAt)).toISOString() : null,
  };
  return s;
}

async function countBy(run: QueryRunner, q: Sql): Promise<Record<string, number>> {
  const rows = await run(q.sql, q.params);
  return Object.fromEntries(rows.filter((r) => r.k !== null).map((r) => [String(r.k), num(r.n)]));
}

const JOIN_CATEGORIES = `JOIN "SupplierCategory" sc ON sc."supplierId" = s."id" JOIN "Category" c ON c."id" = sc."categoryId"`;
const JOIN_CAPABILITIES = `JOIN "SupplierCapability" sk ON sk."supplierId" = s."id" JOIN "Capability" k ON k."id" = sk."capabilityId"`;
const JOIN_LANGUAGES = `JOIN "SupplierLanguage" sl ON sl."supplierId" = s."id"`;

/**
 * How many results each facet value would give. Facets whose values are alternatives
 * (categories, districts, languages, the flags, the rating) are counted without their own
 * selection, so ticking another value shows what it adds; capabilities must all match, so
 * theirs are counted within the current results.
 */
async function facetCounts(run: QueryRunner, query: SupplierQuery, hits: Sql | null): Promise<FacetCounts> {
  const group = (columns: string, joins: string, omit: Facet | undefined, key: string) =>
    countBy(run, select(hits, { columns, joins, where: filters(query, omit), tail: `GROUP BY ${key}` }));
  const sumOf = async (columns: string, omit: Facet) => {
    const q = select(hits, { columns, where: filters(query, omit) });
    return (await run(q.sql, q.params))[0] ?? {};
  };
  const ratingColumns = RATING_THRESHOLDS.map((t) => `sum(s."ratingAvg" >= ${t}) AS "r${t}"`).join(", ");
  const ratings = await sumOf(ratingColumns, "minRating");
  return {
    categories: await group(`c."slug" AS k, count(*) AS n`, JOIN_CATEGORIES, "categories", `c."slug"`),
    districts: await group(`s."district" AS k, count(*) AS n`, "", "districts", `s."district"`),
    capabilities: await group(`k."slug" AS k, count(*) AS n`, JOIN_CAPABILITIES, undefined, `k."slug"`),
    languages: await group(`sl."language" AS k, count(*) AS n`, JOIN_LANGUAGES, "languages", `sl."language"`),
    smallOrders: num((await sumOf(`sum(s."acceptsSmallOrders") AS n`, "smallOrders")).n),
    prototypes: num((await sumOf(`sum(s."acceptsPrototypes") AS n`, "prototypes")).n),
    minRating: Object.fromEntries(RATING_THRESHOLDS.map((t) => [String(t), num(ratings[`r${t}`])])),
  };
}

export function createSqliteSupplierSearch(run: QueryRunner): SupplierSearch {
  return {
    async search(query, options = {}): Promise<SupplierSearchResult> {
      const hits = textHits(query.q);
      const where = filters(query);
      const order = orderBy(query, hits !== null);
      const page = select(hits, {
        columns: SUMMARY_COLUMNS,
        joins: `JOIN "Category" c ON c."id" = s."primaryCategoryId"`,
        where,
        tail: `ORDER BY ${order.sql} LIMIT ? OFFSET ?`,
      });
      const rows = await run(page.sql, [
        ...page.params,
        ...order.params,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]);
      const count = select(hits, { columns: "count(*) AS n", where });
      const total = num((await run(count.sql, count.params))[0]?.n);
      const lists = await attachLists(run, rows);
      const items = rows.map((r) => {
        const summary = toSummary(r, lists.get(num(r.id))!);
        if (query.near && summary.lat !== null && summary.lng !== null) {
          summary.distanceMetres = Math.round(distanceMetres(query.near, { lat: summary.lat, lng: summary.lng }));
        }
        return summary;
      });
      const result: SupplierSearchResult = { items, total, page: query.page, pageSize: query.pageSize };
      if (options.facets) result.facets = await facetCounts(run, query, hits);
      return result;
    },
  };
}
