import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createSupplier } from "@/server/test/factories";
import { readSupplierDataVersion } from "./data-version";

describe("supplier data version", () => {
  it("moves on every kind of supplier write and not on unrelated ones", async () => {
    const v0 = readSupplierDataVersion();
    const { id } = await createSupplier({ name: "Version Probe Ltd", capabilities: ["smt"], languages: ["en"] });
    const v1 = readSupplierDataVersion();
    expect(v1).toBeGreaterThan(v0);

    await db.supplier.update({ where: { id }, data: { ratingAvg: 4.5 } });
    const v2 = readSupplierDataVersion();
    expect(v2).toBeGreaterThan(v1);

    await db.supplierLanguage.deleteMany({ where: { supplierId: id } });
    const v3 = readSupplierDataVersion();
    expect(v3).toBeGreaterThan(v2);

    await db.user.create({ data: { email: "version-probe@example.com" } });
    expect(readSupplierDataVersion()).toBe(v3);

    await db.supplier.delete({ where: { id } });
    expect(readSupplierDataVersion()).toBeGreaterThan(v3);
  });
});
