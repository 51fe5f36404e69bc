import "server-only";
import type { ExportRecord } from "@/lib/export-format";
import { safeHttpUrl } from "@/lib/url";
import { readRows } from "@/server/db";
import { list, num, rowToSummary } from "@/server/search/sqlite";

const BATCH = 2000;

/**
 * Every published supplier, in id order, a batch at a time (keyset pagination), so exporting
 * a hundred thousand rows never holds them all in memory.
 */
export async function* exportPublishedSuppliers(): AsyncGenerator<ExportRecord[]> {
  let after = 0;
  for (;;) {
    const rows = readRows(
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
      [after, BATCH],
    );
    if (rows.length === 0) return;
    after = Number(rows[rows.length - 1].id);
    yield rows.map((r) => {
      const { publishedAt: _publishedAt, ...summary } = rowToSummary(r);
      const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
      const int = (v: unknown) => (v === null || v === undefined ? null : Number(v));
      return {
        ...summary,
        paymentMethods: list(r.paymentMethods),
        certifications: list(r.certifications),
        website: safeHttpUrl(text(r.website)),
        email: text(r.email),
        phone: text(r.phone),
        wechatId: text(r.wechatId),
        moq: int(r.moq),
        leadTimeDaysMin: int(r.leadTimeDaysMin),
        leadTimeDaysMax: int(r.leadTimeDaysMax),
        isSampleData: num(r.isSampleData) === 1,
        updatedAt: new Date(String(r.updatedAt)).toISOString(),
      };
    });
  }
}
