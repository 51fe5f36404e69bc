/**
 * The JSON shapes of the public API as zod schemas: the OpenAPI document is generated from them
 * (openapi.ts) and the route tests parse real responses with them, so the document cannot drift
 * from what the routes answer. Request parameters live beside their parsers (lib/search/query.ts).
 */
import type {} from "zod-openapi";
import { z } from "zod";
import { COUNT_LIMIT } from "../search/types";
import { READING_KINDS } from "../search/vocabulary";
import { CAPABILITIES, CATEGORIES, DISTRICTS } from "../taxonomy";

const slug = z.string().meta({ description: "URL-safe identifier", example: "seeed-studio" });
const nullableString = z.string().nullable();
const categorySlug = z.enum(CATEGORIES.map((c) => c.slug) as [string, ...string[]]);
const capabilitySlug = z.enum(CAPABILITIES.map((c) => c.slug) as [string, ...string[]]);
const districtSlug = z.enum(DISTRICTS.map((d) => d.slug) as [string, ...string[]]);

export const facetsParam = z
  .enum(["1", "0", "true", "false"], { error: "facets must be 1, 0, true or false" })
  .transform((v) => v === "1" || v === "true")
  .meta({ description: "Add `facets`: how many results each filter value would give." });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "BUSY", "INTERNAL"]),
      message: z.string().meta({ description: "What was wrong, in English." }),
    }),
  })
  .meta({ id: "Error" });

export const healthSchema = z
  .object({ status: z.enum(["ok", "error"]), db: z.enum(["ok", "error"]) })
  .meta({ id: "Health", description: "`ok` when the database answers and its schema is current." });

export const supplierSummarySchema = z
  .object({
    slug,
    name: z.string().meta({ description: "Name in English (or the name the supplier uses)." }),
    nameZh: nullableString.meta({ description: "Name in Chinese." }),
    nameJa: nullableString.meta({ description: "Name in Japanese." }),
    category: categorySlug.meta({ description: "Primary category." }),
    categories: z.array(categorySlug).meta({ description: "Every category, the primary one included." }),
    capabilities: z.array(capabilitySlug),
    languages: z.array(z.string()).meta({ description: "Languages the staff speak (ISO 639 codes)." }),
    district: districtSlug.nullable(),
    addressEn: nullableString,
    addressZh: nullableString,
    lat: z.number().nullable().meta({ description: "WGS-84 latitude." }),
    lng: z.number().nullable().meta({ description: "WGS-84 longitude." }),
    locationApproximate: z.boolean().meta({ description: "True when the point marks the area, not the door." }),
    acceptsSmallOrders: z.boolean().nullable().meta({ description: "Null when nobody has said." }),
    acceptsPrototypes: z.boolean().nullable(),
    ratingAvg: z.number().min(0).max(5),
    reviewCount: z.number().int().min(0),
    publishedAt: z.iso.datetime().nullable(),
    distanceMetres: z.number().optional().meta({ description: "Metres from `near`, when given." }),
  })
  .meta({ id: "SupplierSummary" });

const counts = z.record(z.string(), z.number().int());

export const facetCountsSchema = z
  .object({
    categories: counts,
    districts: counts,
    capabilities: counts.meta({ description: "Within the current results: capabilities must all match." }),
    languages: counts,
    smallOrders: z.number().int(),
    prototypes: z.number().int(),
    minRating: counts.meta({ description: "Results at or above each whole-star threshold." }),
  })
  .meta({
    id: "FacetCounts",
    description: "Results each filter value would give; alternatives (categories, districts, languages, flags, rating) are counted without their own selection.",
  });

export const interpretationSchema = z
  .object({
    q: z.string().meta({ description: "The text searched: what was typed (folded), with any spelling fix applied." }),
    literal: z.boolean().meta({ description: "True when the words were searched as typed (`literal=1`)." }),
    readings: z
      .array(z.object({ text: z.string(), kind: z.enum(READING_KINDS), slug: z.string() }))
      .meta({ description: "Words read as a district, category, capability, language or place; they also match suppliers tagged with it." }),
    corrections: z
      .array(z.object({ from: z.string(), to: z.string() }))
      .meta({ description: "Words that matched nothing, replaced by a word one edit away that does." }),
    suggestions: z
      .array(
        z.object({
          kind: z.enum(["withoutFilters", "withoutWord", "similarWord"]),
          q: z.string(),
          total: z.number().int(),
          totalExact: z.boolean(),
        }),
      )
      .meta({ description: "When nothing matches: searches that would find something." }),
  })
  .meta({ id: "Interpretation", description: "How the text query was read." });

