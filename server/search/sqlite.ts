import "server-only";
import { distance } from "fastest-levenshtein";
import { ALL, textExpressions } from "@/lib/search/expression";
import { countFacets, type SignatureRow } from "@/lib/search/facets";
import { EMPTY_QUERY, hasFilters, type SupplierQuery } from "@/lib/search/query";
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES } from "@/lib/taxonomy";
import { splitTerms } from "@/lib/search/text";
import { keyBoundForMinRating, SQL_ID_OF_KEY, supplierIdOfKey, tagToken, termAnywhere, WORD_PREFIX, type TagKind } from "@/lib/search/tokens";
import {
  COUNT_LIMIT,
  RATING_THRESHOLDS,
  type FacetCounts,
  type Interpretation,
  type Suggestion,
  type SupplierSearch,
  type SupplierSearchResult,
  type SupplierSummary,
} from "@/lib/search/types";
import { readTerms, vocabularyLatinWords, type QueryUnit } from "@/lib/search/vocabulary";
import { distanceMetres } from "@/lib/geo";

export type Row = Record<string, unknown>;
/** Runs one SQL statement with positional `?` parameters. */
export type QueryRunner = (sql: string, params: unknown[]) => Promise<Row[]>;

type Sql = { sql: string; params: unknown[] };

const APPROXIMATE = ["AREA", "DISTRICT"];
const PUBLISHED = `s."status" = 'PUBLISHED'`;
/** A Latin word this long that matches nothing is retried once with one edit. */
const MIN_FIX_LENGTH = 5;
/**
 * Up to this many matches, a sort other than relevance or rating sorts them all; beyond, it
 * walks its index probing each supplier (about 10 µs a probe, against about 1 µs a match to sort).
 */
const SORT_MATCHES_UP_TO = COUNT_LIMIT;

export type SearchOptions = { sortMatchesUpTo?: number };

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");
export const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
export const list = (v: unknown) => (typeof v === "string" && v !== "" ? v.split(",") : []);

// ---------------------------------------------------------------------------------------------
// Every search, with text or without, is answered by the search index (migration search_index,
// lib/search/tokens.ts): text and filters are one MATCH expression, and the rowids order
// suppliers best-rated first, so relevance and rating pages are the first rowids that match.

/**
 * Sort keys for orders other than relevance and rating (which are the index's own order). Each
 * matches an index on (status, keys…) with the rowid last, so SQLite can read a page in order.
 */
