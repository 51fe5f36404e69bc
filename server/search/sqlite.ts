import "server-only";
import { distanceMetres } from "@/lib/geo";
import type { SupplierQuery } from "@/lib/search/query";
import { buildFtsMatch, containsPattern, ftsString, gramToken, splitTerms } from "@/lib/search/text";
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
export const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/** Ids of suppliers whose names contain a one- or two-character term (indexed, see migration). */
function nameGramIds(term: string): Sql {
  return { sql: `SELECT rowid AS id FROM supplier_gram WHERE supplier_gram MATCH ?`, params: [ftsString(gramToken(term))] };
}

/** Ids of suppliers with a category or capability whose slug or a label contains the term. */
function labelIds(term: string): Sql {
  const like = `"slug" LIKE ? ${ESC} OR "labelEn" LIKE ? ${ESC} OR "labelZh" LIKE ? ${ESC} OR "labelJa" LIKE ? ${ESC}`;
  const p = containsPattern(term);
  return {
    sql:
      `SELECT "supplierId" FROM "SupplierCategory" WHERE "categoryId" IN (SELECT "id" FROM "Category" WHERE ${like}) ` +
      `UNION SELECT "supplierId" FROM "SupplierCapability" WHERE "capabilityId" IN (SELECT "id" FROM "Capability" WHERE ${like})`,
    params: [p, p, p, p, p, p, p, p],
  };
}

/**
 * `id` is in the names-or-tags matches of a short term: what `names LIKE … OR tags LIKE …` gives.
 * The unary + keeps SQLite from using the IN list as a rowid lookup on supplier_fts, a plan in
 * which FTS5 can no longer serve the MATCH ("unable to use function MATCH").
 */
function shortTermCondition(id: string, term: string): Sql {
  const names = nameGramIds(term);
  const labels = labelIds(term);
  return { sql: `(+${id} IN (${names.sql}) OR +${id} IN (${labels.sql}))`, params: [...names.params, ...labels.params] };
}

/**
 * The suppliers matching the text, with their rank, or null when there is no text. Terms of
 * three or more characters use the trigram index over names, tags, address and description;
 * shorter ones match names and tags (see the supplier_search migration).
 */
function textHits(q: string, { ranked = true, namesOnly = false }: { ranked?: boolean; namesOnly?: boolean } = {}): Sql | null {
  const terms = splitTerms(q);
  if (terms.all.length === 0) return null;
  const match = buildFtsMatch(terms.fts);
  const id = match ? "rowid" : "x.id";
  // How many terms appear in the names: name matches rank above tag or description matches.
  // A column-filtered MATCH finds them from the index without reading each row's text.
  const nameHits: Sql[] = [
    ...terms.fts.map((t) => ({
      sql: `(+${id} IN (SELECT rowid FROM supplier_fts WHERE supplier_fts MATCH ?))`,
      params: [`{names} : ${ftsString(t)}`],
    })),
    ...terms.short.map((t) => {
      const ids = nameGramIds(t);
      return { sql: `(+${id} IN (${ids.sql}))`, params: ids.params };
    }),
  ];
  const conditions = terms.short.slice(match ? 0 : 1).map((t) => shortTermCondition(id, t));
  // The top tier of the relevance order: every term is in the names.
  if (namesOnly) conditions.push(...nameHits);
  let from: Sql;
  if (match) {
    from = { sql: `FROM supplier_fts WHERE supplier_fts MATCH ?`, params: [match] };
  } else if (namesOnly) {
    const names = nameGramIds(terms.short[0]);
    from = { sql: `FROM (${names.sql}) x WHERE 1`, params: names.params };
  } else {
    // Drive from the first short term's matches; the others filter them.
    const names = nameGramIds(terms.short[0]);
    const labels = labelIds(terms.short[0]);
    from = { sql: `FROM (${names.sql} UNION ${labels.sql}) x WHERE 1`, params: [...names.params, ...labels.params] };
  }
  // Counting needs only the ids: no bm25, no name-hit lookups.
  const rankColumns = ranked ? [{ sql: `${match ? BM25 : "0"} AS rank, ${nameHits.map((h) => h.sql).join(" + ")} AS nameHits`, params: nameHits.flatMap((h) => h.params) }] : [];
  return {
    sql: `SELECT ${[`${id} AS id`, ...rankColumns.map((c) => c.sql)].join(", ")} ${from.sql}${conditions.map((c) => ` AND ${c.sql}`).join("")}`,
    params: [...rankColumns.flatMap((c) => c.params), ...from.params, ...conditions.flatMap((c) => c.params)],
  };
}

