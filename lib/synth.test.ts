import { describe, it, expect } from "vitest";
import { CAPABILITIES, CATEGORIES, DISTRICT_SLUGS, LANGUAGES } from "./taxonomy";
import { generateSupplier, mixSeed, mulberry32, synthSlug, toPrismaDateTime, type SynthOptions } from "./synth";

const OPTIONS: SynthOptions = { seed: 42, reviewsPerSupplier: 2, userPoolSize: 1000 };

function generate(from: number, count: number, options: SynthOptions = OPTIONS) {
  return Array.from({ length: count }, (_, i) => generateSupplier(from + i, options));
}

describe("mulberry32", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("gives unrelated streams for neighbouring record numbers", () => {
    expect(mulberry32(mixSeed(42, 1))()).not.toBe(mulberry32(mixSeed(42, 2))());
    expect(mixSeed(42, 1)).not.toBe(mixSeed(43, 1));
  });
});

describe("generateSupplier", () => {
  it("is deterministic for the same seed", () => {
    expect(generate(1, 300)).toEqual(generate(1, 300));
  });

  it("does not depend on where a batch starts", () => {
    expect(generate(101, 50)).toEqual(generate(1, 150).slice(100));
  });

  it("differs for a different seed", () => {
    const a = generate(1, 50);
    const b = generate(1, 50, { ...OPTIONS, seed: 43 });
    expect(a.map((s) => s.name)).not.toEqual(b.map((s) => s.name));
    expect(a.map((s) => s.lat)).not.toEqual(b.map((s) => s.lat));
  });

  const sample = generate(1, 3000);

  it("gives unique slugs", () => {
    expect(new Set(sample.map((s) => s.slug)).size).toBe(sample.length);
    expect(sample[41].slug).toBe(synthSlug(42));
  });

  it("marks every record as fictional", () => {
    for (const s of sample) {
      expect(s.name.startsWith("Fictional ")).toBe(true);
      expect(s.nameZh.startsWith("虚构")).toBe(true);
      if (s.nameJa !== null) expect(s.nameJa.startsWith("架空")).toBe(true);
      expect(s.addressEn).toContain("Fictional");
    }
  });

  it("keeps ratings within 1..5 and the denormalised average consistent", () => {
    for (const s of sample) {
      for (const r of s.reviews) {
        expect(Number.isInteger(r.rating)).toBe(true);
        expect(r.rating).toBeGreaterThanOrEqual(1);
        expect(r.rating).toBeLessThanOrEqual(5);
      }
      const visible = s.reviews.filter((r) => r.status === "VISIBLE");
      expect(s.reviewCount).toBe(visible.length);
      if (visible.length === 0) expect(s.ratingAvg).toBe(0);
      else {
        expect(s.ratingAvg).toBeGreaterThanOrEqual(1);
        expect(s.ratingAvg).toBeLessThanOrEqual(5);
      }
    }
  });

  it("skews ratings positive", () => {
    const ratings = sample.flatMap((s) => s.reviews.map((r) => r.rating));
    const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    expect(mean).toBeGreaterThan(3.5);
  });

  it("lists the primary category among the categories, without duplicates", () => {
    for (const s of sample) {
      expect(s.categories).toContain(s.primaryCategory);
      expect(new Set(s.categories).size).toBe(s.categories.length);
      expect(s.categories.length).toBeLessThanOrEqual(3);
    }
  });

  it("uses only taxonomy codes", () => {
    const categories = new Set<string>(CATEGORIES.map((c) => c.slug));
    const capabilities = new Set<string>(CAPABILITIES.map((c) => c.slug));
    const languages = new Set<string>(LANGUAGES.map((l) => l.code));
    for (const s of sample) {
      expect(DISTRICT_SLUGS).toContain(s.district);
      for (const c of s.categories) expect(categories.has(c)).toBe(true);
      for (const c of s.capabilities) expect(capabilities.has(c)).toBe(true);
      expect(new Set(s.capabilities).size).toBe(s.capabilities.length);
      expect(s.capabilities.length).toBeLessThanOrEqual(6);
      expect(s.languages.length).toBeGreaterThanOrEqual(1);
      expect(s.languages.length).toBeLessThanOrEqual(3);
      for (const l of s.languages) expect(languages.has(l)).toBe(true);
    }
  });

  it("gives reviews only to published suppliers, by distinct authors from the pool", () => {
    for (const s of sample) {
      if (s.status !== "PUBLISHED") expect(s.reviews).toEqual([]);
      const authors = s.reviews.map((r) => r.authorIndex);
      expect(new Set(authors).size).toBe(authors.length);
      for (const a of authors) {
        expect(a).toBeGreaterThanOrEqual(1);
        expect(a).toBeLessThanOrEqual(OPTIONS.userPoolSize);
      }
      expect(s.reviews.length).toBeLessThanOrEqual(2 * OPTIONS.reviewsPerSupplier);
    }
  });

  it("spreads status roughly 95/3/2 and covers every district", () => {
    const published = sample.filter((s) => s.status === "PUBLISHED").length / sample.length;
    expect(published).toBeGreaterThan(0.92);
    expect(published).toBeLessThan(0.98);
    expect(new Set(sample.map((s) => s.district)).size).toBe(DISTRICT_SLUGS.length);
    for (const s of sample) expect(s.publishedAt === null).toBe(s.status !== "PUBLISHED");
  });

  it("stores dates in the Prisma adapter's form, never after the base date", () => {
    expect(toPrismaDateTime(Date.UTC(2026, 10, 25, 17, 41, 3, 743))).toBe("2026-11-25T17:41:03.743+00:00");
    for (const s of sample.slice(0, 200)) {
      for (const d of [s.createdAt, s.updatedAt, s.publishedAt, ...s.reviews.map((r) => r.createdAt)]) {
        if (d === null) continue;
        expect(d).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
        expect(d < "2026-01-01").toBe(true);
      }
      expect(s.updatedAt >= s.createdAt).toBe(true);
    }
  });
});
