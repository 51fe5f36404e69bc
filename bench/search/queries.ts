/**
 * The search benchmark's queries: query strings of /api/suppliers, grouped by kind, generated
 * from a seed so that every request of a run is one the server has not seen ("cold"), and the
 * same list can be sent again ("warm"). Words come from the synthetic generator's pools
 * (lib/synth.ts), the taxonomy's vocabulary and the sample data.
 */
import { parseSupplierQuery, toSearchParams } from "@/lib/search/query";
import { mulberry32, pick, SYNTH_VOCABULARY as V } from "@/lib/synth";
import { CAPABILITIES, CAPABILITY_SYNONYMS, CATEGORIES, CATEGORY_SYNONYMS, DISTRICTS, DISTRICT_SYNONYMS, LANGUAGES } from "@/lib/taxonomy";

/** Sorts that need no `near` point. */
const SORTS = ["relevance", "rating", "reviews", "newest", "name"] as const;

export const KINDS = ["latin", "broad", "cjk", "short-cjk", "japanese", "vocabulary", "facets", "browse"] as const;
export type Kind = (typeof KINDS)[number];
export type BenchQuery = { kind: Kind; qs: string };

const q = (text: string) => `q=${encodeURIComponent(text)}`;

/** Terms that match a large share of all suppliers: the slow case of the first version. */
const BROAD = ["pcb", "electronics", "assembly", "fictional", "smt", "components", "电子", "科技", "深圳", "虚构", "有限公司", "precision", "works", "lab", "cnc"];

export function generateQueries(perKind: number, seed: number): BenchQuery[] {
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  const out: BenchQuery[] = [];
  // Each kind draws until it has `perKind` queries it has not drawn before (or gives up).
  const fill = (kind: Kind, make: () => string) => {
    let tries = 0;
    let n = 0;
    while (n < perKind && tries++ < perKind * 50) {
      const qs = make();
      // Two spellings of one search (page=1, the default sort) share a cache entry: compare canonical forms.
      const canonical = toSearchParams(parseSupplierQuery(new URLSearchParams(qs)).query).toString();
      if (seen.has(canonical)) continue;
      seen.add(canonical);
      out.push({ kind, qs });
      n++;
    }
  };
  const words = (s: string) => s.toLowerCase().split(/\s+/);
  const page = () => (rng() < 0.2 ? `&page=${2 + Math.floor(rng() * 4)}` : "");

  fill("latin", () => {
    const r = rng();
    if (r < 0.4) return q(`${pick(rng, V.placeWords)} ${pick(rng, words(pick(rng, V.categoryNouns)))}`) + page();
    if (r < 0.7) return q(pick(rng, V.capabilityPhrases)) + page();
    return q(`${pick(rng, words(pick(rng, V.placeWords)))} ${pick(rng, V.roads)[0]}`) + page();
  });
  fill("broad", () => q(pick(rng, BROAD)) + `&page=${1 + Math.floor(rng() * 50)}`);
  fill("cjk", () => {
    const r = rng();
    if (r < 0.4) return q(`${pick(rng, V.zhNameChars)}${pick(rng, V.zhNameChars)}${pick(rng, V.zhSuffixes)}`);
    if (r < 0.7) return q(`深圳市${pick(rng, DISTRICTS).label.zh}`) + page();
    return q(`虚构${pick(rng, V.roads)[1]}路`) + page();
  });
  fill("short-cjk", () => q(rng() < 0.3 ? pick(rng, V.zhNameChars) : `${pick(rng, V.zhNameChars)}${pick(rng, V.zhNameChars)}`) + page());
  fill("japanese", () => q(rng() < 0.5 ? pick(rng, V.jaWords) : `${pick(rng, V.jaWords)}${pick(rng, V.jaWords)}`) + page());
  fill("vocabulary", () => {
    const cap = pick(rng, CAPABILITIES);
    const cat = pick(rng, CATEGORIES);
    const d = pick(rng, DISTRICTS);
    const lang = pick(rng, ["en", "zh", "ja"] as const);
    const r = rng();
    if (r < 0.35) return q(`${pick(rng, [cap.label[lang], ...CAPABILITY_SYNONYMS[cap.slug][lang]])} ${pick(rng, [d.label[lang], ...DISTRICT_SYNONYMS[d.slug][lang]])}`);
    if (r < 0.7) return q(pick(rng, [cat.label[lang], ...CATEGORY_SYNONYMS[cat.slug][lang]])) + page();
    return q(`${pick(rng, LANGUAGES).label[lang]} ${pick(rng, [cap.label[lang], ...CAPABILITY_SYNONYMS[cap.slug][lang]])}`);
  });
  fill("facets", () => {
    const text = pick(rng, [...BROAD, ...V.placeWords.map((w) => w.toLowerCase()), ...V.jaWords]);
    const filters = [
      `district=${pick(rng, DISTRICTS).slug}`,
      `category=${pick(rng, CATEGORIES).slug}`,
      `capability=${pick(rng, CAPABILITIES).slug}`,
      `language=${pick(rng, LANGUAGES).code}`,
      "smallOrders=1",
      `minRating=${1 + Math.floor(rng() * 4)}`,
      `sort=${pick(rng, SORTS)}`,
    ].filter(() => rng() < 0.35);
    return [q(text), ...filters].join("&");
  });
  fill("browse", () =>
    [
      rng() < 0.5 ? `district=${pick(rng, DISTRICTS).slug}` : "",
      rng() < 0.5 ? `category=${pick(rng, CATEGORIES).slug}` : "",
      rng() < 0.3 ? `capability=${pick(rng, CAPABILITIES).slug}` : "",
      rng() < 0.3 ? `minRating=${1 + Math.floor(rng() * 4)}` : "",
      `sort=${pick(rng, SORTS)}`,
      `page=${1 + Math.floor(rng() * 20)}`,
    ]
      .filter((p) => p !== "")
      .join("&"),
  );
  return out;
}
