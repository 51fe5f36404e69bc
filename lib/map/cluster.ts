/**
 * Clustering of supplier points with supercluster, shared by the cluster API and its benchmark
 * so both measure the same index. Pure: no database, no React.
 */
import Supercluster, { type Options } from "supercluster";
import type { MapClusterFeature, MapClusterProps, PointGeometry } from "./features";
import type { BBox } from "./params";

/**
 * What the index holds per supplier: its id and district only. Names and the rest are looked up
 * for the few points an answer shows, so that building an index reads as little as possible.
 */
export type IndexedPoint = { id: number; district: string | null };
export type PointInput = IndexedPoint & { lat: number; lng: number };

/** Kept per cluster while clustering: its district when all its suppliers share one. */
type ClusterExtra = { district: string | null };

export type IndexedPointFeature = { type: "Feature"; geometry: PointGeometry; properties: IndexedPoint };
export type MapIndex = Supercluster<IndexedPoint, ClusterExtra>;

/**
 * Radius and extent are in screen pixels of 256-pixel tiles (Leaflet's; supercluster's default
 * extent is 512). 60 px keeps a phone-sized view to a few dozen markers and a large screen to at
 * most a few hundred. Above maxZoom every supplier is its own point: at zoom 17 a screen shows a
 * few hundred metres, and stopping at 16 rather than 17 makes a rebuild about a third faster.
 */
export const CLUSTER_OPTIONS = {
  radius: 60,
  extent: 256,
  minZoom: 0,
  maxZoom: 16,
  map: (p: IndexedPoint): ClusterExtra => ({ district: p.district }),
  reduce: (acc: ClusterExtra, p: ClusterExtra) => {
    if (acc.district !== p.district) acc.district = null;
  },
} satisfies Options<IndexedPoint, ClusterExtra>;

/** The most features one answer may hold; denser answers are clustered one zoom coarser. */
export const MAX_FEATURES = 400;

export function buildMapIndex(points: readonly PointInput[]): MapIndex {
  const features: IndexedPointFeature[] = points.map(({ id, district, lat, lng }) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [lng, lat] },
    properties: { id, district },
  }));
  return new Supercluster<IndexedPoint, ClusterExtra>(CLUSTER_OPTIONS).load(features);
}

const TILE = 256;
/** A bbox wider than this at the asked zoom is clustered coarser up front (4K screens fit). */
const MAX_SPAN_PX = 4096;

function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

/** The bbox's larger side in world units (0–1 of the Web Mercator square). */
function spanWorld(b: BBox): number {
  return Math.max((b.maxLng - b.minLng) / 360, mercatorY(b.minLat) - mercatorY(b.maxLat));
}

/**
 * getClusterExpansionZoom walks down the cluster tree on every call, most of an answer's cost
 * at high zooms; a cluster's id names the same cluster for the life of its index.
 */
const expansionZooms = new WeakMap<MapIndex, Map<number, number>>();

function expansionZoom(index: MapIndex, clusterId: number): number {
  let known = expansionZooms.get(index);
  if (!known) expansionZooms.set(index, (known = new Map()));
  let zoom = known.get(clusterId);
  if (zoom === undefined) known.set(clusterId, (zoom = index.getClusterExpansionZoom(clusterId)));
  return zoom;
}

/**
 * Clusters and points (by id) whose centre lies in the box. Every supplier is counted in exactly one
 * feature of a zoom, so over a box that holds whole clusters `point_count`s plus points equal
 * the suppliers there. The answer holds at most MAX_FEATURES: when the box is huge for its zoom
 * or the points are dense, the clusters of a coarser zoom are returned (counts still add up).
 */
export function queryMapIndex(index: MapIndex, bbox: BBox, zoom: number): (MapClusterFeature | IndexedPointFeature)[] {
  let z = Math.floor(zoom);
  const span = spanWorld(bbox);
  while (z > 0 && span * TILE * 2 ** z > MAX_SPAN_PX) z--;
  const box: [number, number, number, number] = [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat];
  let found = index.getClusters(box, z);
  while (found.length > MAX_FEATURES && z > 0) found = index.getClusters(box, --z);
  return found.map((f) => {
    // Six decimals (about 10 cm) keep answers a third smaller; getClusters makes fresh geometries.
    const c = f.geometry.coordinates;
    c[0] = Math.round(c[0] * 1e6) / 1e6;
    c[1] = Math.round(c[1] * 1e6) / 1e6;
    const p = f.properties as Partial<MapClusterProps>;
    if (!p.cluster) return f as IndexedPointFeature;
    // getClusters returns fresh cluster objects, so adding to them touches no shared state.
    p.expansion_zoom = expansionZoom(index, p.cluster_id!);
    return f as unknown as MapClusterFeature;
  });
}
