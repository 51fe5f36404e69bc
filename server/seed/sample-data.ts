import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvRecords } from "@/lib/csv";
import { slugify } from "@/lib/slug";
import { safeHttpUrl } from "@/lib/url";
import {
  CAPABILITIES,
  CATEGORIES,
  HUAQIANGBEI_CENTRE,
  LANGUAGES,
  districtBySlug,
  isDistrictSlug,
  type DistrictSlug,
  type LatLng,
} from "@/lib/taxonomy";
import { db } from "@/server/db";
import type { LocationPrecision, SupplierStatus } from "@/prisma/generated/client";

const SEED_DIR = path.join(process.cwd(), "prisma", "seed");
/** The first files, in the format of shenzhen-places.csv (district labels, status as description). */
const PLACE_FILES = ["shenzhen-places.csv", "more-places.csv"];
/** Places with categories, capabilities and languages as slugs (see prisma/seed/README.md). */
const DETAILED_PLACE_FILE = "shenzhen-places-more.csv";
/** Extra facts for places of the files above, keyed by their exact name. */
const FACTS_FILE = "shenzhen-places-facts.csv";
const JAPANESE_NAMES_FILE = "names-ja.csv";

export type SeedCounts = {
  categories: number;
  capabilities: number;
  suppliersCreated: number;
  /** Sample rows brought up to the current files because nobody had changed them. */
  suppliersUpgraded: number;
  /** Already as the files say. */
  suppliersSkipped: number;
  /** Changed by users or moderators since they were seeded (or deleted by them): left as they are. */
  suppliersKept: number;
  byStatus: Record<string, number>;
};

