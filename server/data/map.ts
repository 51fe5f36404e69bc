import "server-only";
import { LRUCache } from "lru-cache";
import {
  buildMapIndex,
  isCluster,
  queryMapIndex,
  type MapFeature,
  type MapFeatureCollection,
  type MapIndex,
  type MapPointProps,
  type PointInput,
} from "@/lib/map/cluster";
import { filterParams, type BBox } from "@/lib/map/params";
import { hasFilters, type SupplierQuery } from "@/lib/search/query";
import { readSupplierDataVersion } from "@/server/data/data-version";
import { readRows } from "@/server/db";
import { createSqliteSupplierSearch } from "@/server/search/sqlite";

const search = createSqliteSupplierSearch(async (sql, params) => readRows(sql, params));

/**
 * Only what clustering needs, read from the (status, lat, lng) index plus the district: about
 * 0.15 s at 100 000 suppliers, where reading names too takes 0.5–0.7 s.
 */
const POINTS_SQL = `SELECT s."id", s."lat", s."lng", s."district" FROM "Supplier" s
  WHERE s."status" = 'PUBLISHED' AND s."lat" IS NOT NULL AND s."lng" IS NOT NULL`;

/** What a popup and the side list show, for the points of one answer. */
const PROPS_SQL = `SELECT s."id", s."slug", s."name", s."nameZh", s."nameJa", c."slug" AS "category", s."district",
  s."ratingAvg", s."reviewCount", s."locationPrecision"
  FROM "Supplier" s JOIN "Category" c ON c."id" = s."primaryCategoryId"
  WHERE s."id" IN (SELECT value FROM json_each(?)) AND s."status" = 'PUBLISHED'`;

const APPROXIMATE = new Set(["AREA", "DISTRICT"]);

type Entry = { version: number; index: MapIndex; points: number };

/**
 * One cluster index per filter set asked for, least recently used dropped first, weighed by
 * its number of points (an index of 100 000 takes about 10 MB).
 */
const indexes = new LRUCache<string, Entry>({ maxSize: 600_000, sizeCalculation: (entry) => entry.points + 1 });
/** Builds under way, shared by the requests that arrive while they run. */
const building = new Map<string, Promise<Entry>>();
/** Popup properties by supplier id, for the current data version. */
const props = new LRUCache<number, MapPointProps>({ max: 50_000 });
/** Every published point, for the current data version: each filter set's index is cut from it. */
let base: { version: number; points: PointInput[] } | undefined;
let seenVersion = -1;

function loadPoints(): PointInput[] {
  return readRows(POINTS_SQL, []).map((r) => ({
    id: Number(r.id),
    lat: Number(r.lat),
    lng: Number(r.lng),
    district: (r.district as string | null) ?? null,
  }));
}

async function build(version: number, key: string, query: SupplierQuery): Promise<Entry> {
  // The version was read before the rows: an index is never labelled newer than its data.
  if (base?.version !== version) base = { version, points: loadPoints() };
  let selected = base.points;
  if (hasFilters(query)) {
    const matching = new Set(await search.matchingIds(query));
    selected = selected.filter((p) => matching.has(p.id));
  }
  const entry = { version, index: buildMapIndex(selected), points: selected.length };
  indexes.set(key, entry);
  return entry;
}

/** The cluster index of a filter set at the current data version, built at most once per version. */
async function indexFor(query: SupplierQuery): Promise<MapIndex> {
  const version = readSupplierDataVersion();
  if (version !== seenVersion) {
    // A listing changed: every index and every cached name is stale. Dropping them now frees
    // their memory at once rather than as they age out.
    seenVersion = version;
    indexes.clear();
    props.clear();
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

function loadProps(ids: number[]) {
  for (const r of readRows(PROPS_SQL, [JSON.stringify(ids)])) {
    props.set(Number(r.id), {
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
    });
  }
}

/** Clusters and points of the published suppliers matching the filters, for one map view. */
export async function findMapFeatures({ query, bbox, zoom }: { query: SupplierQuery; bbox: BBox; zoom: number }): Promise<MapFeatureCollection> {
  const found = queryMapIndex(await indexFor(query), bbox, zoom);
  const missing = found.flatMap((f) => (!isCluster(f) && !props.has(f.properties.id) ? [f.properties.id] : []));
  if (missing.length > 0) loadProps(missing);
  const features: MapFeature[] = [];
  for (const f of found) {
    if (isCluster(f)) {
      features.push(f);
      continue;
    }
    // Missing only when the supplier was unpublished after this index was built: leave it out.
    const p = props.get(f.properties.id);
    if (p) features.push({ type: "Feature", geometry: f.geometry, properties: p });
  }
  return { type: "FeatureCollection", features };
}
