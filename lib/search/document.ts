/**
 * What the search index stores for one published supplier: its token text (tokens.ts), the
 * facet signature read back for one-pass facet counts, and its rowid (quality order). Pure, so
 * the indexer, the tests and the benchmark build documents the same way.
 */
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES } from "../taxonomy";
import { foldText } from "./fold";
import { pinyinWords } from "./pinyin";
import { documentTokens, searchKey, type IndexDocument } from "./tokens";

/** Bump when tokens.ts, fold.ts or pinyin.ts change what a document holds: the index is rebuilt. */
export const INDEX_FORMAT = 3;

const CATEGORY_BITS = new Map<string, number>(CATEGORIES.map((c, i) => [c.slug, i]));
const CAPABILITY_BITS = new Map<string, number>(CAPABILITIES.map((c, i) => [c.slug, i]));
const LANGUAGE_BITS = new Map<string, number>(LANGUAGES.map((l, i) => [l.code, i]));
const DISTRICT_NUMBERS = new Map<string, number>(DISTRICTS.map((d, i) => [d.slug, i]));
export const NO_DISTRICT = 15;

/**
 * Changes whenever a document built now would differ from one built before: the format above
 * and the taxonomy's order, which gives the signature's bit positions and the tag tokens.
 */
export function indexLayout(): string {
  return JSON.stringify([
    INDEX_FORMAT,
    CATEGORIES.map((c) => c.slug),
    CAPABILITIES.map((c) => c.slug),
    LANGUAGES.map((l) => l.code),
    DISTRICTS.map((d) => d.slug),
  ]);
}

export type SupplierForIndex = {
  id: number;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  description: string | null;
  descriptionZh: string | null;
  descriptionJa: string | null;
  district: string | null;
  addressEn: string | null;
  addressZh: string | null;
  acceptsSmallOrders: boolean | null;
  acceptsPrototypes: boolean | null;
  ratingAvg: number;
  reviewCount: number;
  categories: string[];
  capabilities: string[];
  languages: string[];
};

/** Facet values of an indexed supplier, as bit sets over the taxonomy's order. */
export type Signature = { cats: number; caps: number; langs: number; misc: number };

export type IndexRow = Signature & { key: number; tok: string };

const mask = (values: readonly string[], bits: ReadonlyMap<string, number>) =>
  values.reduce((m, v) => (bits.has(v) ? m + 2 ** bits.get(v)! : m), 0);

export function buildIndexRow(s: SupplierForIndex): IndexRow {
  const names = [s.name, s.nameZh, s.nameJa].filter((n): n is string => !!n);
  const doc: IndexDocument = {
    names,
    pinyin: [...new Set(names.flatMap((n) => pinyinWords(foldText(n))))],
    other: [
      s.addressEn ?? "",
      s.addressZh ?? "",
      s.description ?? "",
      s.descriptionZh ?? "",
      s.descriptionJa ?? "",
    ],
    tags: [
      { kind: "flag" as const, slug: "all" },
      ...(s.district ? [{ kind: "district" as const, slug: s.district }] : []),
      ...s.categories.map((slug) => ({ kind: "category" as const, slug })),
      ...s.capabilities.map((slug) => ({ kind: "capability" as const, slug })),
      ...s.languages.map((l) => ({ kind: "language" as const, slug: l })),
      ...(s.acceptsSmallOrders ? [{ kind: "flag" as const, slug: "small" }] : []),
      ...(s.acceptsPrototypes ? [{ kind: "flag" as const, slug: "proto" }] : []),
    ],
  };
  const district = s.district === null ? NO_DISTRICT : (DISTRICT_NUMBERS.get(s.district) ?? NO_DISTRICT);
  return {
    key: searchKey(s.ratingAvg, s.reviewCount, s.id),
    tok: documentTokens(doc),
    cats: mask(s.categories, CATEGORY_BITS),
    caps: mask(s.capabilities, CAPABILITY_BITS),
    langs: mask(s.languages, LANGUAGE_BITS),
    misc: district + (s.acceptsSmallOrders ? 16 : 0) + (s.acceptsPrototypes ? 32 : 0),
  };
}

export { CATEGORY_BITS, CAPABILITY_BITS, LANGUAGE_BITS, DISTRICT_NUMBERS };
