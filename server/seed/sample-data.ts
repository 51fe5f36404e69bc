import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvRecords } from "@/lib/csv";
import { slugify } from "@/lib/slug";
import { optionalHttpUrl } from "@/lib/url";
import {
  CAPABILITIES,
  CATEGORIES,
  HUAQIANGBEI_CENTRE,
  districtBySlug,
  isDistrictSlug,
  type DistrictSlug,
  type LatLng,
} from "@/lib/taxonomy";
import { db } from "@/server/db";
import type { LocationPrecision, SupplierStatus } from "@/prisma/generated/client";

const SEED_DIR = path.join(process.cwd(), "prisma", "seed");
const SEED_FILES = ["shenzhen-places.csv", "more-places.csv"];
const JAPANESE_NAMES_FILE = "names-ja.csv";

export type SeedCounts = {
  categories: number;
  capabilities: number;
  suppliersCreated: number;
  suppliersSkipped: number;
  byStatus: Record<string, number>;
};

/** A CSV row turned into the columns a seeded supplier gets. Exported for tests. */
export type SamplePlace = {
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  category: string;
  district: DistrictSlug | null;
  addressEn: string | null;
  addressZh: string | null;
  location: LatLng | null;
  precision: LocationPrecision | null;
  website: string | null;
  status: SupplierStatus;
  statusNote: string | null;
  description: string;
  sources: string;
};

const PRECISIONS: Record<string, LocationPrecision> = {
  exact: "EXACT",
  building: "BUILDING",
  street: "STREET",
  area: "AREA",
};

function districtSlugOf(raw: string): DistrictSlug | null {
  const slug = raw.toLowerCase().replace(/[^a-z]/g, "").replace(/newarea$/, "");
  return isDistrictSlug(slug) ? slug : null;
}

/** Markets on Huaqiang North Road without a point of their own sit at the area's centre. */
function isOnHuaqiangNorth(row: Record<string, string>): boolean {
  return /huaqiang north|huaqiangbei/i.test(row.addressEn) || /华强北/.test(row.addressZh);
}

function placeLocation(row: Record<string, string>, district: DistrictSlug | null) {
  const lat = Number.parseFloat(row.lat);
  const lng = Number.parseFloat(row.lng);
  if (Number.isFinite(lat) && Number.isFinite(lng)) {
    return { location: { lat, lng }, precision: PRECISIONS[row.precision] ?? "AREA" };
  }
  if (district === "futian" && isOnHuaqiangNorth(row)) {
    return { location: HUAQIANGBEI_CENTRE, precision: "AREA" as const };
  }
  // Without a district there is no honest point; such rows stay PENDING until someone adds one.
  if (!district) return { location: null, precision: null };
  return { location: districtBySlug.get(district)!.centre, precision: "DISTRICT" as const };
}

export function toSamplePlace(row: Record<string, string>, japaneseNames: ReadonlyMap<string, string> = new Map()): SamplePlace {
  const district = districtSlugOf(row.district);
  const closed = /^\s*closed\b/i.test(row.status);
  const { location, precision } = placeLocation(row, district);
  const status: SupplierStatus = closed ? "ARCHIVED" : district ? "PUBLISHED" : "PENDING";
  const website = optionalHttpUrl.safeParse(row.website);
  if (!website.success) throw new Error(`seed: ${row.name}: website "${row.website}" ${website.error.issues[0].message}`);
  return {
    slug: slugify(row.name),
    name: row.name.trim(),
    nameZh: row.nameZh.trim() || null,
    nameJa: japaneseNames.get(row.name.trim()) ?? null,
    category: row.category.trim(),
    district,
    addressEn: row.addressEn.trim() || null,
    addressZh: row.addressZh.trim() || null,
    location,
    precision,
    website: website.data,
    status,
    statusNote: closed
      ? "Reported closed."
      : district
        ? null
        : "District unknown: waiting for someone to add where this place is.",
    description: row.status.trim(),
    sources: row.sources.trim(),
  };
}

function readSeedCsv(file: string) {
  return parseCsvRecords(readFileSync(path.join(SEED_DIR, file), "utf8"), { joinExtraIntoLast: true });
}

export function readSamplePlaces(): SamplePlace[] {
  // Japanese renderings of the names, for visitors who search in Japanese.
  const japaneseNames = new Map(readSeedCsv(JAPANESE_NAMES_FILE).map((r) => [r.name, r.nameJa]));
  const places = SEED_FILES.flatMap((f) => readSeedCsv(f).map((row) => toSamplePlace(row, japaneseNames)));
  const seen = new Map<string, number>();
  for (const p of places) {
    const n = (seen.get(p.slug) ?? 0) + 1;
    seen.set(p.slug, n);
    if (n > 1) p.slug = `${p.slug}-${n}`;
  }
  return places;
}

/** Categories and capabilities, upserted from lib/taxonomy.ts. */
export async function seedReferenceData() {
  for (const [i, c] of CATEGORIES.entries()) {
    const data = { labelEn: c.label.en, labelZh: c.label.zh, labelJa: c.label.ja, sortOrder: i };
    await db.category.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
  }
  for (const [i, c] of CAPABILITIES.entries()) {
    const data = { group: c.group, labelEn: c.label.en, labelZh: c.label.zh, labelJa: c.label.ja, sortOrder: i };
    await db.capability.upsert({ where: { slug: c.slug }, create: { slug: c.slug, ...data }, update: data });
  }
}

/**
 * Idempotent: reference data is upserted, and a sample supplier is created only when its slug is
 * absent, so re-running never duplicates rows nor overwrites moderators' later edits.
 */
export async function seedSampleData(): Promise<SeedCounts> {
  await seedReferenceData();
  const categoryIds = new Map((await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const existing = new Set((await db.supplier.findMany({ select: { slug: true } })).map((s) => s.slug));
  let created = 0;
  let skipped = 0;
  const now = new Date();
  for (const p of readSamplePlaces()) {
    if (existing.has(p.slug)) {
      skipped++;
      continue;
    }
    const categoryId = categoryIds.get(p.category);
    if (!categoryId) throw new Error(`seed: unknown category "${p.category}" for ${p.name}`);
    await db.supplier.create({
      data: {
        slug: p.slug,
        name: p.name,
        nameZh: p.nameZh,
        nameJa: p.nameJa,
        description: p.description,
        primaryCategoryId: categoryId,
        district: p.district,
        addressEn: p.addressEn,
        addressZh: p.addressZh,
        lat: p.location?.lat ?? null,
        lng: p.location?.lng ?? null,
        coordDatum: "WGS84",
        locationPrecision: p.precision,
        website: p.website,
        status: p.status,
        statusNote: p.statusNote,
        isSampleData: true,
        sources: p.sources,
        publishedAt: p.status === "PUBLISHED" ? now : null,
        categories: { create: [{ categoryId }] },
      },
    });
    created++;
  }
  const byStatus = Object.fromEntries(
    (await db.supplier.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  );
  return {
    categories: await db.category.count(),
    capabilities: await db.capability.count(),
    suppliersCreated: created,
    suppliersSkipped: skipped,
    byStatus,
  };
}

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await db.supplier.count()) === 0 && (await db.category.count()) === 0;
}