/** A CSV row turned into the columns a seeded supplier gets. Exported for tests. */
export type SamplePlace = {
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  category: string;
  /** Every category, the primary one first. */
  categories: string[];
  capabilities: string[];
  languages: string[];
  acceptsPrototypes: boolean | null;
  acceptsSmallOrders: boolean | null;
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

const KNOWN = {
  categories: new Set<string>(CATEGORIES.map((c) => c.slug)),
  capabilities: new Set<string>(CAPABILITIES.map((c) => c.slug)),
  languages: new Set<string>(LANGUAGES.map((l) => l.code)),
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

/**
 * The website as earlier seeds wrote it (the upgrade check compares with those values, so the
 * text stays as it was), refused when it is not an http(s) address at all.
 */
const websiteOf = (raw: string) => {
  const w = raw.trim();
  if (!w) return null;
  const url = /^[a-z][a-z0-9+.-]*:/i.test(w) ? w : `https://${w}`;
  if (safeHttpUrl(url) === null) throw new Error(`seed: website "${w}" is not an http(s) address`);
  return url;
};

/** Slugs from a `;`-separated cell; an unknown one is a mistake in the file, not data to drop quietly. */
function slugList(cell: string | undefined, known: ReadonlySet<string>, what: string, place: string): string[] {
  const values = (cell ?? "").split(";").map((v) => v.trim()).filter((v) => v !== "");
  for (const v of values) if (!known.has(v)) throw new Error(`seed: unknown ${what} "${v}" for ${place}`);
  return values;
}

const yesNo = (cell: string | undefined) => (cell === "true" ? true : cell === "false" ? false : null);

const DISTRICT_UNKNOWN = "District unknown: waiting for someone to add where this place is.";

/** A row of shenzhen-places.csv or more-places.csv, as the first version of the seed wrote it. */
export function toSamplePlace(row: Record<string, string>, japaneseNames: ReadonlyMap<string, string> = new Map()): SamplePlace {
  const district = districtSlugOf(row.district);
  const closed = /^\s*closed\b/i.test(row.status);
  const { location, precision } = placeLocation(row, district);
  const status: SupplierStatus = closed ? "ARCHIVED" : district ? "PUBLISHED" : "PENDING";
  const category = row.category.trim();
  return {
    slug: slugify(row.name),
    name: row.name.trim(),
    nameZh: row.nameZh.trim() || null,
    nameJa: japaneseNames.get(row.name.trim()) ?? null,
    category,
    categories: [category],
    capabilities: [],
    languages: [],
    acceptsPrototypes: null,
    acceptsSmallOrders: null,
    district,
    addressEn: row.addressEn.trim() || null,
    addressZh: row.addressZh.trim() || null,
    location,
    precision,
    website: websiteOf(row.website),
    status,
    statusNote: closed ? "Reported closed." : district ? null : DISTRICT_UNKNOWN,
    description: row.status.trim(),
    sources: row.sources.trim(),
  };
}

/** A row of shenzhen-places-more.csv: slugs for district and tags, description and status apart. */
export function toDetailedPlace(row: Record<string, string>): SamplePlace {
  const name = row.name.trim();
  const district = isDistrictSlug(row.district.trim()) ? (row.district.trim() as DistrictSlug) : null;
  const closed = /^\s*closed\b/i.test(row.status);
  const { location, precision } = placeLocation(row, district);
  const status: SupplierStatus = closed ? "ARCHIVED" : district ? "PUBLISHED" : "PENDING";
  const category = row.category.trim();
  const reported = row.status.trim();
  return {
    slug: slugify(name),
    name,
    nameZh: row.nameZh.trim() || null,
    nameJa: row.nameJa.trim() || null,
    category,
    categories: [...new Set([category, ...slugList(row.categories, KNOWN.categories, "category", name)])],
    capabilities: slugList(row.capabilities, KNOWN.capabilities, "capability", name),
    languages: slugList(row.languages, KNOWN.languages, "language", name),
    acceptsPrototypes: yesNo(row.acceptsPrototypes),
    acceptsSmallOrders: yesNo(row.acceptsSmallOrders),
    district,
    addressEn: row.addressEn.trim() || null,
    addressZh: row.addressZh.trim() || null,
    location,
    precision,
    website: websiteOf(row.website),
    status,
    statusNote: closed ? `Reported closed: ${reported}` : district ? reported || null : `${DISTRICT_UNKNOWN} ${reported}`.trim(),
    description: row.description.trim(),
    sources: row.sources.trim(),
  };
}

/** Adds a facts row to a place: Japanese name, tags, order flags, a missing website, a dated note, its sources. */
export function withFacts(place: SamplePlace, facts: Record<string, string>): SamplePlace {
  const merged = { ...place };
  if (facts.nameJa.trim()) merged.nameJa = facts.nameJa.trim();
  merged.categories = [...new Set([...place.categories, ...slugList(facts.categories, KNOWN.categories, "category", place.name)])];
  merged.capabilities = [...new Set([...place.capabilities, ...slugList(facts.capabilities, KNOWN.capabilities, "capability", place.name)])];
  merged.languages = [...new Set([...place.languages, ...slugList(facts.languages, KNOWN.languages, "language", place.name)])];
  merged.acceptsPrototypes = yesNo(facts.acceptsPrototypes) ?? place.acceptsPrototypes;
  merged.acceptsSmallOrders = yesNo(facts.acceptsSmallOrders) ?? place.acceptsSmallOrders;
  merged.website = place.website ?? websiteOf(facts.website);
  if (facts.description.trim()) merged.description = [place.description, facts.description.trim()].filter((d) => d !== "").join("\n\n");
  if (facts.sources.trim()) merged.sources = [place.sources, facts.sources.trim()].filter((s) => s !== "").join(" | ");
  return merged;
}

function readSeedCsv(file: string) {
  return parseCsvRecords(readFileSync(path.join(SEED_DIR, file), "utf8"));
}

function dedupeSlugs(places: SamplePlace[]) {
  const seen = new Map<string, number>();
  for (const p of places) {
    const n = (seen.get(p.slug) ?? 0) + 1;
    seen.set(p.slug, n);
    if (n > 1) p.slug = `${p.slug}-${n}`;
  }
  return places;
}

/** The places as the first version of this seed wrote them: what an untouched old row holds. */
export function readFirstSeedPlaces(): SamplePlace[] {
  // Japanese renderings of the names, for visitors who search in Japanese.
  const japaneseNames = new Map(readSeedCsv(JAPANESE_NAMES_FILE).map((r) => [r.name, r.nameJa]));
  return dedupeSlugs(PLACE_FILES.flatMap((f) => readSeedCsv(f).map((row) => toSamplePlace(row, japaneseNames))));
}

export function readSamplePlaces(): SamplePlace[] {
  const facts = new Map(readSeedCsv(FACTS_FILE).map((r) => [r.name.trim(), r]));
  const places = [...readFirstSeedPlaces(), ...dedupeSlugs(readSeedCsv(DETAILED_PLACE_FILE).map(toDetailedPlace))];
  const names = new Set(places.map((p) => p.name));
  for (const name of facts.keys()) if (!names.has(name)) throw new Error(`seed: facts for "${name}", which no place file has`);
  return dedupeSlugs(places.map((p) => (facts.has(p.name) ? withFacts(p, facts.get(p.name)!) : p)));
}

type Tx = Omit<typeof db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Categories and capabilities from lib/taxonomy.ts, written only where the table differs. */
export async function seedReferenceData(tx: Tx = db) {
  const categories = new Map((await tx.category.findMany()).map((c) => [c.slug, c]));
  for (const [i, c] of CATEGORIES.entries()) {
    const data = { labelEn: c.label.en, labelZh: c.label.zh, labelJa: c.label.ja, sortOrder: i };
    const row = categories.get(c.slug);
    if (!row) await tx.category.create({ data: { slug: c.slug, ...data } });
    else if (row.labelEn !== data.labelEn || row.labelZh !== data.labelZh || row.labelJa !== data.labelJa || row.sortOrder !== i) {
      await tx.category.update({ where: { slug: c.slug }, data });
    }
  }
  const capabilities = new Map((await tx.capability.findMany()).map((c) => [c.slug, c]));
  for (const [i, c] of CAPABILITIES.entries()) {
    const data = { group: c.group, labelEn: c.label.en, labelZh: c.label.zh, labelJa: c.label.ja, sortOrder: i };
    const row = capabilities.get(c.slug);
    if (!row) await tx.capability.create({ data: { slug: c.slug, ...data } });
    else if (row.group !== c.group || row.labelEn !== data.labelEn || row.labelZh !== data.labelZh || row.labelJa !== data.labelJa || row.sortOrder !== i) {
      await tx.capability.update({ where: { slug: c.slug }, data });
    }
  }
}

/** The facts the seed manages for a place, in a stable form to compare and to store. */
export type ManagedValues = {
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  description: string | null;
  category: string;
  categories: string[];
  capabilities: string[];
  languages: string[];
  acceptsPrototypes: boolean | null;
  acceptsSmallOrders: boolean | null;
  district: string | null;
  addressEn: string | null;
  addressZh: string | null;
  lat: number | null;
  lng: number | null;
  locationPrecision: string | null;
  website: string | null;
  status: string;
  statusNote: string | null;
  sources: string | null;
};

export function managedValuesOf(p: SamplePlace): ManagedValues {
  return {
    name: p.name,
    nameZh: p.nameZh,
    nameJa: p.nameJa,
    description: p.description,
    category: p.category,
    categories: [...p.categories].sort(),
    capabilities: [...p.capabilities].sort(),
    languages: [...p.languages].sort(),
    acceptsPrototypes: p.acceptsPrototypes,
    acceptsSmallOrders: p.acceptsSmallOrders,
    district: p.district,
    addressEn: p.addressEn,
    addressZh: p.addressZh,
    lat: p.location?.lat ?? null,
    lng: p.location?.lng ?? null,
    locationPrecision: p.precision,
    website: p.website,
    status: p.status,
    statusNote: p.statusNote,
    sources: p.sources,
  };
}

const MANAGED_SELECT = {
  id: true,
  slug: true,
  isSampleData: true,
  name: true,
  nameZh: true,
  nameJa: true,
  description: true,
  primaryCategory: { select: { slug: true } },
  categories: { select: { category: { select: { slug: true } } } },
  capabilities: { select: { capability: { select: { slug: true } } } },
  languages: { select: { language: true } },
  acceptsPrototypes: true,
  acceptsSmallOrders: true,
  district: true,
  addressEn: true,
  addressZh: true,
  lat: true,
  lng: true,
  locationPrecision: true,
  website: true,
  status: true,
  statusNote: true,
  sources: true,
} as const;

type StoredRow = Awaited<ReturnType<typeof findStored>>[number];

function findStored(tx: Tx, slugs: string[]) {
  return tx.supplier.findMany({ where: { slug: { in: slugs } }, select: MANAGED_SELECT });
}

function managedValuesOfRow(s: StoredRow): ManagedValues {
  return {
    name: s.name,
    nameZh: s.nameZh,
    nameJa: s.nameJa,
    description: s.description,
    category: s.primaryCategory.slug,
    categories: s.categories.map((c) => c.category.slug).sort(),
    capabilities: s.capabilities.map((c) => c.capability.slug).sort(),
    languages: s.languages.map((l) => l.language).sort(),
    acceptsPrototypes: s.acceptsPrototypes,
    acceptsSmallOrders: s.acceptsSmallOrders,
    district: s.district,
    addressEn: s.addressEn,
    addressZh: s.addressZh,
    lat: s.lat,
    lng: s.lng,
    locationPrecision: s.locationPrecision,
    website: s.website,
    status: s.status,
    statusNote: s.statusNote,
    sources: s.sources,
  };
}

const same = (a: ManagedValues, b: ManagedValues) => JSON.stringify(a) === JSON.stringify(b);

function supplierData(p: SamplePlace, categoryIds: ReadonlyMap<string, number>, capabilityIds: ReadonlyMap<string, number>) {
  const id = (map: ReadonlyMap<string, number>, slug: string) => {
    const v = map.get(slug);
    if (v === undefined) throw new Error(`seed: unknown category or capability "${slug}" for ${p.name}`);
    return v;
  };
  return {
    columns: {
      name: p.name,
      nameZh: p.nameZh,
      nameJa: p.nameJa,
      description: p.description,
      primaryCategoryId: id(categoryIds, p.category),
      district: p.district,
      addressEn: p.addressEn,
      addressZh: p.addressZh,
      lat: p.location?.lat ?? null,
      lng: p.location?.lng ?? null,
      coordDatum: "WGS84" as const,
      locationPrecision: p.precision,
      website: p.website,
      acceptsPrototypes: p.acceptsPrototypes,
      acceptsSmallOrders: p.acceptsSmallOrders,
      status: p.status,
      statusNote: p.statusNote,
      isSampleData: true,
      sources: p.sources,
    },
    categories: p.categories.map((slug) => ({ categoryId: id(categoryIds, slug) })),
    capabilities: p.capabilities.map((slug) => ({ capabilityId: id(capabilityIds, slug) })),
    languages: p.languages.map((language) => ({ language })),
  };
}

/**
 * Idempotent, and upgrades earlier sample rows in place. For each place the seed remembers what
 * it last wrote (SampleSeed); a row still holding exactly that is brought up to the files, a row
 * that differs was changed by a user or moderator and is left alone, and a place seeded before
 * but now missing was deleted on purpose and is not brought back. Rows written by the first
 * version of the seed, which kept no such record, are compared with what it wrote.
 */
export async function seedSampleData(): Promise<SeedCounts> {
  const places = readSamplePlaces();
  const firstSeed = new Map(readFirstSeedPlaces().map((p) => [p.slug, managedValuesOf(p)]));
  const counts = { created: 0, upgraded: 0, skipped: 0, kept: 0 };
  const now = new Date();
  // One transaction: one commit for the whole seed, and no half-upgraded sample data.
  await db.$transaction(
    async (tx) => {
      await seedReferenceData(tx);
      const categoryIds = new Map((await tx.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
      const capabilityIds = new Map((await tx.capability.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
      const records = new Map((await tx.sampleSeed.findMany()).map((r) => [r.slug, JSON.parse(r.values) as ManagedValues]));
      const stored = new Map((await findStored(tx, places.map((p) => p.slug))).map((r) => [r.slug, r]));
      for (const place of places) {
        const wanted = managedValuesOf(place);
        const remember = () =>
          tx.sampleSeed.upsert({
            where: { slug: place.slug },
            create: { slug: place.slug, values: JSON.stringify(wanted), seededAt: now },
            update: { values: JSON.stringify(wanted), seededAt: now },
          });
        const row = stored.get(place.slug);
        const data = supplierData(place, categoryIds, capabilityIds);
        if (!row) {
          if (records.has(place.slug)) {
            counts.kept++;
            continue;
          }
          await tx.supplier.create({
            data: {
              slug: place.slug,
              ...data.columns,
              publishedAt: place.status === "PUBLISHED" ? now : null,
              categories: { create: data.categories },
              capabilities: { create: data.capabilities },
              languages: { create: data.languages },
            },
          });
          await remember();
          counts.created++;
          continue;
        }
        const current = managedValuesOfRow(row);
        const lastSeeded = records.get(place.slug) ?? (row.isSampleData ? firstSeed.get(place.slug) : undefined);
        if (same(current, wanted)) {
          if (!records.has(place.slug)) await remember();
          counts.skipped++;
        } else if (lastSeeded && same(current, lastSeeded)) {
          await tx.supplier.update({
            where: { id: row.id },
            data: {
              ...data.columns,
              ...(row.status !== "PUBLISHED" && place.status === "PUBLISHED" ? { publishedAt: now } : {}),
              categories: { deleteMany: {}, create: data.categories },
              capabilities: { deleteMany: {}, create: data.capabilities },
              languages: { deleteMany: {}, create: data.languages },
            },
          });
          await remember();
          counts.upgraded++;
        } else {
          counts.kept++;
        }
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const byStatus = Object.fromEntries(
    (await db.supplier.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  );
  return {
    categories: await db.category.count(),
    capabilities: await db.capability.count(),
    suppliersCreated: counts.created,
    suppliersUpgraded: counts.upgraded,
    suppliersSkipped: counts.skipped,
    suppliersKept: counts.kept,
    byStatus,
  };
}