function orderBy(query: SupplierQuery): Sql {
  switch (query.sort) {
    case "relevance":
    case "rating":
      return { sql: `s."ratingAvg" DESC, s."reviewCount" DESC, s."id" ASC`, params: [] };
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

/** A MATCH on the index, with the minimum rating as a rowid bound. */
function indexWhere(match: string, query: SupplierQuery): Sql {
  return query.minRating === null
    ? { sql: `search_index MATCH ?`, params: [match] }
    : { sql: `search_index MATCH ? AND rowid < ?`, params: [match, keyBoundForMinRating(query.minRating)] };
}

/** Matches counted up to `limit` + 1, so "more than the limit" is known without counting them all. */
async function countMatches(run: QueryRunner, where: Sql, limit = COUNT_LIMIT): Promise<{ total: number; exact: boolean }> {
  const [row] = await run(`SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE ${where.sql} LIMIT ?)`, [...where.params, limit + 1]);
  const n = num(row?.n);
  return n > limit ? { total: limit, exact: false } : { total: n, exact: true };
}

async function keysInOrder(run: QueryRunner, where: Sql, limit: number, offset: number): Promise<number[]> {
  const rows = await run(`SELECT rowid AS k FROM search_index WHERE ${where.sql} ORDER BY rowid LIMIT ? OFFSET ?`, [...where.params, limit, offset]);
  return rows.map((r) => num(r.k));
}

/** Supplier ids of one page, in the query's order. */
async function pageIds(
  run: QueryRunner,
  query: SupplierQuery,
  units: QueryUnit[],
  count: { total: number; exact: boolean },
  sortMatchesUpTo: number,
): Promise<number[]> {
  const expr = textExpressions(units, query);
  const offset = (query.page - 1) * query.pageSize;
  if (query.sort === "rating" || (query.sort === "relevance" && units.length === 0)) {
    return (await keysInOrder(run, indexWhere(expr.matches, query), query.pageSize, offset)).map(supplierIdOfKey);
  }
  if (query.sort === "relevance") {
    // Suppliers with every unit in their names come first, then the rest; each tier in key order.
    const names = indexWhere(expr.names, query);
    const first = await keysInOrder(run, names, query.pageSize, offset);
    if (first.length === query.pageSize) return first.map(supplierIdOfKey);
    // How many suppliers the first tier has, to know where in the rest this page starts.
    const inFirstTier =
      first.length > 0 ? offset + first.length : num((await run(`SELECT count(*) AS n FROM search_index WHERE ${names.sql}`, names.params))[0]?.n);
    const rest = await keysInOrder(run, indexWhere(expr.rest, query), query.pageSize - first.length, Math.max(0, offset - inFirstTier));
    return [...first, ...rest].map(supplierIdOfKey);
  }
  const order = orderBy(query);
  const page = [query.pageSize, offset];
  if (expr.matches === ALL && query.minRating === null) {
    // Nothing to match: the order's own index, read a page at a time.
    const rows = await run(`SELECT s."id" FROM "Supplier" s WHERE ${PUBLISHED} ORDER BY ${order.sql} LIMIT ? OFFSET ?`, [...order.params, ...page]);
    return rows.map((r) => num(r.id));
  }
  const where = indexWhere(expr.matches, query);
  if (count.exact && count.total <= sortMatchesUpTo) {
    // CROSS JOIN keeps the matches as the outer loop: given ORDER BY … LIMIT, SQLite may otherwise
    // walk the order's index over every supplier and test each against the list (1.8 s at 1 000 000).
    const rows = await run(
      `SELECT s."id" FROM (SELECT rowid ${SQL_ID_OF_KEY} AS "id" FROM search_index WHERE ${where.sql}) m
         CROSS JOIN "Supplier" s ON s."id" = m."id" ORDER BY ${order.sql} LIMIT ? OFFSET ?`,
      [...where.params, ...order.params, ...page],
    );
    return rows.map((r) => num(r.id));
  }
  // Many matches: walk the order's index and keep the suppliers the index matches, probing it by
  // each one's key, until the page is full.
  const rows = await run(
    `SELECT s."id" FROM "Supplier" s WHERE ${PUBLISHED}
       AND EXISTS (SELECT 1 FROM search_index WHERE ${where.sql} AND rowid = (SELECT "key" FROM "search_key" WHERE "supplierId" = s."id"))
     ORDER BY ${order.sql} LIMIT ? OFFSET ?`,
    [...where.params, ...order.params, ...page],
  );
  return rows.map((r) => num(r.id));
}

/**
 * Facet counts of the whole directory (no text, no filter), the landing list: how many suppliers
 * carry each tag is the tag's document count in the index, read without visiting a row.
 */
async function directoryFacetCounts(run: QueryRunner): Promise<FacetCounts> {
  const rows = await run(`SELECT term, doc FROM search_vocab WHERE term > 'x' AND term < 'y'`, []);
  const docs = new Map(rows.map((r) => [String(r.term), num(r.doc)]));
  const counts = (kind: TagKind, values: readonly string[]) =>
    Object.fromEntries(values.flatMap((v) => (docs.get(tagToken(kind, v)) ? [[v, docs.get(tagToken(kind, v))!]] : [])));
  const minRating: Record<string, number> = {};
  for (const t of RATING_THRESHOLDS) minRating[String(t)] = (await countMatches(run, indexWhere(ALL, { ...EMPTY_QUERY, minRating: t }), Number.MAX_SAFE_INTEGER - 1)).total;
  return {
    categories: counts("category", CATEGORIES.map((c) => c.slug)),
    districts: counts("district", DISTRICTS.map((d) => d.slug)),
    capabilities: counts("capability", CAPABILITIES.map((c) => c.slug)),
    languages: counts("language", LANGUAGES.map((l) => l.code)),
    smallOrders: docs.get(tagToken("flag", "small")) ?? 0,
    prototypes: docs.get(tagToken("flag", "proto")) ?? 0,
    minRating,
  };
}

async function facetCounts(run: QueryRunner, query: SupplierQuery, units: QueryUnit[]): Promise<FacetCounts> {
  if (units.length === 0 && !hasFilters({ ...query, q: "" })) return directoryFacetCounts(run);
  const rows = await run(`SELECT rowid AS key, "cats", "caps", "langs", "misc" FROM search_index WHERE search_index MATCH ?`, [
    textExpressions(units, query).unfiltered,
  ]);
  return countFacets(rows as SignatureRow[], query);
}

// ---------------------------------------------------------------------------------------------
// Summaries

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

async function summaries(run: QueryRunner, ids: number[], query: SupplierQuery): Promise<SupplierSummary[]> {
  const rows = ids.length ? await run(SUMMARY_SQL(ids.length), ids) : [];
  const byId = new Map(rows.map((r) => [num(r.id), r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const summary = rowToSummary(row);
    if (query.near && summary.lat !== null && summary.lng !== null) {
      summary.distanceMetres = Math.round(distanceMetres(query.near, { lat: summary.lat, lng: summary.lng }));
    }
    return [summary];
  });
}

// ---------------------------------------------------------------------------------------------
// Spelling: candidates are the words one edit away from a typed word, looked up among the index's
// own words (the `w…` tokens) through fts5vocab, and the vocabulary's words. Reading the whole
// word list instead costs 1.7 s at 1 000 000 suppliers (fts5vocab counts every posting).

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** Every word one deletion, swap of neighbours, substitution or insertion away (as in Norvig's corrector). */
function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}

/** Words near `word` that suppliers' texts or the vocabulary contain, most common first. */
async function neighbours(run: QueryRunner, word: string, maxEdits: number): Promise<string[]> {
  const candidates = oneEditAway(word);
  const rows = await run(`SELECT term, doc FROM search_vocab WHERE term IN (SELECT value FROM json_each(?))`, [
    JSON.stringify(candidates.map((c) => WORD_PREFIX + c)),
  ]);
  const found = new Map(rows.map((r) => [String(r.term).slice(WORD_PREFIX.length), num(r.doc)]));
  for (const w of vocabularyLatinWords()) {
    if (!found.has(w) && w !== word && Math.abs(w.length - word.length) <= maxEdits && distance(w, word) <= maxEdits) found.set(w, 0);
  }
  return [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

const isFixable = (term: string) => new RegExp(`^[a-z]{${MIN_FIX_LENGTH},}$`).test(term);

// ---------------------------------------------------------------------------------------------

export function createSqliteSupplierSearch(run: QueryRunner, { sortMatchesUpTo = SORT_MATCHES_UP_TO }: SearchOptions = {}): SupplierSearch {

  async function matchesAnything(term: string): Promise<boolean> {
    return (await run(`SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1`, [termAnywhere(term)])).length > 0;
  }

  const count = (units: QueryUnit[], query: SupplierQuery) => countMatches(run, indexWhere(textExpressions(units, query).matches, query));

  /** Searches that would find something when this one finds nothing. */
  async function suggest(query: SupplierQuery, terms: string[], units: QueryUnit[]): Promise<Suggestion[]> {
    const out: Suggestion[] = [];
    const q = terms.join(" ");
    const unfiltered = { ...query, categories: [], districts: [], capabilities: [], languages: [], smallOrders: false, prototypes: false, minRating: null };
    const hasFilters = JSON.stringify(unfiltered) !== JSON.stringify(query);
    if (hasFilters) {
      const c = await count(units, unfiltered);
      if (c.total > 0) out.push({ kind: "withoutFilters", q, total: c.total, totalExact: c.exact });
    }
    if (units.length > 1) {
      for (const [i, unit] of units.entries()) {
        const others = units.filter((_, j) => j !== i);
        const c = await count(others, query);
        if (c.total > 0) out.push({ kind: "withoutWord", q: terms.filter((t) => !unit.terms.includes(t)).join(" "), total: c.total, totalExact: c.exact });
      }
    }
    for (const term of terms.filter((t) => /^[a-z]{4,}$/.test(t))) {
      for (const candidate of (await neighbours(run, term, term.length >= 7 ? 2 : 1)).slice(0, 5)) {
        const replaced = terms.map((t) => (t === term ? candidate : t));
        const c = await count(readTerms(replaced, { literal: query.literal }), query);
        if (c.total > 0) {
          out.push({ kind: "similarWord", q: replaced.join(" "), total: c.total, totalExact: c.exact });
          break;
        }
      }
    }
    return out.sort((a, b) => b.total - a.total).slice(0, 3);
  }

  /** Runs the text search; when it finds nothing, fixes Latin words that match nothing and runs once more. */
  async function readAndCount(query: SupplierQuery, terms: string[]) {
    let units = readTerms(terms, { literal: query.literal });
    let c = await count(units, query);
    const corrections: Interpretation["corrections"] = [];
    if (c.total === 0 && !query.literal && terms.length > 0) {
      const fixed = [...terms];
      for (const [i, term] of terms.entries()) {
        if (!isFixable(term) || (await matchesAnything(term))) continue;
        const [best] = await neighbours(run, term, 1);
        if (best) {
          fixed[i] = best;
          corrections.push({ from: term, to: best });
        }
      }
      if (corrections.length > 0) {
        const retried = readTerms(fixed, {});
        const c2 = await count(retried, query);
        if (c2.total > 0) return { terms: fixed, units: retried, count: c2, corrections };
        corrections.length = 0;
      }
    }
    return { terms, units, count: c, corrections };
  }

  async function searchText(query: SupplierQuery, terms: string[], withFacets: boolean): Promise<SupplierSearchResult> {
    const read = await readAndCount(query, terms);
    const ids = read.count.total > 0 ? await pageIds(run, query, read.units, read.count, sortMatchesUpTo) : [];
    const interpretation: Interpretation = {
      q: read.terms.join(" "),
      literal: query.literal,
      readings: read.units.flatMap((u) => u.readings.map((r) => ({ text: u.terms.join(" "), kind: r.kind, slug: r.slug }))),
      corrections: read.corrections,
      suggestions: read.count.total === 0 && read.terms.length > 0 ? await suggest(query, read.terms, read.units) : [],
    };
    const result: SupplierSearchResult = {
      items: await summaries(run, ids, query),
      total: read.count.total,
      totalExact: read.count.exact,
      page: query.page,
      pageSize: query.pageSize,
      interpretation,
    };
    if (withFacets) result.facets = await facetCounts(run, query, read.units);
    return result;
  }

  return {
    search(query, options = {}) {
      return searchText(query, splitTerms(query.q), !!options.facets);
    },
    countFacets(query) {
      return facetCounts(run, query, readTerms(splitTerms(query.q), { literal: query.literal }));
    },
    async matchingIds(query) {
      const units = readTerms(splitTerms(query.q), { literal: query.literal });
      const where = indexWhere(textExpressions(units, query).matches, query);
      return (await run(`SELECT rowid ${SQL_ID_OF_KEY} AS "id" FROM search_index WHERE ${where.sql}`, where.params)).map((r) => num(r.id));
    },
  };
}