/**
 * How set-membership filters are written. Reading one page in sort order, a correlated EXISTS
 * probe per row lets SQLite walk the sort index and stop after the page; counting every match,
 * IN lists built once are cheaper than a probe per published row.
 */
type Mode = "page" | "count";

function member(mode: Mode, table: string, condition: string): string {
  return mode === "page"
    ? `EXISTS (SELECT 1 FROM ${table} WHERE x."supplierId" = s."id" AND ${condition})`
    : `s."id" IN (SELECT x."supplierId" FROM ${table} WHERE ${condition})`;
}

/** The filters of a query as SQL over Supplier `s`, optionally leaving one facet out. */
function filters(query: SupplierQuery, omit?: Facet, mode: Mode = "count"): Sql {
  const where = [PUBLISHED];
  const params: unknown[] = [];
  if (query.categories.length && omit !== "categories") {
    where.push(
      member(mode, `"SupplierCategory" x`, `x."categoryId" IN (SELECT "id" FROM "Category" WHERE "slug" IN (${placeholders(query.categories.length)}))`),
    );
    params.push(...query.categories);
  }
  if (query.districts.length && omit !== "districts") {
    where.push(`s."district" IN (${placeholders(query.districts.length)})`);
    params.push(...query.districts);
  }
  if (omit !== "capabilities") {
    for (const cap of query.capabilities) {
      where.push(member(mode, `"SupplierCapability" x`, `x."capabilityId" = (SELECT "id" FROM "Capability" WHERE "slug" = ?)`));
      params.push(cap);
    }
  }
  if (query.languages.length && omit !== "languages") {
    where.push(member(mode, `"SupplierLanguage" x`, `x."language" IN (${placeholders(query.languages.length)})`));
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

/**
 * Sort keys. Each non-text order matches an index on (status, keys…) with the rowid last, so
 * SQLite reads a page in order instead of sorting every published supplier.
 */
function orderBy(query: SupplierQuery, hasText: boolean): Sql {
  const byRating = `s."ratingAvg" DESC, s."reviewCount" DESC, s."id" ASC`;
  switch (query.sort) {
    case "relevance":
      return { sql: hasText ? `h."nameHits" DESC, h."rank" ASC, ${byRating}` : byRating, params: [] };
    case "rating":
      return { sql: byRating, params: [] };
    case "reviews":
      return { sql: `s."reviewCount" DESC, s."ratingAvg" DESC, s."id" ASC`, params: [] };
    case "newest":
      return { sql: `s."publishedAt" DESC, s."id" DESC`, params: [] };
    case "name":
      return { sql: `s."name" COLLATE NOCASE ASC, s."id" ASC`, params: [] };
    case "distance": {
      // Squared equirectangular distance: monotonic in true distance at Shenzhen's scale.
      const { lat, lng } = query.near!;
      const k = Math.cos((lat * Math.PI) / 180) ** 2;
      return {
        sql: `s."lat" IS NULL, ((s."lat" - ?) * (s."lat" - ?) + (s."lng" - ?) * (s."lng" - ?) * ?) ASC, s."id" ASC`,
        params: [lat, lat, lng, lng, k],
      };
    }
  }
}

export const list = (v: unknown) => (typeof v === "string" && v !== "" ? v.split(",") : []);

/** Everything a result card needs, for one page of ids, in one statement. */
const SUMMARY_SQL = (n: number) => `SELECT s."id", s."slug", s."name", s."nameZh", s."nameJa", c."slug" AS "category", s."district",
  s."addressEn", s."addressZh", s."lat", s."lng", s."locationPrecision", s."acceptsSmallOrders", s."acceptsPrototypes", s."moq",
  s."ratingAvg", s."reviewCount", s."publishedAt",
  (SELECT group_concat(x."slug") FROM (SELECT k."slug" FROM "SupplierCategory" sc JOIN "Category" k ON k."id" = sc."categoryId"
     WHERE sc."supplierId" = s."id" ORDER BY k."sortOrder") x) AS "categories",
  (SELECT group_concat(x."slug") FROM (SELECT k."slug" FROM "SupplierCapability" sk JOIN "Capability" k ON k."id" = sk."capabilityId"
     WHERE sk."supplierId" = s."id" ORDER BY k."sortOrder") x) AS "capabilities",
  (SELECT group_concat(x."language") FROM (SELECT "language" FROM "SupplierLanguage" WHERE "supplierId" = s."id" ORDER BY "language") x) AS "languages"
  FROM "Supplier" s JOIN "Category" c ON c."id" = s."primaryCategoryId" WHERE s."id" IN (${placeholders(n)})`;

/** A supplier row (as SUMMARY_SQL selects it) as the search result shape; the export reuses it. */
export function rowToSummary(r: Row): SupplierSummary {
  return {
    slug: String(r.slug),
    name: String(r.name),
    nameZh: (r.nameZh as string | null) ?? null,
    nameJa: (r.nameJa as string | null) ?? null,
    category: String(r.category),
    categories: list(r.categories),
    capabilities: list(r.capabilities),
    languages: list(r.languages),
    district: (r.district as string | null) ?? null,
    addressEn: (r.addressEn as string | null) ?? null,
    addressZh: (r.addressZh as string | null) ?? null,
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
    locationApproximate: APPROXIMATE.includes(String(r.locationPrecision)),
    acceptsSmallOrders: r.acceptsSmallOrders === null ? null : num(r.acceptsSmallOrders) === 1,
    acceptsPrototypes: r.acceptsPrototypes === null ? null : num(r.acceptsPrototypes) === 1,
    moq: r.moq === null || r.moq === undefined ? null : num(r.moq),
    ratingAvg: Math.round(num(r.ratingAvg) * 100) / 100,
    reviewCount: num(r.reviewCount),
    publishedAt: r.publishedAt ? new Date(String(r.publishedAt)).toISOString() : null,
  };
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
      const order = orderBy(query, hits !== null);
      // Rank first, reading only ids and sort keys; the columns of the page's rows come after.
      const rank = (source: Sql | null) => {
        const ranked = select(source, { columns: `s."id"`, where: filters(query, undefined, "page"), tail: `ORDER BY ${order.sql} LIMIT ? OFFSET ?` });
        return run(ranked.sql, [...ranked.params, ...order.params, query.pageSize, (query.page - 1) * query.pageSize]);
      };
      // Relevance puts suppliers with every term in their names first, in the same order as
      // the full ranking. When that tier alone fills the page, only it is ranked: bm25 over a
      // few hundred name matches instead of tens of thousands of text matches.
      let ids: Row[] | undefined;
      if (hits && query.sort === "relevance") {
        const tier = await rank(textHits(query.q, { namesOnly: true }));
        if (tier.length === query.pageSize) ids = tier;
      }
      ids ??= await rank(hits);
      const count = select(textHits(query.q, { ranked: false }), { columns: "count(*) AS n", where: filters(query) });
      const total = num((await run(count.sql, count.params))[0]?.n);
      const rows = ids.length ? await run(SUMMARY_SQL(ids.length), ids.map((r) => num(r.id))) : [];
      const byId = new Map(rows.map((r) => [num(r.id), r]));
      const items = ids.map((r) => {
        const summary = rowToSummary(byId.get(num(r.id))!);
        if (query.near && summary.lat !== null && summary.lng !== null) {
          summary.distanceMetres = Math.round(distanceMetres(query.near, { lat: summary.lat, lng: summary.lng }));
        }
        return summary;
      });
      const result: SupplierSearchResult = { items, total, page: query.page, pageSize: query.pageSize };
      if (options.facets) result.facets = await facetCounts(run, query, hits);
      return result;
    },
    countFacets(query) {
      return facetCounts(run, query, textHits(query.q));
    },
  };
}
