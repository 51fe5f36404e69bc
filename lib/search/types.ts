/**
 * What a supplier search returns, independent of the database that answers it. The SQLite
 * implementation lives in server/search/; a PostgreSQL one can sit beside it.
 */
import type { SupplierQuery } from "./query";

export type SupplierSummary = {
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  category: string;
  categories: string[];
  capabilities: string[];
  languages: string[];
  district: string | null;
  addressEn: string | null;
  addressZh: string | null;
  lat: number | null;
  lng: number | null;
  locationApproximate: boolean;
  /** Null when nobody has said. */
  acceptsSmallOrders: boolean | null;
  acceptsPrototypes: boolean | null;
  /** Minimum order quantity in pieces; null when not known. */
  moq: number | null;
  ratingAvg: number;
  reviewCount: number;
  publishedAt: string | null;
  /** Metres from `near`, when the query has one. */
  distanceMetres?: number;
};

export type FacetCounts = {
  categories: Record<string, number>;
  districts: Record<string, number>;
  capabilities: Record<string, number>;
  languages: Record<string, number>;
  smallOrders: number;
  prototypes: number;
  /** Results at or above each whole-star threshold: { "4": 12, "3": 20, … }. */
  minRating: Record<string, number>;
};

export type SupplierSearchResult = {
  items: SupplierSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets?: FacetCounts;
};

export interface SupplierSearch {
  search(query: SupplierQuery, options?: { facets?: boolean }): Promise<SupplierSearchResult>;
  countFacets(query: SupplierQuery): Promise<FacetCounts>;
}

export const RATING_THRESHOLDS = [4, 3, 2, 1] as const;
