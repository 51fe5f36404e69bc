/**
 * The search index's vocabulary: how a supplier's folded text becomes the tokens of one FTS5
 * table (tokenizer `ascii`), and how a search term becomes a MATCH expression over them. Pure
 * code shared by the indexer (server/search/indexer.ts) and the query builder, so both sides
 * always agree. Docs: docs/decisions/0003-search-sqlite-fts5.md.
 *
 * Every token is plain lower-case ASCII: a field-group letter, then each character as four
 * base-36 digits of its code point. User text therefore never reaches FTS5 syntax: whatever
 * was typed, the expression is made of quoted tokens of [0-9a-z] and the operators built here.
 *
 * - Trigrams of every text, in order, so a term of three or more characters is the phrase of
 *   its trigrams (a substring match, as with SQLite's trigram tokenizer).
 * - One- and two-character grams for shorter terms: every one and two characters of CJK text
 *   (南山, 深圳, 电), and the first one and two characters of other words (3d, pc).
 * - Tags (`x…`): district, categories, capabilities, languages and order flags, so filters and
 *   the words the directory knows are index lookups in the same expression.
 * - Words (`w…`): Latin words of four or more letters, the dictionary for spelling fixes.
 */
import { foldText } from "./fold";

/** Field groups: names (and tier-one relevance), pinyin of Chinese names, everything else. */
export const NAMES = "n";
export const PINYIN = "y";
export const OTHER = "o";
export type FieldGroup = typeof NAMES | typeof PINYIN | typeof OTHER;

export const TAG_KINDS = { district: "d", category: "c", capability: "k", language: "l", flag: "f" } as const;
export type TagKind = keyof typeof TAG_KINDS;

export const WORD_PREFIX = "w";
/** Words shorter than this are not spelling-fix candidates (the rule starts at five). */
export const MIN_DICTIONARY_WORD = 4;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const encoded = new Map<string, string>();
/** A character as four base-36 digits of its code point (memoized: the same few hundred recur). */
function enc(ch: string): string {
  let e = encoded.get(ch);
  if (e === undefined) {
    e = ch.codePointAt(0)!.toString(36).padStart(4, "0");
    if (encoded.size < 50_000) encoded.set(ch, e);
  }
  return e;
}

export const isCjk = (ch: string) => CJK.test(ch);

