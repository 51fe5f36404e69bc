/**
 * What a supplier search returns, independent of the database that answers it. The SQLite
 * implementation lives in server/search/; a PostgreSQL one can sit beside it.
 */
import type { SupplierQuery } from "./query";
import type { ReadingKind } from "./vocabulary";

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

/** Exact counts stop here; beyond it `total` is this number and `totalExact` is false. */
export const COUNT_LIMIT = 10_000;

/** How a text query was read, for the "PCB 4 layers · Futian" chips and the API. */
export type Interpretation = {
  /** The text searched: what was typed (folded), with any spelling fix applied. */
  q: string;
  /** True when the words were searched as typed, without readings or spelling fixes (`literal=1`). */
  literal: boolean;
  /** Words read as a value the directory knows: they also match suppliers tagged with it. */
  readings: { text: string; kind: ReadingKind; slug: string }[];
  /** Words that matched nothing, replaced by a word one edit away that does. */
  corrections: { from: string; to: string }[];
  /** When nothing matches: searches that would find something. */
  suggestions: Suggestion[];
};

export type Suggestion = {
  kind: "withoutFilters" | "withoutWord" | "similarWord";
  /** The text to search; `withoutFilters` keeps the text and drops every filter. */
  q: string;
  total: number;
  totalExact: boolean;
};

export type SupplierSearchResult = {
  items: SupplierSummary[];
  /** Exact up to COUNT_LIMIT; see totalExact. */
  total: number;
  /** False when there are more than COUNT_LIMIT results and `total` is that limit. */
  totalExact: boolean;
  page: number;
  pageSize: number;
  interpretation: Interpretation;
  facets?: FacetCounts;
};

export interface SupplierSearch {
  search(query: SupplierQuery, options?: { facets?: boolean }): Promise<SupplierSearchResult>;
  countFacets(query: SupplierQuery): Promise<FacetCounts>;
  /** Ids of every published supplier matching the query's text and filters, in no order (the map clusters them). */
  matchingIds(query: SupplierQuery): Promise<number[]>;
}

export const RATING_THRESHOLDS = [4, 3, 2, 1] as const;
