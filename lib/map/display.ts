/**
 * Points as the base map draws them. Stored and API coordinates are WGS-84; Chinese tile
 * sources (MAP_TILE_DATUM=gcj02) draw their roads in GCJ-02, so pins are shifted onto them for
 * display and what is read off the map (clicks, the view's edges) is shifted back. Pure.
 */
import { gcj02ToWgs84, wgs84ToGcj02 } from "../geo";
import type { LatLng } from "../taxonomy";
import type { BBox } from "./params";

export type TileDatum = "wgs84" | "gcj02";

export function toDisplay(p: LatLng, datum: TileDatum): LatLng {
  return datum === "gcj02" ? wgs84ToGcj02(p) : { lat: p.lat, lng: p.lng };
}

export function fromDisplay(p: LatLng, datum: TileDatum): LatLng {
  return datum === "gcj02" ? gcj02ToWgs84(p) : { lat: p.lat, lng: p.lng };
}

/** The WGS-84 box of what the map shows; the shift is near-uniform at a city's scale, so corners suffice. */
export function bboxFromDisplay(b: { south: number; west: number; north: number; east: number }, datum: TileDatum): BBox {
  const sw = fromDisplay({ lat: b.south, lng: b.west }, datum);
  const ne = fromDisplay({ lat: b.north, lng: b.east }, datum);
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  return { minLng: clamp(sw.lng, 180), minLat: clamp(sw.lat, 90), maxLng: clamp(ne.lng, 180), maxLat: clamp(ne.lat, 90) };
}

/** The bbox parameter of the cluster API, with enough decimals for a metre. */
export const bboxParam = (b: BBox) => [b.minLng, b.minLat, b.maxLng, b.maxLat].map((v) => v.toFixed(5)).join(",");
