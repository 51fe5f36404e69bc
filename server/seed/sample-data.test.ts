import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/slug";
import { SHENZHEN_BOUNDS } from "@/lib/taxonomy";
import { safeHttpUrl } from "@/lib/url";
import { db } from "@/server/db";
import { readFirstSeedPlaces, readSamplePlaces, seedReferenceData, seedSampleData, toSamplePlace } from "./sample-data";

describe("sample places", () => {
  const places = readSamplePlaces();
  const published = places.filter((p) => p.status === "PUBLISHED");
  const bySlug = (slug: string) => places.find((p) => p.slug === slug)!;

  it("reads the three place files: 40 + 10 + 69 real places, most of them published", () => {
    expect(places).toHaveLength(119);
    expect(published.length).toBeGreaterThanOrEqual(100);
    expect(new Set(published.map((p) => p.category)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(published.map((p) => p.district)).size).toBeGreaterThanOrEqual(6);
  });

  it("places every published point inside Shenzhen and flags guessed points as approximate", () => {
    for (const p of published) {
      expect(p.location, p.name).not.toBeNull();
      const { lat, lng } = p.location!;
      expect(lat).toBeGreaterThan(SHENZHEN_BOUNDS.minLat);
      expect(lat).toBeLessThan(SHENZHEN_BOUNDS.maxLat);
      expect(lng).toBeGreaterThan(SHENZHEN_BOUNDS.minLng);
      expect(lng).toBeLessThan(SHENZHEN_BOUNDS.maxLng);
    }
    expect(bySlug("seg-electronics-market-seg-plaza").precision).toBe("BUILDING");
    expect(bySlug("yuan-wang-digital-mall").precision).toBe("AREA");
    expect(bySlug("huanggang-port-lok-ma-chau-crossing")).toMatchObject({ precision: "BUILDING", location: { lat: 22.52074, lng: 114.07496 } });
  });

  it("keeps places without a district pending and closed places archived", () => {
    expect(bySlug("pcbway")).toMatchObject({ status: "PENDING", district: null, location: null });
    expect(bySlug("gaokede-electronics-market").status).toBe("ARCHIVED");
    expect(bySlug("sgs-cstc-standards-technical-services-shenzhen-branch")).toMatchObject({ status: "PENDING", district: null });
    expect(bySlug("cec-makerspace-zhongdian-difu-building-closed").status).toBe("ARCHIVED");
  });

  it("reads tags, languages and order facts from the detailed file, and merges the facts file", () => {
    expect(bySlug("jenesis-shenzhen-factory")).toMatchObject({
      category: "ems",
      categories: ["ems", "pcb-assembly", "injection-molding"],
      capabilities: ["box-build", "mould-making"],
      languages: ["ja"],
      district: "baoan",
    });
    expect(bySlug("shenzhen-qiangda-circuit-shenzhen-plant")).toMatchObject({ acceptsPrototypes: true, acceptsSmallOrders: true });
    const jlc = bySlug("jlcpcb-jlc-group-headquarters");
    expect(jlc.capabilities).toEqual(expect.arrayContaining(["pcb-4-layer", "smt"]));
    expect(jlc.categories).toEqual(["pcb-fab", "pcb-assembly"]);
    expect(jlc).toMatchObject({ acceptsPrototypes: true, acceptsSmallOrders: true, website: "https://jlcpcb.com" });
    expect(jlc.sources).toContain(" | ");
    // A sourced Japanese name wins over the older list of renderings.
    expect(bySlug("chaihuo-x-factory").nameJa).toBe("柴火造物中心（x.factory）");
    expect(bySlug("seeed-studio").nameJa).toBe("シードスタジオ");
  });

  it("gives every place a slug of the slug alphabet and only http(s) websites", () => {
    for (const p of places) {
      expect(p.slug).toMatch(SLUG_PATTERN);
      if (p.website !== null) expect(safeHttpUrl(p.website)).not.toBeNull();
    }
  });

  it("refuses a row whose website is not a web address", () => {
    const row = { name: "Bad Link Works", nameZh: "", category: "pcb-fab", district: "Futian", addressEn: "", addressZh: "", lat: "", lng: "", precision: "", status: "", sources: "" };
    expect(toSamplePlace({ ...row, website: "example.com" }).website).toBe("https://example.com");
    expect(() => toSamplePlace({ ...row, website: "javascript:alert(1)" })).toThrow(/website/);
  });

  it("has unique slugs and invents no contact details", () => {
    expect(new Set(places.map((p) => p.slug)).size).toBe(places.length);
    expect(JSON.stringify(places)).not.toMatch(/[\w.+-]+@[a-z0-9-]+\.[a-z]{2,}|\+86|tel:/i);
  });
});

/** What the first version of the seed did: create each place of the first two files, recording nothing. */
async function seedLikeFirstVersion() {
  await seedReferenceData();
  const categoryIds = new Map((await db.category.findMany()).map((c) => [c.slug, c.id]));
  for (const p of readFirstSeedPlaces()) {
    await db.supplier.create({
      data: {
        slug: p.slug,
        name: p.name,
        nameZh: p.nameZh,
        nameJa: p.nameJa,
        description: p.description,
        primaryCategoryId: categoryIds.get(p.category)!,
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
        publishedAt: p.status === "PUBLISHED" ? new Date() : null,
        categories: { create: [{ categoryId: categoryIds.get(p.category)! }] },
      },
    });
  }
}

describe("seedSampleData", () => {
  it("upgrades untouched rows of an earlier seed, leaves edited and deleted ones alone, and is idempotent", async () => {
    await seedLikeFirstVersion();
    // A moderator corrected one place; a user's own listing happens to have a sample slug.
    await db.supplier.update({ where: { slug: "nextpcb-huaqiu-electronics" }, data: { website: "https://www.nextpcb.com" } });
    await db.supplier.update({ where: { slug: "elecrow" }, data: { isSampleData: false, name: "Elecrow (edited by its owner)" } });
    await db.supplier.update({ where: { slug: "seeed-studio" }, data: { ratingAvg: 4.5, reviewCount: 2 } });

    const first = await seedSampleData();
    expect(first.suppliersCreated).toBe(69);
    expect(first.suppliersKept).toBe(2);
    const jlc = await db.supplier.findUniqueOrThrow({
      where: { slug: "jlcpcb-jlc-group-headquarters" },
      select: { capabilities: { select: { capability: { select: { slug: true } } } }, acceptsSmallOrders: true },
    });
    expect(jlc.capabilities.map((c) => c.capability.slug)).toContain("pcb-4-layer");
    expect(jlc.acceptsSmallOrders).toBe(true);
    // Reviews change ratings, not the facts the seed manages: the row is still upgraded.
    expect((await db.supplier.findUniqueOrThrow({ where: { slug: "seeed-studio" }, select: { nameJa: true } })).nameJa).toBe("シードスタジオ");
    const nextpcb = await db.supplier.findUniqueOrThrow({ where: { slug: "nextpcb-huaqiu-electronics" }, select: { website: true, languages: true } });
    expect(nextpcb).toEqual({ website: "https://www.nextpcb.com", languages: [] });
    expect((await db.supplier.findUniqueOrThrow({ where: { slug: "elecrow" }, select: { name: true } })).name).toBe("Elecrow (edited by its owner)");
    expect(first.suppliersUpgraded).toBeGreaterThanOrEqual(15);

    const second = await seedSampleData();
    expect(second).toMatchObject({ suppliersCreated: 0, suppliersUpgraded: 0, suppliersKept: 2 });
    expect(second.byStatus).toEqual(first.byStatus);

    // After this version's seed, a moderator's edit and deletion are both respected.
    await db.supplier.update({ where: { slug: "hqpcb" }, data: { addressEn: "Corrected address" } });
    await db.supplier.delete({ where: { slug: "mini-port-market" } });
    const third = await seedSampleData();
    expect(third).toMatchObject({ suppliersCreated: 0, suppliersUpgraded: 0, suppliersKept: 4 });
    expect((await db.supplier.findUniqueOrThrow({ where: { slug: "hqpcb" }, select: { addressEn: true } })).addressEn).toBe("Corrected address");
    expect(await db.supplier.count({ where: { slug: "mini-port-market" } })).toBe(0);
  });
});
