/**
 * The cluster API's answer, as the server sends it and the map pages read it. Kept apart from
 * the clustering code so that pages get the types and helpers without supercluster. Pure.
 */

/** What a point carries to the map: enough for a popup and the side list. */
export type MapPointProps = {
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  category: string;
  district: string | null;
  ratingAvg: number;
  reviewCount: number;
  /** The point marks an area or district, not the door. */
  approximate: boolean;
};

export type PointGeometry = { type: "Point"; coordinates: [number, number] };
export type MapPointFeature = { type: "Feature"; geometry: PointGeometry; properties: MapPointProps };
export type MapClusterProps = {
  cluster: true;
  cluster_id: number;
  point_count: number;
  point_count_abbreviated: number | string;
  /** The zoom at which this cluster splits: where a click on it should zoom to. */
  expansion_zoom: number;
  district: string | null;
};
export type MapClusterFeature = { type: "Feature"; id?: number; geometry: PointGeometry; properties: MapClusterProps };
export type MapFeature = MapPointFeature | MapClusterFeature;
export type MapFeatureCollection = { type: "FeatureCollection"; features: MapFeature[] };

export const isCluster = <P>(f: MapClusterFeature | { properties: P }): f is MapClusterFeature => "cluster" in (f.properties as object);

/** How many suppliers a feature stands for. */
export const featureCount = (f: MapClusterFeature | { properties: unknown }) => (isCluster(f) ? f.properties.point_count : 1);
