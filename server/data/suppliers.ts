import "server-only";
import { LRUCache } from "lru-cache";
import { AppError } from "@/lib/errors";
import { summarizeCounts } from "@/lib/rating";
import { toSearchParams, type SupplierQuery } from "@/lib/search/query";
import type { SupplierSearchResult } from "@/lib/search/types";
import { safeHttpUrl } from "@/lib/url";
import { readSupplierDataVersion } from "@/server/data/data-version";
import { db, readRows } from "@/server/db";
import { catchUpSearchIndex } from "@/server/search/index-sync";
import { createSqliteSupplierSearch, type Row } from "@/server/search/sqlite";

const search = createSqliteSupplierSearch(async (sql, params) => readRows(sql, params));

/**
 * Search results by query, for the data version they were computed at. Any write to a supplier
 * or what is shown with it moves the version (triggers of the data_version migration), which
 * empties the cache before the next search; so does the search index catching up with it.
 */
const results = new LRUCache<string, SupplierSearchResult>({ max: 2_000 });
let syncedVersion: number | undefined;

/** Brings the search index and the caches up to the current data; cheap when nothing changed. */
async function syncWithData() {
  const version = readSupplierDataVersion();
  if (version === syncedVersion) return;
  // The version is read first: a write committed after this point moves it again, so the next
  // search comes back here and indexes that write too.
  await catchUpSearchIndex();
  results.clear();
  syncedVersion = version;
}

/** Published suppliers matching a search, a page at a time, with facet counts when asked. */
export async function findSuppliers({ query, facets = false }: { query: SupplierQuery; facets?: boolean }): Promise<SupplierSearchResult> {
  await syncWithData();
  const key = `${facets ? "f" : "-"}?${toSearchParams(query).toString()}`;
  const hit = results.get(key);
  if (hit) return hit;
  const result = await search.search(query, { facets });
  results.set(key, result);
  return result;
}

const APPROXIMATE = new Set(["AREA", "DISTRICT"]);

export type RatingSummary = { average: number; count: number; histogram: Record<1 | 2 | 3 | 4 | 5, number> };

export type SupplierDetail = {
  id: number;
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  description: string | null;
  descriptionZh: string | null;
  descriptionJa: string | null;
  category: string;
  categories: string[];
  capabilities: string[];
  languages: string[];
  paymentMethods: string[];
  certifications: string[];
  district: string | null;
  addressEn: string | null;
  addressZh: string | null;
  lat: number | null;
  lng: number | null;
  coordDatum: string;
  locationApproximate: boolean;
  contacts: {
    website: string | null;
    email: string | null;
    phone: string | null;
    wechatId: string | null;
    qq: string | null;
    stores: { kind: string; url: string; label: string | null }[];
  };
  moq: number | null;
  moqNote: string | null;
  leadTimeDaysMin: number | null;
  leadTimeDaysMax: number | null;
  acceptsPrototypes: boolean | null;
  acceptsSmallOrders: boolean | null;
  openingHours: string | null;
  foundedYear: number | null;
  statusNote: string | null;
  isSampleData: boolean;
  sources: string | null;
  publishedAt: string | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
  rating: RatingSummary;
};

