import "server-only";
import { LRUCache } from "lru-cache";
import { buildMapIndex, queryMapIndex, type MapFeatureCollection, type MapIndex, type MapPointFeature } from "@/lib/map/cluster";
import { filterParams, type BBox } from "@/lib/map/params";
import { hasFilters, type SupplierQuery } from "@/lib/search/query";
import { readSupplierDataVersion } from "@/server/data/data-version";
import { readRows } from "@/server/db";
import { createSqliteSupplierSearch } from "@/server/search/sqlite";

const search = createSqliteSupplierSearch(async (sql, params) => readRows(sql, params));

const APPROXIMATE = new Set(["AREA", "DISTRICT"]);

/** Every published supplier with a point: what each filter set's index is cut from. */
type Base = { version: number; ids: number[]; points: MapPointFeature[] };

const POINTS_SQL = `SELECT s."id", s."slug", s."name", s."nameZh", s."nameJa", c."slug" AS "category", s."district",
  s."ratingAvg", s."reviewCount", s."locationPrecision", s."lat", s."lng"
  FROM "Supplier" s JOIN "Category" c ON c."id" = s."primaryCategoryId"
  WHERE s."status" = 'PUBLISHED' AND s."lat" IS NOT NULL AND s."lng" IS NOT NULL`;

function loadBase(version: number): Base {
  const rows = readRows(POINTS_SQL, []);
  const ids: number[] = new Array(rows.length);
  const points: MapPointFeature[] = new Array(rows.length);
  rows.forEach((r, i) => {
    ids[i] = Number(r.id);
    points[i] = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [Number(r.lng), Number(r.lat)] },
      properties: {
        slug: String(r.slug),
        name: String(r.name),
        nameZh: (r.nameZh as string | null) ?? null,
        nameJa: (r.nameJa as string | null) ?? null,
        category: String(r.category),
        district: (r.district as string | null) ?? null,
        ratingAvg: Math.round(Number(r.ratingAvg ?? 0) * 100) / 100,
        reviewCount: Number(r.reviewCount ?? 0),
        // A point of unknown precision is treated as approximate, as on the detail page.
        approximate: r.locationPrecision === null || APPROXIMATE.has(String(r.locationPrecision)),
      },
    };
  });
  return { version, ids, points };
}

type Entry = { version: number; index: MapIndex; points: number };

/**
 * One cluster index per filter set asked for, least recently used dropped first. The size is the
 * number of points: an index of 100 000 takes about 15 MB, so the cache holds a few full ones
 * and many narrow ones.
 */
const indexes = new LRUCache<string, Entry>({ maxSize: 500_000, sizeCalculation: (entry) => entry.points + 1 });
/** Builds under way, shared by the requests that arrive while they run. */
const building = new Map<string, Promise<Entry>>();
let base: Base | undefined;
let seenVersion = -1;

async function build(version: number, key: string, query: SupplierQuery): Promise<Entry> {
  // The version is read before the rows: an index is never newer-labelled than its data.
  if (base?.version !== version) base = loadBase(version);
  const { ids, points } = base;
  let selected = points;
  if (hasFilters(query)) {
    const matching = new Set(await search.matchingIds(query));
    selected = points.filter((_, i) => matching.has(ids[i]));
  }
  const entry = { version, index: buildMapIndex(selected), points: selected.length };
  indexes.set(key, entry);
  return entry;
}

/** The cluster index of a filter set at the current data version, built at most once per version. */
async function indexFor(query: SupplierQuery): Promise<MapIndex> {
  const version = readSupplierDataVersion();
  if (version !== seenVersion) {
    // A listing changed: every index is stale. Dropping them now frees their memory at once.
    seenVersion = version;
    indexes.clear();
  }
  const key = filterParams(query).toString();
  const cached = indexes.get(key);
  if (cached?.version === version) return cached.index;
  const buildKey = `${version} ${key}`;
  let pending = building.get(buildKey);
  if (!pending) {
    pending = build(version, key, query).finally(() => building.delete(buildKey));
    building.set(buildKey, pending);
  }
  return (await pending).index;
}

/** Clusters and points of the published suppliers matching the filters, for one map view. */
export async function findMapFeatures({ query, bbox, zoom }: { query: SupplierQuery; bbox: BBox; zoom: number }): Promise<MapFeatureCollection> {
  return queryMapIndex(await indexFor(query), bbox, zoom);
}
