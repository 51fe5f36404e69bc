import { beforeAll, describe, expect, it } from "vitest";
import { toCsvLine } from "@/lib/csv";
import { CSV_COLUMNS, csvHeader } from "@/lib/export-format";
import { EMPTY_QUERY } from "@/lib/search/query";
import type { Actor } from "@/server/data/audit";
import { exportPublishedSuppliers } from "@/server/data/export";
import { applyImport, getImportJob, ImportInvalidError, previewImport, startImport } from "@/server/data/import";
import { findModerationQueues } from "@/server/data/moderation";
import { findSuppliers, getPublishedSupplier } from "@/server/data/suppliers";
import { db } from "@/server/db";
import { seedReferenceData } from "@/server/seed/sample-data";
import { createSupplier } from "@/server/test/factories";
import { createUser } from "@/server/test/moderation-fixtures";

let admin: Actor;

beforeAll(async () => {
  await seedReferenceData();
  admin = await createUser({ role: "ADMIN" });
});

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

function csv(...rows: Row[]): string {
  // Where the factory puts a Futian supplier, so rows for existing ones do not move them.
  const base: Row = { category: "pcb-fab", district: "futian", lat: 22.541, lng: 114.055, locationApproximate: false };
  return csvHeader() + rows.map((r) => toCsvLine(CSV_COLUMNS.map((c) => ({ ...base, ...r })[c] ?? ""))).join("");
}

async function snapshot() {
  return {
    suppliers: await db.supplier.count(),
    categories: await db.supplierCategory.count(),
    languages: await db.supplierLanguage.count(),
    audit: await db.auditLog.count(),
    names: (await db.supplier.findMany({ select: { slug: true, name: true, phone: true, status: true }, orderBy: { id: "asc" } })),
  };
}

