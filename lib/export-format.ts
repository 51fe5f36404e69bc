/** The CSV and GeoJSON shapes of the public export, one dialect (lib/csv.ts) for every reader. */
import { toCsvLine } from "./csv";
import type { SupplierSummary } from "./search/types";

/** A search result's fields, less the search-only ones, plus the contact and ordering facts. */
export type ExportRecord = Omit<SupplierSummary, "publishedAt" | "distanceMetres"> & {
  paymentMethods: string[];
  certifications: string[];
  website: string | null;
  email: string | null;
  phone: string | null;
  wechatId: string | null;
  moq: number | null;
  leadTimeDaysMin: number | null;
  leadTimeDaysMax: number | null;
  isSampleData: boolean;
  updatedAt: string;
};

export const CSV_COLUMNS = [
  "slug",
  "name",
  "nameZh",
  "nameJa",
  "category",
  "categories",
  "capabilities",
  "languages",
  "paymentMethods",
  "certifications",
  "district",
  "addressEn",
  "addressZh",
  "lat",
  "lng",
  "locationApproximate",
  "website",
  "email",
  "phone",
  "wechatId",
  "moq",
  "leadTimeDaysMin",
  "leadTimeDaysMax",
  "acceptsPrototypes",
  "acceptsSmallOrders",
  "ratingAvg",
  "reviewCount",
  "isSampleData",
  "updatedAt",
  "url",
] as const;

/** Multi-valued fields are joined with ";" inside one CSV field. */
export function csvHeader(): string {
  return toCsvLine(CSV_COLUMNS);
}

export function csvRow(r: ExportRecord, siteUrl: string): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
    ...r,
    categories: r.categories.join(";"),
    capabilities: r.capabilities.join(";"),
    languages: r.languages.join(";"),
    paymentMethods: r.paymentMethods.join(";"),
    certifications: r.certifications.join(";"),
    url: `${siteUrl}/suppliers/${r.slug}`,
  };
  return toCsvLine(CSV_COLUMNS.map((c) => values[c]));
}

export type GeoJsonFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
};

/** A GeoJSON Point feature (RFC 7946: [longitude, latitude], WGS-84), or null without a point. */
export function geoJsonFeature(r: ExportRecord, siteUrl: string): GeoJsonFeature | null {
  if (r.lat === null || r.lng === null) return null;
  const { lat, lng, ...properties } = r;
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lng, lat] },
    properties: { ...properties, url: `${siteUrl}/suppliers/${r.slug}` },
  };
}
