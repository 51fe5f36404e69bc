/**
 * URL parameters of the map: the box and zoom the cluster API is asked for, the view a map page
 * opens at, and the filters, which are the supplier list's own (lib/search/query.ts). Pure.
 */
import { parseSupplierQuery, toSearchParams, EMPTY_QUERY, type ParamSource, type QueryProblem, type SupplierQuery } from "../search/query";
import type { LatLng } from "../taxonomy";

export type BBox = { minLng: number; minLat: number; maxLng: number; maxLat: number };

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;

/** What a map page shows when the URL does not say: all of Shenzhen's built-up area. */
export const DEFAULT_VIEW: MapView = { center: { lat: 22.6, lng: 114.05 }, zoom: 11 };
/** The zooms the page's map offers (raster tiles stop at 19; below 3 Shenzhen is a dot). */
export const PAGE_MIN_ZOOM = 3;
export const PAGE_MAX_ZOOM = 19;

export type MapView = { center: LatLng; zoom: number };

/** The list filters the map answers to; everything else of the list (sort, page) is not a map parameter. */
export const FILTER_PARAMS = ["q", "category", "district", "capability", "language", "smallOrders", "prototypes", "minRating"] as const;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

type Parsed<T> = { value: T; problem?: undefined } | { value?: undefined; problem: QueryProblem };

/** `minLng,minLat,maxLng,maxLat` in WGS-84 degrees. */
export function parseBbox(raw: string | null | undefined): Parsed<BBox> {
  const fail = (message: string): Parsed<BBox> => ({ problem: { param: "bbox", message } });
  if (raw === null || raw === undefined || raw.trim() === "") return fail("bbox is required: minLng,minLat,maxLng,maxLat");
  const parts = raw.split(",").map((p) => p.trim());
  if (parts.length !== 4) return fail(`bbox must have 4 numbers (minLng,minLat,maxLng,maxLat), got ${parts.length}`);
  if (!parts.every((p) => NUMBER.test(p))) return fail("bbox must be 4 numbers in degrees: minLng,minLat,maxLng,maxLat");
  const [minLng, minLat, maxLng, maxLat] = parts.map(Number);
  if ([minLng, maxLng].some((v) => v < -180 || v > 180)) return fail("bbox longitudes must be from -180 to 180");
  if ([minLat, maxLat].some((v) => v < -90 || v > 90)) return fail("bbox latitudes must be from -90 to 90");
  if (minLat >= maxLat) return fail("bbox minLat must be less than maxLat");
  if (minLng > maxLng) {
    return fail("bbox minLng is greater than maxLng: boxes crossing the 180° meridian are not supported, ask for each side separately");
  }
  if (minLng === maxLng) return fail("bbox minLng must be less than maxLng");
  return { value: { minLng, minLat, maxLng, maxLat } };
}

/**
 * A zoom from 0 to 22. Fractions are accepted (vector map clients zoom continuously) and
 * clustered as the whole zoom below them, as tiles are.
 */
export function parseZoom(raw: string | null | undefined): Parsed<number> {
  const fail = (message: string): Parsed<number> => ({ problem: { param: "zoom", message } });
  if (raw === null || raw === undefined || raw.trim() === "") return fail("zoom is required: a number from 0 to 22");
  const v = raw.trim();
  if (!NUMBER.test(v) || Number(v) < MIN_ZOOM || Number(v) > MAX_ZOOM) return fail("zoom must be a number from 0 to 22");
  return { value: Number(v) };
}

export type MapRequest = { bbox: BBox; zoom: number; query: SupplierQuery };

/** The cluster API's parameters. Unknown, repeated or bad parameters are problems, never ignored. */
export function parseMapRequest(params: URLSearchParams): { request?: MapRequest; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const known = new Set<string>(["bbox", "zoom", ...FILTER_PARAMS]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) problems.push({ param: key, message: `unknown parameter "${key.slice(0, 40)}"; the map accepts bbox, zoom, ${FILTER_PARAMS.join(", ")}` });
  }
  for (const key of ["bbox", "zoom"]) {
    if (params.getAll(key).length > 1) problems.push({ param: key, message: `${key} may be given only once` });
  }
  const bbox = parseBbox(params.get("bbox"));
  const zoom = parseZoom(params.get("zoom"));
  if (bbox.problem) problems.push(bbox.problem);
  if (zoom.problem) problems.push(zoom.problem);
  const filters = new URLSearchParams();
  for (const [k, v] of params) if ((FILTER_PARAMS as readonly string[]).includes(k)) filters.append(k, v);
  const parsed = parseSupplierQuery(filters);
  problems.push(...parsed.problems);
  if (problems.length > 0 || bbox.value === undefined || zoom.value === undefined) return { problems };
  return { request: { bbox: bbox.value, zoom: zoom.value, query: parsed.query }, problems };
}

/** Only the filters of a query, in a fixed order: the same filters give the same key. */
export function filterParams(query: SupplierQuery): URLSearchParams {
  const sorted = <T extends string>(list: T[]) => [...list].sort();
  return toSearchParams({
    ...EMPTY_QUERY,
    q: query.q,
    categories: sorted(query.categories),
    districts: sorted(query.districts),
    capabilities: sorted(query.capabilities),
    languages: sorted(query.languages),
    smallOrders: query.smallOrders,
    prototypes: query.prototypes,
    minRating: query.minRating,
    sort: query.q ? "relevance" : "rating",
  });
}

function one(source: ParamSource, key: string): string | undefined {
  const v = source instanceof URLSearchParams ? source.get(key) : ([] as string[]).concat(source[key] ?? [])[0];
  return v ?? undefined;
}

/**
 * The view a map page opens at: `center=lat,lng` and `zoom`. A link that is half right still
 * opens a map, so a bad value falls back to the default rather than failing the page.
 */
export function parseMapView(source: ParamSource): MapView {
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(one(source, "center")?.replace(/\s/g, "") ?? "");
  const lat = m ? Number(m[1]) : NaN;
  const lng = m ? Number(m[2]) : NaN;
  const center = Math.abs(lat) <= 85 && Math.abs(lng) <= 180 ? { lat, lng } : DEFAULT_VIEW.center;
  const z = one(source, "zoom");
  const zoom = z !== undefined && /^\d{1,2}$/.test(z) && Number(z) >= PAGE_MIN_ZOOM && Number(z) <= PAGE_MAX_ZOOM ? Number(z) : DEFAULT_VIEW.zoom;
  return { center, zoom };
}

/** Enough decimals for about a metre, few enough to keep links short. */
export const formatCenter = ({ lat, lng }: LatLng) => `${lat.toFixed(5)},${lng.toFixed(5)}`;