/** A tag token: kind letter and the slug's letters and digits (`xkpcb4layer`). */
export function tagToken(kind: TagKind, slug: string): string {
  return `x${TAG_KINDS[kind]}${slug.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

function trigramTokens(group: FieldGroup, chars: readonly string[]): string[] {
  const e = chars.map(enc);
  const out: string[] = [];
  for (let i = 0; i + 2 < e.length; i++) out.push(group + e[i] + e[i + 1] + e[i + 2]);
  return out;
}

/** The short-term grams of a folded text: CJK one- and two-grams, other words' one- and two-letter prefixes. */
function gramTokens(group: FieldGroup, chars: readonly string[], into: Set<string>) {
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isCjk(c)) {
      into.add(group + enc(c));
      if (i + 1 < chars.length && isCjk(chars[i + 1])) into.add(group + enc(c) + enc(chars[i + 1]));
    } else if (WORD_CHAR.test(c) && (i === 0 || !WORD_CHAR.test(chars[i - 1]) || isCjk(chars[i - 1]))) {
      into.add(group + enc(c));
      if (i + 1 < chars.length && WORD_CHAR.test(chars[i + 1]) && !isCjk(chars[i + 1])) into.add(group + enc(c) + enc(chars[i + 1]));
    }
  }
}

export type IndexDocument = {
  names: string[];
  pinyin: string[];
  /** Addresses and descriptions. Taxonomy labels are matched through tags instead (expression.ts). */
  other: string[];
  tags: { kind: TagKind; slug: string }[];
};

/**
 * The token text of one supplier for the index's `tok` column. Texts of a group are joined by a
 * line break, whose trigrams no search term contains, so a phrase never runs from one text into
 * the next.
 */
export function documentTokens(doc: IndexDocument): string {
  const parts: string[] = [];
  const grams = new Set<string>();
  const words = new Set<string>();
  const groups: [FieldGroup, string[]][] = [
    [NAMES, doc.names],
    [PINYIN, doc.pinyin],
    [OTHER, doc.other],
  ];
  for (const [group, texts] of groups) {
    const folded = texts.map(foldText).filter((t) => t !== "");
    if (folded.length === 0) continue;
    const chars = Array.from(folded.join("\n"));
    parts.push(...trigramTokens(group, chars));
    if (group !== PINYIN) gramTokens(group, chars, grams);
    for (const w of folded.join(" ").match(/[a-z]+/g) ?? []) if (w.length >= MIN_DICTIONARY_WORD) words.add(WORD_PREFIX + w);
  }
  parts.push(...grams, ...words, ...new Set(doc.tags.map((t) => tagToken(t.kind, t.slug))));
  return parts.join(" ");
}

const quote = (token: string) => `"${token}"`;

/** A folded term in one field group: the phrase of its trigrams, or its one- or two-character gram. */
function termInGroup(group: FieldGroup, chars: readonly string[]): string {
  if (chars.length >= 3) return quote(trigramTokens(group, chars).join(" "));
  return quote(group + chars.map(enc).join(""));
}

/** Pinyin is only matched by terms of three or more plain Latin letters (huaqiang, chaihuo). */
const pinyinLike = (term: string) => /^[a-z]{3,}$/.test(term);

/** A folded term anywhere in a supplier's text (names, pinyin, labels, addresses, descriptions). */
export function termAnywhere(term: string): string {
  const chars = Array.from(term);
  const alternatives = [termInGroup(NAMES, chars), termInGroup(OTHER, chars)];
  if (pinyinLike(term)) alternatives.push(termInGroup(PINYIN, chars));
  return `(${alternatives.join(" OR ")})`;
}

/** A folded term in a supplier's names or their pinyin: the first tier of relevance. */
export function termInNames(term: string): string {
  const chars = Array.from(term);
  return pinyinLike(term) ? `(${termInGroup(NAMES, chars)} OR ${termInGroup(PINYIN, chars)})` : termInGroup(NAMES, chars);
}

export const tagExpr = (kind: TagKind, slug: string) => quote(tagToken(kind, slug));

export const all = (exprs: readonly string[]) => (exprs.length === 1 ? exprs[0] : `(${exprs.join(" AND ")})`);
export const any = (exprs: readonly string[]) => (exprs.length === 1 ? exprs[0] : `(${exprs.join(" OR ")})`);

// ---------------------------------------------------------------------------------------------
// Row keys: the index's rowid orders suppliers by quality, so a page in relevance or rating order
// is the first rows of a match and the scan stops there.

const ID_SPACE = 2 ** 32;
const REVIEW_SPACE = 4096;
const MAX_CENTI_RATING = 500;

/**
 * The rowid of a supplier in the index: rating (in hundredths, best first), then review count
 * (best first, counted up to 4095), then id, packed into 53 bits so it stays an exact JS number.
 */
export function searchKey(ratingAvg: number, reviewCount: number, id: number): number {
  if (!Number.isInteger(id) || id < 1 || id >= ID_SPACE) throw new RangeError(`supplier id ${id} does not fit the search key`);
  const centi = Math.min(MAX_CENTI_RATING, Math.max(0, Math.floor(ratingAvg * 100 + 1e-6)));
  const reviews = Math.min(REVIEW_SPACE - 1, Math.max(0, Math.floor(reviewCount)));
  return ((MAX_CENTI_RATING - centi) * REVIEW_SPACE + (REVIEW_SPACE - 1 - reviews)) * ID_SPACE + id;
}

export const supplierIdOfKey = (key: number) => key % ID_SPACE;

/** Rating (hundredths, floored) stored in a key. */
export const centiRatingOfKey = (key: number) => MAX_CENTI_RATING - Math.floor(key / ID_SPACE / REVIEW_SPACE);

/** Keys below this bound belong to suppliers rated at least `minRating`. */
export function keyBoundForMinRating(minRating: number): number {
  const centi = Math.ceil(minRating * 100 - 1e-6);
  return (MAX_CENTI_RATING - centi + 1) * REVIEW_SPACE * ID_SPACE;
}

/** The SQL expression giving the supplier id of an index rowid. */
export const SQL_ID_OF_KEY = `% ${ID_SPACE}`;
