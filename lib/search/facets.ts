/**
 * Facet counts of a text search from one pass over its matches: every match carries its facet
 * signature (lib/search/document.ts), so each facet is counted here with the query's other
 * filters applied, instead of one database statement per facet.
 */
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES } from "../taxonomy";
import { CAPABILITY_BITS, CATEGORY_BITS, DISTRICT_NUMBERS, LANGUAGE_BITS, type Signature } from "./document";
import type { SupplierQuery } from "./query";
import { centiRatingOfKey } from "./tokens";
import { RATING_THRESHOLDS, type FacetCounts } from "./types";

export type SignatureRow = Signature & { key: number };

const maskOf = (values: readonly string[], bits: ReadonlyMap<string, number>) =>
  values.reduce((m, v) => m | (1 << bits.get(v)!), 0);

export function countFacets(rows: Iterable<SignatureRow>, query: SupplierQuery): FacetCounts {
  const wantCats = maskOf(query.categories, CATEGORY_BITS);
  const wantCaps = maskOf(query.capabilities, CAPABILITY_BITS);
  const wantLangs = maskOf(query.languages, LANGUAGE_BITS);
  const wantDistricts = new Set(query.districts.map((d) => DISTRICT_NUMBERS.get(d)!));
  const minCenti = query.minRating === null ? 0 : Math.ceil(query.minRating * 100 - 1e-6);

  const cats = new Array<number>(CATEGORIES.length).fill(0);
  const caps = new Array<number>(CAPABILITIES.length).fill(0);
  const langs = new Array<number>(LANGUAGES.length).fill(0);
  const districts = new Array<number>(16).fill(0);
  const ratings = RATING_THRESHOLDS.map(() => 0);
  let smallOrders = 0;
  let prototypes = 0;

  for (const r of rows) {
    const district = r.misc & 15;
    const small = (r.misc & 16) !== 0;
    const proto = (r.misc & 32) !== 0;
    const centi = centiRatingOfKey(r.key);
    // Which of the query's filters this match passes; a facet is counted over the matches that
    // pass every filter but its own (capabilities must all match, so they count within results).
    const pc = wantCats === 0 || (r.cats & wantCats) !== 0;
    const pd = wantDistricts.size === 0 || wantDistricts.has(district);
    const pk = (r.caps & wantCaps) === wantCaps;
    const pl = wantLangs === 0 || (r.langs & wantLangs) !== 0;
    const ps = !query.smallOrders || small;
    const pp = !query.prototypes || proto;
    const pr = centi >= minCenti;
    const common = pk && ps && pp;
    if (common && pd && pl && pr) for (let b = 0; b < cats.length; b++) if (r.cats & (1 << b)) cats[b]++;
    if (common && pc && pl && pr) districts[district]++;
    if (common && pc && pd && pl && pr) {
      for (let b = 0; b < caps.length; b++) if (r.caps & (1 << b)) caps[b]++;
    }
    if (common && pc && pd && pr) for (let b = 0; b < langs.length; b++) if (r.langs & (1 << b)) langs[b]++;
    if (pc && pd && pk && pl && pp && pr && small) smallOrders++;
    if (pc && pd && pk && pl && ps && pr && proto) prototypes++;
    if (common && pc && pd && pl) RATING_THRESHOLDS.forEach((t, i) => centi >= t * 100 && ratings[i]++);
  }

  const nonZero = (counts: number[], keys: readonly string[]) =>
    Object.fromEntries(keys.flatMap((k, i) => (counts[i] > 0 ? [[k, counts[i]]] : [])));
  return {
    categories: nonZero(cats, CATEGORIES.map((c) => c.slug)),
    districts: nonZero(districts, DISTRICTS.map((d) => d.slug)),
    capabilities: nonZero(caps, CAPABILITIES.map((c) => c.slug)),
    languages: nonZero(langs, LANGUAGES.map((l) => l.code)),
    smallOrders,
    prototypes,
    minRating: Object.fromEntries(RATING_THRESHOLDS.map((t, i) => [String(t), ratings[i]])),
  };
}