/** One published supplier by slug; unknown and unpublished slugs are NOT_FOUND alike. */
export async function getPublishedSupplier({ slug }: { slug: string }): Promise<SupplierDetail> {
  const s = await db.supplier.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      name: true,
      nameZh: true,
      nameJa: true,
      description: true,
      descriptionZh: true,
      descriptionJa: true,
      district: true,
      addressEn: true,
      addressZh: true,
      lat: true,
      lng: true,
      coordDatum: true,
      locationPrecision: true,
      website: true,
      email: true,
      phone: true,
      wechatId: true,
      qq: true,
      moq: true,
      moqNote: true,
      leadTimeDaysMin: true,
      leadTimeDaysMax: true,
      acceptsPrototypes: true,
      acceptsSmallOrders: true,
      openingHours: true,
      foundedYear: true,
      statusNote: true,
      isSampleData: true,
      sources: true,
      publishedAt: true,
      lastVerifiedAt: true,
      updatedAt: true,
      ratingAvg: true,
      reviewCount: true,
      primaryCategory: { select: { slug: true } },
      categories: { select: { category: { select: { slug: true, sortOrder: true } } } },
      capabilities: { select: { capability: { select: { slug: true, sortOrder: true } } } },
      languages: { select: { language: true } },
      paymentMethods: { select: { method: true } },
      certifications: { select: { certification: true } },
      storeLinks: { select: { kind: true, url: true, label: true } },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", `No published supplier "${slug.slice(0, 80)}".`);
  const histogramRows = await db.review.groupBy({
    by: ["rating"],
    where: { supplierId: s.id, status: "VISIBLE" },
    _count: { _all: true },
  });
  const { histogram } = summarizeCounts(histogramRows.map((r) => ({ rating: r.rating, count: r._count._all })));
  const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    nameZh: s.nameZh,
    nameJa: s.nameJa,
    description: s.description,
    descriptionZh: s.descriptionZh,
    descriptionJa: s.descriptionJa,
    category: s.primaryCategory.slug,
    categories: s.categories.map((c) => c.category).sort(bySortOrder).map((c) => c.slug),
    capabilities: s.capabilities.map((c) => c.capability).sort(bySortOrder).map((c) => c.slug),
    languages: s.languages.map((l) => l.language),
    paymentMethods: s.paymentMethods.map((p) => p.method),
    certifications: s.certifications.map((c) => c.certification),
    district: s.district,
    addressEn: s.addressEn,
    addressZh: s.addressZh,
    lat: s.lat,
    lng: s.lng,
    coordDatum: s.coordDatum,
    locationApproximate: s.locationPrecision === null || APPROXIMATE.has(s.locationPrecision),
    contacts: {
      // Addresses are checked when written; checking again here keeps an old or hand-edited
      // row from putting a javascript: link on the page, in the API or in JSON-LD.
      website: safeHttpUrl(s.website),
      email: s.email,
      phone: s.phone,
      wechatId: s.wechatId,
      qq: s.qq,
      stores: s.storeLinks.flatMap((l) => {
        const url = safeHttpUrl(l.url);
        return url ? [{ ...l, url }] : [];
      }),
    },
    moq: s.moq,
    moqNote: s.moqNote,
    leadTimeDaysMin: s.leadTimeDaysMin,
    leadTimeDaysMax: s.leadTimeDaysMax,
    acceptsPrototypes: s.acceptsPrototypes,
    acceptsSmallOrders: s.acceptsSmallOrders,
    openingHours: s.openingHours,
    foundedYear: s.foundedYear,
    statusNote: s.statusNote,
    isSampleData: s.isSampleData,
    sources: s.sources,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
    rating: { average: Math.round(s.ratingAvg * 100) / 100, count: s.reviewCount, histogram },
  };
}

export type ReviewItem = {
  id: string;
  rating: number;
  title: string | null;
  body: string;
  ordered: string | null;
  visitedOn: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null when the author has no display name. */
  authorName: string | null;
};

export const REVIEWS_PAGE_SIZE = 10;

/** Visible reviews of a supplier, newest first. */
export async function findSupplierReviews({ supplierId, page = 1 }: { supplierId: number; page?: number }) {
  const where = { supplierId, status: "VISIBLE" as const };
  const [rows, total] = await Promise.all([
    db.review.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * REVIEWS_PAGE_SIZE,
      take: REVIEWS_PAGE_SIZE,
      select: {
        id: true,
        rating: true,
        title: true,
        body: true,
        ordered: true,
        visitedOn: true,
        createdAt: true,
        updatedAt: true,
        author: { select: { name: true } },
      },
    }),
    db.review.count({ where }),
  ]);
  const items: ReviewItem[] = rows.map((r) => ({
    id: r.id,
    rating: r.rating,
    title: r.title,
    body: r.body,
    ordered: r.ordered,
    visitedOn: r.visitedOn?.toISOString().slice(0, 10) ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    authorName: r.author.name?.trim() || null,
  }));
  return { items, total, page, pageSize: REVIEWS_PAGE_SIZE };
}

export type CategoryCount = { slug: string; count: number };

/** Published suppliers per category (primary or secondary), in the taxonomy's order. */
export async function countSuppliersByCategory(): Promise<CategoryCount[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT c."slug" AS slug, count(s."id") AS n FROM "Category" c
       LEFT JOIN "SupplierCategory" sc ON sc."categoryId" = c."id"
       LEFT JOIN "Supplier" s ON s."id" = sc."supplierId" AND s."status" = 'PUBLISHED'
     GROUP BY c."id" ORDER BY c."sortOrder"`,
  );
  return rows.map((r) => ({ slug: String(r.slug), count: Number(r.n) }));
}

/**
 * Whether any published supplier has a review. Until one has, the list is ordered by name:
 * "highest rated" would be the order of insertion under a misleading label.
 */
export async function hasRatedSuppliers(): Promise<boolean> {
  const [row] = readRows(`SELECT EXISTS (SELECT 1 FROM "Supplier" WHERE "status" = 'PUBLISHED' AND "reviewCount" > 0) AS "rated"`, []);
  return Number(row?.rated) === 1;
}

export async function countPublishedSuppliers(): Promise<number> {
  return db.supplier.count({ where: { status: "PUBLISHED" } });
}

/** Slugs and last change of published suppliers in id order, for the sitemaps. */
export async function listPublishedSupplierSlugs({ skip, take }: { skip: number; take: number }) {
  return db.supplier.findMany({
    where: { status: "PUBLISHED" },
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip,
    take,
  });
}
