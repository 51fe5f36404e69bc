/**
 * The supplier search query: one shape for the list page, the map and the JSON API, parsed
 * from URL parameters so every search can be shared as a link. Independent of any database.
 */
import type {} from "zod-openapi";
import { z } from "zod";
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
  /** Search the words as typed: no vocabulary readings, no spelling fixes. */
  literal: boolean;
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
  literal: false,
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

export function parseLatLng(value: string): LatLng | null {
  const m = /^(-?\d{1,3}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(value.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

// ---------------------------------------------------------------------------------------------
// The parameters as zod schemas: they validate every request and generate the OpenAPI document
// (lib/api/openapi.ts). Each takes the string a URL carries and gives the typed value.

const wholeNumber = (name: string, min: number, max: number, fallback: number, description: string) =>
  z
    .string()
    .refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= min && Number(v) <= max, { error: `${name} must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .meta({ description, override: { type: "integer", minimum: min, maximum: max, default: fallback } });

const flag = (name: string, description: string) =>
  z
    .enum(["1", "0", "true", "false"], { error: `${name} must be 1, 0, true or false` })
    .transform((v) => v === "1" || v === "true")
    .meta({ description });

const listOf = <T extends string>(name: string, values: readonly [T, ...T[]], description: string) =>
  z.enum(values, { error: (issue) => `unknown ${name} "${String(issue.input).slice(0, 40)}"` }).meta({ description });

/** One value of each list parameter; a list may repeat the parameter or separate values with commas. */
export const LIST_PARAMS = {
  category: listOf("category", CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]], "Category slug; any of them matches."),
  district: listOf("district", DISTRICTS.map((d) => d.slug) as [DistrictSlug, ...DistrictSlug[]], "District slug; any of them matches."),
  capability: listOf("capability", CAPABILITIES.map((c) => c.slug) as [CapabilitySlug, ...CapabilitySlug[]], "Capability slug; a supplier must have all of them."),
  language: listOf("language", LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]], "Language the staff speak (ISO 639 code); any of them matches."),
};

export const SINGLE_PARAMS = {
  q: z
    .string()
    .transform(normalizeSearchText)
    .refine((v) => v.length <= MAX_QUERY_LENGTH, { error: `q must be at most ${MAX_QUERY_LENGTH} characters` })
    .meta({
      description:
        "Search text in English, Chinese or Japanese. Every word must match a name, address, description or label; " +
        "words the directory knows (districts, categories, capabilities, languages, place names) also match suppliers tagged with them.",
      example: "4-layer PCB",
      override: { type: "string", maxLength: MAX_QUERY_LENGTH },
    }),
  minRating: z
    .string()
    .refine((v) => /^\d(?:\.\d+)?$/.test(v) && Number(v) <= 5, { error: "minRating must be a number from 0 to 5" })
    .transform(Number)
    .meta({ description: "Only suppliers rated at least this (0 means any).", override: { type: "number", minimum: 0, maximum: 5 } }),
  sort: z
    .enum(SORT_KEYS, { error: `sort must be one of ${SORT_KEYS.join(", ")}` })
    .meta({ description: "Result order; relevance (the default with q) or rating (the default without); distance needs near." }),
  near: z
    .string()
    .refine((v) => parseLatLng(v) !== null, { error: "near must be latitude,longitude in degrees (WGS-84)" })
    .transform((v) => parseLatLng(v)!)
    .meta({ description: "A point as latitude,longitude (WGS-84), for sort=distance and the distance of each result.", example: "22.5431,114.0579" }),
  page: wholeNumber("page", 1, MAX_PAGE, 1, "Page number, from 1."),
  pageSize: wholeNumber("pageSize", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "Results per page."),
  smallOrders: flag("smallOrders", "Only suppliers that accept small orders."),
  prototypes: flag("prototypes", "Only suppliers that make prototypes."),
  literal: flag("literal", "Search the words of q as typed: no readings of known words, no spelling fixes."),
};

/** The query parameters of GET /api/suppliers (and the filters of GET /api/map), for the OpenAPI document. */
export const supplierQueryParamsSchema = z.object({
  q: SINGLE_PARAMS.q.optional(),
  category: z.array(LIST_PARAMS.category).optional().meta({ description: "Categories (slugs); any of them matches. Repeat the parameter or separate values with commas." }),
  district: z.array(LIST_PARAMS.district).optional().meta({ description: "Districts (slugs); any of them matches." }),
  capability: z.array(LIST_PARAMS.capability).optional().meta({ description: "Capabilities (slugs); a supplier must have all of them." }),
  language: z.array(LIST_PARAMS.language).optional().meta({ description: "Languages the staff speak (ISO 639 codes); any of them matches." }),
  smallOrders: SINGLE_PARAMS.smallOrders.optional(),
  prototypes: SINGLE_PARAMS.prototypes.optional(),
  minRating: SINGLE_PARAMS.minRating.optional(),
  sort: SINGLE_PARAMS.sort.optional(),
  near: SINGLE_PARAMS.near.optional(),
  page: SINGLE_PARAMS.page.optional(),
  pageSize: SINGLE_PARAMS.pageSize.optional(),
  literal: SINGLE_PARAMS.literal.optional(),
});

const rawValues = (source: ParamSource, key: string): string[] =>
  source instanceof URLSearchParams ? source.getAll(key) : ([] as string[]).concat(source[key] ?? []);

/** Every non-empty value of a list parameter, repeated or comma-separated. */
function valuesOf(source: ParamSource, key: string): string[] {
  return rawValues(source, key)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/**
 * One parameter through its schema: undefined when absent or not understood (with a problem).
 * q and near may contain commas, so they are read whole rather than split like the others.
 */
export function readParam<S extends z.ZodType<unknown, string>>(
  source: ParamSource,
  key: string,
  schema: S,
  problems: QueryProblem[],
): z.output<S> | undefined {
  const whole = key === "q" || key === "near";
  const values = whole ? rawValues(source, key) : valuesOf(source, key);
  if (values.length > 1) problems.push({ param: key, message: `${key} may be given only once` });
  const value = values[0];
  if (value === undefined || (key === "near" && value.trim() === "")) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push({ param: key, message: parsed.error.issues[0]?.message ?? `${key} is not valid` });
  return key === "q" ? (normalizeSearchText(value).slice(0, MAX_QUERY_LENGTH) as z.output<S>) : undefined;
}

function readList<T extends string>(source: ParamSource, key: keyof typeof LIST_PARAMS, problems: QueryProblem[]): T[] {
  const out: T[] = [];
  for (const v of valuesOf(source, key)) {
    const parsed = LIST_PARAMS[key].safeParse(v);
    if (!parsed.success) problems.push({ param: key, message: parsed.error.issues[0]?.message ?? `unknown ${key}` });
    else if (!out.includes(parsed.data as T)) out.push(parsed.data as T);
  }
  return out;
}

/**
 * Parses URL parameters. Values that cannot be understood are reported in `problems` and left
 * out of the query: the API answers 400 with them, the pages show them and search without.
 */
export function parseSupplierQuery(source: ParamSource, defaults: QueryDefaults = RATING_FIRST): ParsedQuery {
  const problems: QueryProblem[] = [];
  const q = readParam(source, "q", SINGLE_PARAMS.q, problems) ?? "";
  const minRating = readParam(source, "minRating", SINGLE_PARAMS.minRating, problems);
  const near = readParam(source, "near", SINGLE_PARAMS.near, problems) ?? null;
  let sort: SortKey = readParam(source, "sort", SINGLE_PARAMS.sort, problems) ?? defaultSort(q, defaults);
  if (sort === "distance" && !near) {
    problems.push({ param: "sort", message: "sort=distance needs near=latitude,longitude" });
    sort = defaultSort(q, defaults);
  }
  const query: SupplierQuery = {
    q,
    categories: readList(source, "category", problems),
    districts: readList(source, "district", problems),
    capabilities: readList(source, "capability", problems),
    languages: readList(source, "language", problems),
    smallOrders: readParam(source, "smallOrders", SINGLE_PARAMS.smallOrders, problems) ?? false,
    prototypes: readParam(source, "prototypes", SINGLE_PARAMS.prototypes, problems) ?? false,
    minRating: minRating === undefined || minRating === 0 ? null : minRating,
    sort,
    near,
    page: readParam(source, "page", SINGLE_PARAMS.page, problems) ?? 1,
    pageSize: readParam(source, "pageSize", SINGLE_PARAMS.pageSize, problems) ?? DEFAULT_PAGE_SIZE,
    literal: readParam(source, "literal", SINGLE_PARAMS.literal, problems) ?? false,
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
  if (query.literal) p.set("literal", "1");
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
