/**
 * What a listing says about a supplier, as one plain value: the shape the listing form yields,
 * the edit-proposal diff compares and the data layer reads and writes. Coordinates are WGS-84;
 * `location.datum` only records which datum the person entered the point in.
 */
import type { Datum } from "../geo";
import type { CategorySlug, DistrictSlug } from "../taxonomy";

export const DATUMS = ["WGS84", "GCJ02", "BD09"] as const satisfies readonly Datum[];
export const LOCATION_PRECISIONS = ["EXACT", "BUILDING", "STREET", "AREA", "DISTRICT"] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export const STORE_KINDS = ["TAOBAO", "TMALL", "ALIBABA_1688", "ALIBABA", "ALIEXPRESS", "JD", "OTHER"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export type ListingLocation = { lat: number; lng: number; datum: Datum };
export type StoreLinkValue = { kind: StoreKind; url: string };

export type ListingValues = {
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  /** The primary category; `categories` always contains it too. */
  category: CategorySlug;
  categories: string[];
  capabilities: string[];
  district: DistrictSlug | null;
  addressEn: string | null;
  addressZh: string | null;
  location: ListingLocation | null;
  locationPrecision: LocationPrecision | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  wechatId: string | null;
  qq: string | null;
  storeLinks: StoreLinkValue[];
  languages: string[];
  moq: number | null;
  moqNote: string | null;
  leadTimeDaysMin: number | null;
  leadTimeDaysMax: number | null;
  acceptsPrototypes: boolean | null;
  acceptsSmallOrders: boolean | null;
  paymentMethods: string[];
  certifications: string[];
  openingHours: string | null;
  description: string | null;
  descriptionZh: string | null;
  descriptionJa: string | null;
  foundedYear: number | null;
};

export type ListingField = keyof ListingValues;

/**
 * How a field compares and displays: plain values by equality, sets by membership (order never
 * matters), a location by distance.
 */
export type FieldKind = "text" | "number" | "boolean" | "choice" | "set" | "storeLinks" | "location";

export const LISTING_FIELDS = {
  name: "text",
  nameZh: "text",
  nameJa: "text",
  category: "choice",
  categories: "set",
  capabilities: "set",
  district: "choice",
  addressEn: "text",
  addressZh: "text",
  location: "location",
  locationPrecision: "choice",
  website: "text",
  email: "text",
  phone: "text",
  wechatId: "text",
  qq: "text",
  storeLinks: "storeLinks",
  languages: "set",
  moq: "number",
  moqNote: "text",
  leadTimeDaysMin: "number",
  leadTimeDaysMax: "number",
  acceptsPrototypes: "boolean",
  acceptsSmallOrders: "boolean",
  paymentMethods: "set",
  certifications: "set",
  openingHours: "text",
  description: "text",
  descriptionZh: "text",
  descriptionJa: "text",
  foundedYear: "number",
} as const satisfies Record<ListingField, FieldKind>;

export const LISTING_FIELD_NAMES = Object.keys(LISTING_FIELDS) as ListingField[];

export function isListingField(name: string): name is ListingField {
  return Object.hasOwn(LISTING_FIELDS, name);
}

/** Points closer than this are the same point (a form round trip rounds to 7 decimals). */
const SAME_POINT_DEGREES = 1e-6;

export function storeLinkKey(link: StoreLinkValue): string {
  return `${link.kind} ${link.url}`;
}

/** The members of a set-like field as strings, for comparison and display. */
export function setMembers(field: ListingField, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return field === "storeLinks" ? (value as StoreLinkValue[]).map(storeLinkKey) : (value as string[]);
}

/** Whether two values of one field say the same thing. */
export function sameFieldValue(field: ListingField, a: unknown, b: unknown): boolean {
  const kind: FieldKind = LISTING_FIELDS[field];
  if (kind === "set" || kind === "storeLinks") {
    const x = new Set(setMembers(field, a));
    const y = new Set(setMembers(field, b));
    return x.size === y.size && [...x].every((m) => y.has(m));
  }
  if (kind === "location") {
    const p = a as ListingLocation | null;
    const q = b as ListingLocation | null;
    if (p === null || q === null || p === undefined || q === undefined) return (p ?? null) === (q ?? null);
    return Math.abs(p.lat - q.lat) < SAME_POINT_DEGREES && Math.abs(p.lng - q.lng) < SAME_POINT_DEGREES;
  }
  return (a ?? null) === (b ?? null);
}