describe("previewImport", () => {
  it("lists rows to create, rows to update with their diffs, unchanged and invalid rows, and writes nothing", async () => {
    const existing = await createSupplier({ name: "Preview Existing", languages: ["en"] });
    const before = await snapshot();
    const preview = await previewImport({
      actor: admin,
      csv: csv(
        { name: "Preview New", phone: "13800138000" },
        { slug: existing.slug, name: "Preview Existing", languages: "en;ja", phone: "0755-2612 3456" },
        { slug: "bad slug", name: "Broken" },
        { name: "No Place", lat: 35.68, lng: 139.76 },
      ),
    });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.creates).toEqual([{ row: 2, slug: "preview-new", name: "Preview New" }]);
    expect(preview.updates).toEqual([
      {
        row: 3,
        id: existing.id,
        slug: existing.slug,
        name: "Preview Existing",
        diff: [
          { field: "phone", kind: "value", before: null, after: "+8675526123456" },
          { field: "languages", kind: "set", added: ["ja"], removed: [] },
        ],
      },
    ]);
    expect(preview.invalid).toEqual([
      { row: 4, errors: [{ field: "slug", message: "listingForm.errors.invalidSlug" }] },
      { row: 5, errors: [{ field: "location", message: "listingForm.errors.locationOutsideShenzhen" }] },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("applyImport", () => {
  it("creates and updates in one go, publishes at once, audits it with counts and diffs", async () => {
    const existing = await createSupplier({ name: "Import Existing", languages: ["en"], capabilities: ["smt", "bga"] });
    const unchanged = await createSupplier({ name: "Import Unchanged", languages: [] });
    const text = csv(
      { name: "Import Created", nameZh: "导入新建", capabilities: "smt;bga", languages: "en", phone: "13800138000", website: "import-created.example" },
      { slug: "import-explicit", name: "Import Explicit" },
      {
        slug: existing.slug,
        name: "Import Existing",
        phone: "0755-2612 3456",
        languages: "en;zh",
        capabilities: "smt;cnc",
        category: "pcb-assembly",
        categories: "pcb-assembly",
        addressEn: "Moved Street 9",
      },
      { slug: unchanged.slug, name: "Import Unchanged", locationApproximate: false, lat: 22.541, lng: 114.055 },
    );
    const result = await applyImport({ csv: text, actor: admin });
    expect(result).toMatchObject({ created: 2, updated: 1, unchanged: 1 });

    const created = await getPublishedSupplier({ slug: "import-created" });
    expect(created).toMatchObject({ nameZh: "导入新建", capabilities: ["smt", "bga"], contacts: { phone: "+8613800138000", website: "https://import-created.example/" } });
    expect(created.isSampleData).toBe(false);
    await getPublishedSupplier({ slug: "import-explicit" });
    expect((await findSuppliers({ query: { ...EMPTY_QUERY, q: "导入新建" } })).items.map((s) => s.slug)).toEqual(["import-created"]);
    const exported: string[] = [];
    for await (const batch of exportPublishedSuppliers()) exported.push(...batch.map((r) => r.slug));
    expect(exported).toContain("import-created");

    const updated = await getPublishedSupplier({ slug: existing.slug });
    expect(updated.contacts.phone).toBe("+8675526123456");
    expect(updated.languages.sort()).toEqual(["en", "zh"]);
    expect(updated).toMatchObject({ category: "pcb-assembly", categories: ["pcb-assembly"], capabilities: ["smt", "cnc"], addressEn: "Moved Street 9" });
    // The search index followed the set-based writes.
    expect((await findSuppliers({ query: { ...EMPTY_QUERY, q: "Moved Street" } })).items.map((s) => s.slug)).toEqual([existing.slug]);
    expect((await findSuppliers({ query: { ...EMPTY_QUERY, capabilities: ["bga"] } })).items.map((s) => s.slug)).not.toContain(existing.slug);

    const job = await getImportJob({ actor: admin, jobId: result.jobId });
    expect(job).toMatchObject({ status: "COMPLETED", total: 3, processed: 3, created: 2, updated: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "import.apply", targetId: result.jobId } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.after!)).toEqual({
      counts: { created: 2, updated: 1, unchanged: 1 },
      created: ["import-created", "import-explicit"],
      updated: {
        [existing.slug]: {
          category: "pcb-assembly",
          categories: ["pcb-assembly"],
          capabilities: ["smt", "cnc"],
          addressEn: "Moved Street 9",
          phone: "+8675526123456",
          languages: ["en", "zh"],
        },
      },
    });
    expect(JSON.parse(audit.before!)).toEqual({
      updated: {
        [existing.slug]: { category: "pcb-fab", categories: ["pcb-fab"], capabilities: ["smt", "bga"], addressEn: null, phone: null, languages: ["en"] },
      },
    });
  });

  it("gives generated slugs a free suffix", async () => {
    await createSupplier({ name: "Slug Clash" });
    await applyImport({ csv: csv({ name: "Slug Clash" }, { name: "Slug Clash" }), actor: admin });
    const slugs = (await db.supplier.findMany({ where: { name: "Slug Clash" }, select: { slug: true }, orderBy: { id: "asc" } })).map((s) => s.slug);
    expect(slugs).toEqual(["slug-clash", "slug-clash-2", "slug-clash-3"]);
  });

  it("refuses a file with a bad row in the middle, writing nothing", async () => {
    const before = await snapshot();
    const attempt = applyImport({ csv: csv({ name: "Fine One" }, { name: "Bad One", moq: "lots" }, { name: "Fine Two" }), actor: admin });
    await expect(attempt).rejects.toBeInstanceOf(ImportInvalidError);
    await attempt.catch((e: ImportInvalidError) => expect(e.preview.invalid).toEqual([{ row: 3, errors: [{ field: "moq", message: "listingForm.errors.notANumber" }] }]));
    expect(await snapshot()).toEqual(before);
  });

  it("leaves the database unchanged when a row fails while being written, after earlier chunks were staged", async () => {
    const existing = await createSupplier({ name: "Survivor" });
    const before = await snapshot();
    // A database-level failure on the 5th new row, after two chunks of two have been written.
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "test_import_failure" BEFORE INSERT ON "Supplier" WHEN NEW."name" = 'Explodes' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`,
    );
    try {
      const text = csv(
        { name: "Staged A" },
        { name: "Staged B" },
        { slug: existing.slug, name: "Survivor", phone: "13800138000" },
        { name: "Staged C" },
        { name: "Staged D" },
        { name: "Explodes" },
        { name: "Never Written" },
      );
      const { jobId, finished } = await startImport({ csv: text, actor: admin, chunkSize: 2 });
      await expect(finished).rejects.toThrow(/simulated failure/);
      expect(await snapshot()).toEqual(before);
      expect(await getImportJob({ actor: admin, jobId })).toMatchObject({ status: "FAILED", error: expect.stringMatching(/simulated failure/) });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "test_import_failure"`);
    }
  });

  it("keeps staged rows out of the moderation queue and refuses a second import meanwhile", async () => {
    const text = csv(...Array.from({ length: 6 }, (_, i) => ({ name: `Parallel ${i}` })));
    const { jobId, finished } = await startImport({ csv: text, actor: admin, chunkSize: 1 });
    await expect(startImport({ csv: csv({ name: "Second" }), actor: admin })).rejects.toMatchObject({ code: "CONFLICT" });
    const queues = await findModerationQueues({ actor: admin });
    expect(queues.listings.filter((l) => l.name.startsWith("Parallel"))).toEqual([]);
    await finished;
    expect(await getImportJob({ actor: admin, jobId })).toMatchObject({ status: "COMPLETED", created: 6 });
  });

  it("refuses to import over a listing changed since the file was checked", async () => {
    const target = await createSupplier({ name: "Moving Target" });
    const text = csv({ name: "Bystander" }, { slug: target.slug, name: "Moving Target", phone: "13800138000" });
    const { finished } = await startImport({ csv: text, actor: admin, chunkSize: 1 });
    await db.supplier.update({ where: { id: target.id }, data: { moq: 99 } });
    await expect(finished).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.supplier.count({ where: { name: "Bystander" } })).toBe(0);
    expect((await db.supplier.findUniqueOrThrow({ where: { id: target.id } })).phone).toBeNull();
  });
});
