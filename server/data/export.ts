import "server-only";
import type { ExportRecord } from "@/lib/export-format";
import { db } from "@/server/db";
import type { Row } from "@/server/search/sqlite";

const BATCH = 2000;
const list = (v: unknown) => (typeof v === "string" && v !== "" ? v.split(",") : []);
const bool = (v: unknown) => (v === null || v === undefined ? null : Number(v) === 1);

/**
 * Every published supplier, in id order, a batch at a time (keyset pagination), so exporting
 * a hundred thousand rows never holds them all in memory.
 */
export async function* exportPublishedSuppliers(): AsyncGenerator<ExportRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT s."id", s."slug", s."name", s."nameZh", s."nameJa", c."slug" AS "category", s."district",
              s."addressEn", s."addressZh", s."lat", s."lng", s."locationPrecision", s."website", s."email",
              s."phone", s."wechatId", s."moq", s."leadTimeDaysMin", s."leadTimeDaysMax",
              s."acceptsPrototypes", s."acceptsSmallOrders", s."ratingAvg", s."reviewCount", s."isSampleData", s."updatedAt",
              (SELECT group_concat(x."slug") FROM "SupplierCategory" sc JOIN "Category" x ON x."id" = sc."categoryId" WHERE sc."supplierId" = s."id") AS "categories",
              (SELECT group_concat(k."slug") FROM "SupplierCapability" sk JOIN "Capability" k ON k."id" = sk."capabilityId" WHERE sk."supplierId" = s."id") AS "capabilities",
              (SELECT group_concat("language") FROM "SupplierLanguage" WHERE "supplierId" = s."id") AS "languages",
              (SELECT group_concat("method") FROM "SupplierPaymentMethod" WHERE "supplierId" = s."id") AS "paymentMethods",
              (SELECT group_concat("certification") FROM "SupplierCertification" WHERE "supplierId" = s."id") AS "certifications"
         FROM "Supplier" s JOIN "Category" c ON c."id" = s."primaryCategoryId"
        WHERE s."status" = 'PUBLISHED' AND s."id" > ?
        ORDER BY s."id" LIMIT ?`,
      after,
      BATCH,
    );
    if (rows.length === 0) return;
    after = Number(rows[rows.length - 1].id);
    yield rows.map((r) => ({
      slug: String(r.slug),
      name: String(r.name),
      nameZh: (r.nameZh as string | null) ?? null,
      nameJa: (r.nameJa as string | null) ?? null,
      category: String(r.category),
      categories: list(r.categories),
      capabilities: list(r.capabilities),
      languages: list(r.languages),
      paymentMethods: list(r.paymentMethods),
      certifications: list(r.certifications),
      district: (r.district as string | null) ?? null,
      addressEn: (r.addressEn as string | null) ?? null,
      addressZh: (r.addressZh as string | null) ?? null,
      lat: r.lat === null ? null : Number(r.lat),
      lng: r.lng === null ? null : Number(r.lng),
      locationApproximate: r.locationPrecision === null || ["AREA", "DISTRICT"].includes(String(r.locationPrecision)),
      website: (r.website as string | null) ?? null,
      email: (r.email as string | null) ?? null,
      phone: (r.phone as string | null) ?? null,
      wechatId: (r.wechatId as string | null) ?? null,
      moq: r.moq === null ? null : Number(r.moq),
      leadTimeDaysMin: r.leadTimeDaysMin === null ? null : Number(r.leadTimeDaysMin),
      leadTimeDaysMax: r.leadTimeDaysMax === null ? null : Number(r.leadTimeDaysMax),
      acceptsPrototypes: bool(r.acceptsPrototypes),
      acceptsSmallOrders: bool(r.acceptsSmallOrders),
      ratingAvg: Math.round(Number(r.ratingAvg) * 100) / 100,
      reviewCount: Number(r.reviewCount),
      isSampleData: Number(r.isSampleData) === 1,
      updatedAt: new Date(String(r.updatedAt)).toISOString(),
    }));
  }
}
