/**
 * The supplier search query: one shape for the list page, the map and the JSON API, parsed
 * from URL parameters so every search can be shared as a link. Independent of any database.
 */
import {
  CAPABILITIES,
  CATEGORIES,
  DISTRICTS,
  LANGUAGES,
  type CapabilitySlug,
  type CategorySlug,
  type DistrictSlug,
  type LanguageCode,
  type LatLng,
} from "../taxonomy";
import { MAX_QUERY_LENGTH, normalizeSearchText } from "./text";

export const SORT_KEYS = ["relevance", "rating", "reviews", "newest", "name", "distance"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10_000;

export type SupplierQuery = {
  q: string;
  /** Any of these categories. */
  categories: CategorySlug[];
  /** Any of these districts. */
  districts: DistrictSlug[];
  /** All of these capabilities. */
  capabilities: CapabilitySlug[];
  /** Staff speak any of these languages. */
  languages: LanguageCode[];
  smallOrders: boolean;
  prototypes: boolean;
  minRating: number | null;
  sort: SortKey;
  near: LatLng | null;
  page: number;
  pageSize: number;
};

export const EMPTY_QUERY: SupplierQuery = {
  q: "",
  categories: [],
  districts: [],
  capabilities: [],
  languages: [],
  smallOrders: false,
  prototypes: false,
  minRating: null,
  sort: "relevance",
  near: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * The order of a list without search text. Pages pass "name" while no published supplier has
 * a review: ordering by rating would then be the insertion order under a misleading label.
 */
export type QueryDefaults = { sortWithoutText: "rating" | "name" };
const RATING_FIRST: QueryDefaults = { sortWithoutText: "rating" };

export function defaultSort(q: string, defaults: QueryDefaults = RATING_FIRST): SortKey {
  return q ? "relevance" : defaults.sortWithoutText;
}

export type QueryProblem = { param: string; message: string };

export type ParsedQuery = { query: SupplierQuery; problems: QueryProblem[] };

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(source: ParamSource, key: string): string[] {
  const raw = source instanceof URLSearchParams ? source.getAll(key) : ([] as string[]).concat(source[key] ?? []);
  return raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

function oneValue(source: ParamSource, key: string, problems: QueryProblem[]): string | undefined {
  const values = valuesOf(source, key);
  if (values.length > 1) problems.push({ param: key, message: `${key} may be given only once` });
  return values[0];
}

function slugList<T extends string>(
  source: ParamSource,
  key: string,
  known: readonly T[],
  problems: QueryProblem[],
): T[] {
  const out: T[] = [];
  for (const v of valuesOf(source, key)) {
    if (!(known as readonly string[]).includes(v)) {
      problems.push({ param: key, message: `unknown ${key} "${v.slice(0, 40)}"` });
    } else if (!out.includes(v as T)) out.push(v as T);
  }
  return out;
}

function integer(
  source: ParamSource,
  key: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
  problems: QueryProblem[],
): number {
  const v = oneValue(source, key, problems);
  if (v === undefined) return fallback;
  if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) {
    problems.push({ param: key, message: `${key} must be a whole number from ${min} to ${max}` });
    return fallback;
  }
  return Number(v);
}

function flag(source: ParamSource, key: string, problems: QueryProblem[]): boolean {
  const v = oneValue(source, key, problems);
  if (v === undefined || v === "0" || v === "false") return false;
  if (v === "1" || v === "true") return true;
  problems.push({ param: key, message: `${key} must be 1, 0, true or false` });
  return false;
}

export function parseLatLng(value: string): LatLng | null {
  const m = /^(-?\d{1,3}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(value.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

/**
 * Parses URL parameters. Values that cannot be understood are reported in `problems` and left
 * out of the query: the API answers 400 with them, the pages show them and search without.
 */
export function parseSupplierQuery(source: ParamSource, defaults: QueryDefaults = RATING_FIRST): ParsedQuery {
  const problems: QueryProblem[] = [];
  // q and near may contain commas, so they are read whole rather than split like facet lists.
  const rawQ = source instanceof URLSearchParams ? source.getAll("q") : ([] as string[]).concat(source.q ?? []);
  if (rawQ.length > 1) problems.push({ param: "q", message: "q may be given only once" });
  let q = normalizeSearchText(rawQ[0] ?? "");
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push({ param: "q", message: `q must be at most ${MAX_QUERY_LENGTH} characters` });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }

  let minRating: number | null = null;
  const rating = oneValue(source, "minRating", problems);
  if (rating !== undefined) {
    if (!/^\d(?:\.\d+)?$/.test(rating) || Number(rating) > 5) {
      problems.push({ param: "minRating", message: "minRating must be a number from 0 to 5" });
    } else if (Number(rating) > 0) minRating = Number(rating);
  }

  let near: LatLng | null = null;
  const nearRaw = source instanceof URLSearchParams ? source.getAll("near") : ([] as string[]).concat(source.near ?? []);
  if (nearRaw.length > 1) problems.push({ param: "near", message: "near may be given only once" });
  if (nearRaw[0] && nearRaw[0].trim() !== "") {
    near = parseLatLng(nearRaw[0]);
    if (!near) problems.push({ param: "near", message: "near must be latitude,longitude in degrees (WGS-84)" });
  }

  let sort: SortKey = defaultSort(q, defaults);
  const sortRaw = oneValue(source, "sort", problems);
  if (sortRaw !== undefined) {
    if ((SORT_KEYS as readonly string[]).includes(sortRaw)) sort = sortRaw as SortKey;
    else problems.push({ param: "sort", message: `sort must be one of ${SORT_KEYS.join(", ")}` });
  }
  if (sort === "distance" && !near) {
    problems.push({ param: "sort", message: "sort=distance needs near=latitude,longitude" });
    sort = defaultSort(q, defaults);
  }

  const query: SupplierQuery = {
    q,
    categories: slugList(source, "category", CATEGORIES.map((c) => c.slug), problems),
    districts: slugList(source, "district", DISTRICTS.map((d) => d.slug), problems),
    capabilities: slugList(source, "capability", CAPABILITIES.map((c) => c.slug), problems),
    languages: slugList(source, "language", LANGUAGES.map((l) => l.code), problems),
    smallOrders: flag(source, "smallOrders", problems),
    prototypes: flag(source, "prototypes", problems),
    minRating,
    sort,
    near,
    page: integer(source, "page", { min: 1, max: MAX_PAGE, fallback: 1 }, problems),
    pageSize: integer(source, "pageSize", { min: 1, max: MAX_PAGE_SIZE, fallback: DEFAULT_PAGE_SIZE }, problems),
  };
  return { query, problems };
}

/** The URL parameters for a query, leaving out defaults, so links stay short and canonical. */
export function toSearchParams(query: SupplierQuery, defaults: QueryDefaults = RATING_FIRST): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  for (const c of query.categories) p.append("category", c);
  for (const d of query.districts) p.append("district", d);
  for (const c of query.capabilities) p.append("capability", c);
  for (const l of query.languages) p.append("language", l);
  if (query.smallOrders) p.set("smallOrders", "1");
  if (query.prototypes) p.set("prototypes", "1");
  if (query.minRating !== null) p.set("minRating", String(query.minRating));
  if (query.near) p.set("near", `${query.near.lat},${query.near.lng}`);
  if (query.sort !== defaultSort(query.q, defaults)) p.set("sort", query.sort);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) p.set("pageSize", String(query.pageSize));
  if (query.page !== 1) p.set("page", String(query.page));
  return p;
}

export function hasFilters(query: SupplierQuery): boolean {
  return (
    query.q !== "" ||
    query.categories.length > 0 ||
    query.districts.length > 0 ||
    query.capabilities.length > 0 ||
    query.languages.length > 0 ||
    query.smallOrders ||
    query.prototypes ||
    query.minRating !== null
  );
}
