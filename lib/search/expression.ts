/**
 * A parsed search as FTS5 expressions over the index tokens (tokens.ts): what every result must
 * match, the first relevance tier (every unit found in the names), and the filters, which are
 * tags in the same index so one expression answers text and filters together.
 */
import { CAPABILITIES, CATEGORIES, placeBySlug } from "../taxonomy";
import { foldText } from "./fold";
import type { SupplierQuery } from "./query";
import { codePointLength, splitTerms } from "./text";
import { all, any, isCjk, tagExpr, termAnywhere, termInNames, type TagKind } from "./tokens";
import type { QueryUnit } from "./vocabulary";

const unique = (xs: string[]) => [...new Set(xs)];

type LabelledTag = { kind: TagKind; slug: string; text: string };
let labelled: LabelledTag[] | undefined;

/** Category and capability labels in every language, folded, with the slug's words. */
function labelledTags(): LabelledTag[] {
  labelled ??= [
    ...CATEGORIES.map((c) => ({ kind: "category" as const, slug: c.slug, label: c.label })),
    ...CAPABILITIES.map((c) => ({ kind: "capability" as const, slug: c.slug, label: c.label })),
  ].map(({ kind, slug, label }) => ({ kind, slug, text: foldText([slug.replaceAll("-", " "), label.en, label.zh, label.ja].join("\n")) }));
  return labelled;
}

/**
 * Tags whose label contains the term, as the index would match it in text: a substring for
 * terms of three or more characters and for CJK, the start of a word otherwise. Suppliers carry
 * their tags rather than the labels' text, so "assembly" or "贴片" still finds them.
 */
function labelTags(term: string): string[] {
  const short = codePointLength(term) < 3 && !Array.from(term).every(isCjk);
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, "u");
  return labelledTags()
    .filter((t) => (short ? wordStart.test(t.text) : t.text.includes(term)))
    .map((t) => tagExpr(t.kind, t.slug));
}

/** A term anywhere in a supplier's text, or in the label of one of its categories or capabilities. */
function termOrLabel(term: string): string {
  return any([termAnywhere(term), ...labelTags(term)]);
}

/** The other spellings of a place reading, each as its terms. */
function spellings(slug: string): string[][] {
  return (placeBySlug.get(slug as never)?.spellings ?? []).map((s) => splitTerms(s));
}

/** A unit anywhere in a supplier: its words, or a tag it was read as, or another spelling of the place. */
export function unitAnywhere(unit: QueryUnit): string {
  const alternatives = [all(unit.terms.map(termOrLabel))];
  for (const r of unit.readings) {
    if (r.kind === "place") alternatives.push(...spellings(r.slug).map((terms) => all(terms.map(termOrLabel))));
    else alternatives.push(tagExpr(r.kind, r.slug));
  }
  return any(unique(alternatives));
}

/** A unit in a supplier's names (or their pinyin): tags do not count. */
export function unitInNames(unit: QueryUnit): string {
  const alternatives = [all(unit.terms.map(termInNames))];
  for (const r of unit.readings) {
    if (r.kind === "place") alternatives.push(...spellings(r.slug).map((terms) => all(terms.map(termInNames))));
  }
  return any(unique(alternatives));
}

export type FacetName = "categories" | "districts" | "capabilities" | "languages" | "smallOrders" | "prototypes";

/** The query's filters as tag expressions, optionally leaving one facet out. minRating is a rowid bound instead. */
export function filterExpressions(query: SupplierQuery, omit?: FacetName): string[] {
  const out: string[] = [];
  if (query.categories.length && omit !== "categories") out.push(any(query.categories.map((c) => tagExpr("category", c))));
  if (query.districts.length && omit !== "districts") out.push(any(query.districts.map((d) => tagExpr("district", d))));
  if (omit !== "capabilities") out.push(...query.capabilities.map((c) => tagExpr("capability", c)));
  if (query.languages.length && omit !== "languages") out.push(any(query.languages.map((l) => tagExpr("language", l))));
  if (query.smallOrders && omit !== "smallOrders") out.push(tagExpr("flag", "small"));
  if (query.prototypes && omit !== "prototypes") out.push(tagExpr("flag", "proto"));
  return out;
}

/** Every indexed (published) supplier carries this tag: the expression of a search without text or filters. */
export const ALL = tagExpr("flag", "all");

export type TextExpressions = {
  /** Every unit anywhere, and the filters. */
  matches: string;
  /** Every unit in the names, and the filters: relevance's first tier. */
  names: string;
  /** The matches outside the first tier. */
  rest: string;
  /** Every unit anywhere, without filters: the base for facet counts. */
  unfiltered: string;
};

/** The expressions of a search; without text, names and rest are unused and the filters alone match. */
export function textExpressions(units: readonly QueryUnit[], query: SupplierQuery): TextExpressions {
  const anywhere = units.map(unitAnywhere);
  const filters = filterExpressions(query);
  const matches = anywhere.length + filters.length > 0 ? all([...anywhere, ...filters]) : ALL;
  const unfiltered = anywhere.length > 0 ? all(anywhere) : ALL;
  if (units.length === 0) return { matches, names: matches, rest: matches, unfiltered };
  const inNames = all(units.map(unitInNames));
  return { matches, names: all([inNames, ...filters]), rest: `${matches} NOT ${inNames}`, unfiltered };
}
