/**
 * "Open in" links to the map apps people use in and out of China, each given the point in the
 * datum it expects: Amap (Gaode) GCJ-02, Baidu BD-09, Apple Maps and Google Maps WGS-84.
 * Stored coordinates are WGS-84 (lib/geo.ts converts). Pure.
 */
import { fromWgs84 } from "../geo";
import type { LatLng } from "../taxonomy";

/** Six decimals is about 10 cm: more only lengthens the links (and the taxi card's QR code). */
const fixed = (v: number) => v.toFixed(6);

/** Identifies this site to the Chinese map apps, which ask callers to name themselves. */
const SOURCE = "shenzhen-hardware-directory";

export type Place = { point: LatLng; name: string };

export function amapUrl({ point, name }: Place): string {
  const gcj = fromWgs84(point, "GCJ02");
  const p = new URLSearchParams({ position: `${fixed(gcj.lng)},${fixed(gcj.lat)}`, name, src: SOURCE, coordinate: "gaode", callnative: "1" });
  return `https://uri.amap.com/marker?${p}`;
}

export function baiduUrl({ point, name }: Place): string {
  const bd = fromWgs84(point, "BD09");
  const p = new URLSearchParams({
    location: `${fixed(bd.lat)},${fixed(bd.lng)}`,
    title: name,
    content: name,
    output: "html",
    coord_type: "bd09ll",
    src: `webapp.${SOURCE}`,
  });
  return `https://api.map.baidu.com/marker?${p}`;
}

export function appleMapsUrl({ point, name }: Place): string {
  const p = new URLSearchParams({ ll: `${fixed(point.lat)},${fixed(point.lng)}`, q: name });
  return `https://maps.apple.com/?${p}`;
}

/** Google's search URL takes a point or a name, not both; the point is what we are sure of. */
export function googleMapsUrl({ point }: Place): string {
  const p = new URLSearchParams({ api: "1", query: `${fixed(point.lat)},${fixed(point.lng)}` });
  return `https://www.google.com/maps/search/?${p}`;
}

export type MapApp = "amap" | "baidu" | "apple" | "google";

export const MAP_APPS: readonly MapApp[] = ["amap", "baidu", "apple", "google"];

export function openInLinks(place: Place): Record<MapApp, string> {
  return { amap: amapUrl(place), baidu: baiduUrl(place), apple: appleMapsUrl(place), google: googleMapsUrl(place) };
}
