/**
 * Checks on a location someone enters: reading pasted coordinates, and the warnings shown
 * before a point can be saved (outside Shenzhen, latitude and longitude swapped). Pure.
 */
import { toWgs84, type Datum } from "../geo";
import { SHENZHEN_BOUNDS, type LatLng } from "../taxonomy";

export const DATUMS: readonly Datum[] = ["WGS84", "GCJ02", "BD09"];

export type LocationWarning = "outside-shenzhen" | "swapped";

export function isInShenzhen({ lat, lng }: LatLng): boolean {
  const b = SHENZHEN_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

const NUMBER = String.raw`[+-]?\d{1,3}(?:\.\d+)?`;
const PAIR = new RegExp(String.raw`^(${NUMBER})\s*°?\s*([NSEW])?\s*[,;\s/]\s*(${NUMBER})\s*°?\s*([NSEW])?$`, "i");

/**
 * Two numbers as pasted from a map app or a message: "22.5431, 114.0579", "22.5431 114.0579",
 * "22.5431°N 114.0579°E". Without hemisphere letters the order is latitude, longitude; a
 * longitude-first paste (as Amap's and Baidu's pickers copy) is caught by `looksSwapped`.
 * Out-of-range values are kept as typed so the swap can be detected; `null` means unreadable.
 */
export function parseCoordinatePair(text: string): LatLng | null {
  const m = PAIR.exec(text.trim().replace(/，/g, ","));
  if (!m) return null;
  const sign = (v: string, h?: string) => (h && /[SW]/i.test(h) ? -Math.abs(Number(v)) : Number(v));
  const first = sign(m[1], m[2]);
  const second = sign(m[3], m[4]);
  // Hemisphere letters say which number is which, whatever the order.
  if (m[2] && /[EW]/i.test(m[2]) && (!m[4] || /[NS]/i.test(m[4]))) return { lat: second, lng: first };
  return { lat: first, lng: second };
}

export function isValidLatLng({ lat, lng }: LatLng): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/** The point as entered makes sense only with latitude and longitude exchanged. */
export function looksSwapped(p: LatLng): boolean {
  const swapped = { lat: p.lng, lng: p.lat };
  if (!isValidLatLng(p)) return isValidLatLng(swapped);
  return !isInShenzhen(p) && isInShenzhen(swapped);
}

export type CheckedLocation = {
  /** WGS-84, when the entered values are a valid point. */
  wgs84: LatLng | null;
  warnings: LocationWarning[];
  /** What the entry would be with latitude and longitude exchanged, when that looks meant. */
  swapSuggestion: LatLng | null;
};

/** Converts an entered point to WGS-84 and says what looks wrong with it. */
export function checkLocation(entered: LatLng, datum: Datum): CheckedLocation {
  const warnings: LocationWarning[] = [];
  const swapped = looksSwapped(entered);
  if (swapped) warnings.push("swapped");
  const wgs84 = isValidLatLng(entered) ? toWgs84(entered, datum) : null;
  if (!wgs84 || !isInShenzhen(wgs84)) warnings.push("outside-shenzhen");
  return { wgs84, warnings, swapSuggestion: swapped ? { lat: entered.lng, lng: entered.lat } : null };
}