export const supplierListSchema = z
  .object({
    items: z.array(supplierSummarySchema),
    total: z.number().int().meta({ description: `Matching suppliers, counted exactly up to ${COUNT_LIMIT}.` }),
    totalExact: z.boolean().meta({ description: `False when more than ${COUNT_LIMIT} match; total is then ${COUNT_LIMIT}.` }),
    page: z.number().int(),
    pageSize: z.number().int(),
    interpretation: interpretationSchema,
    facets: facetCountsSchema.optional(),
  })
  .meta({ id: "SupplierList" });

const ratingSummary = z.object({
  average: z.number(),
  count: z.number().int(),
  histogram: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
});

export const supplierDetailSchema = z
  .object({
    slug,
    name: z.string(),
    nameZh: nullableString,
    nameJa: nullableString,
    description: nullableString,
    descriptionZh: nullableString,
    descriptionJa: nullableString,
    category: categorySlug,
    categories: z.array(categorySlug),
    capabilities: z.array(capabilitySlug),
    languages: z.array(z.string()),
    paymentMethods: z.array(z.string()),
    certifications: z.array(z.string()),
    district: districtSlug.nullable(),
    addressEn: nullableString,
    addressZh: nullableString,
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    coordDatum: z.enum(["WGS84", "GCJ02", "BD09"]).meta({ description: "The datum the point was entered in; lat/lng are always WGS-84." }),
    locationApproximate: z.boolean(),
    contacts: z.object({
      website: nullableString,
      email: nullableString,
      phone: nullableString,
      wechatId: nullableString,
      qq: nullableString,
      stores: z.array(z.object({ kind: z.string(), url: z.string(), label: nullableString })),
    }),
    moq: z.number().int().nullable(),
    moqNote: nullableString,
    leadTimeDaysMin: z.number().int().nullable(),
    leadTimeDaysMax: z.number().int().nullable(),
    acceptsPrototypes: z.boolean().nullable(),
    acceptsSmallOrders: z.boolean().nullable(),
    openingHours: nullableString,
    foundedYear: z.number().int().nullable(),
    statusNote: nullableString,
    isSampleData: z.boolean().meta({ description: "Facts from public sources, not verified." }),
    sources: nullableString,
    publishedAt: z.iso.datetime().nullable(),
    lastVerifiedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    rating: ratingSummary,
  })
  .meta({ id: "SupplierDetail" });

export const reviewPageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        rating: z.number().int().min(1).max(5),
        title: nullableString,
        body: z.string(),
        ordered: nullableString.meta({ description: "What the reviewer ordered." }),
        visitedOn: z.iso.date().nullable(),
        createdAt: z.iso.datetime(),
        updatedAt: z.iso.datetime(),
        authorName: nullableString,
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "ReviewPage", description: "Visible reviews, newest first." });

const point = z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]).meta({ description: "[longitude, latitude], WGS-84." }) });

export const mapFeatureCollectionSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        geometry: point,
        properties: z.union([
          z.object({ cluster: z.literal(true), point_count: z.number().int().meta({ description: "Suppliers in the cluster." }) }).loose(),
          z.object({ slug, name: z.string() }).loose(),
        ]),
      }),
    ),
  })
  .meta({ id: "MapFeatures", description: "Clusters (properties.cluster = true, point_count) and single suppliers (properties.slug, name)." });

export const mapParamsSchema = z.object({
  bbox: z
    .string()
    .meta({ description: "The visible box as minLng,minLat,maxLng,maxLat (WGS-84).", example: "113.75,22.4,114.65,22.87" }),
  zoom: z.string().meta({
    description: "Map zoom level from 0 to 22; clusters are computed for it (a fraction counts as the whole level below).",
    override: { type: "number", minimum: 0, maximum: 22 },
  }),
});

export const exportParamsSchema = z.object({
  format: z.enum(["csv", "geojson"]).meta({ description: "CSV (UTF-8 with a byte-order mark) or GeoJSON." }),
});

export const reviewParamsSchema = z.object({
  page: z.string().optional().meta({ description: "Page number, from 1.", override: { type: "integer", minimum: 1, default: 1 } }),
});

export const slugPathSchema = z.object({ slug });
