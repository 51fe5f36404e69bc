import "server-only";
import { LRUCache } from "lru-cache";
import { buildMapIndex, queryMapIndex, type MapIndex, type PointInput } from "@/lib/map/cluster";
import { isCluster, type MapFeature, type MapFeatureCollection, type MapPointProps } from "@/lib/map/features";
import { filterParams, type BBox } from "@/lib/map/params";
import { hasFilters, type SupplierQuery } from "@/lib/search/query";
import { readSupplierDataVersion } from "@/server/data/data-version";
import { readRows } from "@/server/db";
import { catchUpSearchIndex } from "@/server/search/index-sync";
import { loadMapPointProps, loadMapPoints } from "@/server/search/map-points";
import { createSqliteSupplierSearch } from "@/server/search/sqlite";

const search = createSqliteSupplierSearch(async (sql, params) => readRows(sql, params));

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

async function build(version: number, key: string, query: SupplierQuery): Promise<Entry> {
  // The version was read before the rows: an index is never labelled newer than its data.
  if (base?.version !== version) base = { version, points: loadMapPoints(readRows) };
  let selected = base.points;
  if (hasFilters(query)) {
    // The search index is brought up to date by whoever reads it first after a write.
    await catchUpSearchIndex();
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

/** Clusters and points of the published suppliers matching the filters, for one map view. */
export async function findMapFeatures({ query, bbox, zoom }: { query: SupplierQuery; bbox: BBox; zoom: number }): Promise<MapFeatureCollection> {
  const found = queryMapIndex(await indexFor(query), bbox, zoom);
  const missing = found.flatMap((f) => (!isCluster(f) && !props.has(f.properties.id) ? [f.properties.id] : []));
  if (missing.length > 0) for (const [id, p] of loadMapPointProps(readRows, missing)) props.set(id, p);
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
