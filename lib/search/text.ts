/**
 * Turning what a person typed into safe search terms. The trigram index matches any substring
 * of three or more characters; shorter terms (common in Chinese: 深圳, 电子) are matched with
 * LIKE instead. User text never reaches FTS5 syntax raw: every term becomes a quoted string,
 * so operators, quotes, stars and brackets are searched for literally.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
/** The trigram tokenizer cannot match terms shorter than this. */
export const MIN_FTS_TERM_LENGTH = 3;

/** NFKC folds full-width Latin and half-width katakana; control and format characters go. */
export function normalizeSearchText(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export type SearchTerms = {
  /** Every distinct term, in the order typed. */
  all: string[];
  /** Terms long enough for the trigram index. */
  fts: string[];
  /** Terms matched with LIKE on names and tags. */
  short: string[];
};

export function splitTerms(input: string): SearchTerms {
  const seen = new Set<string>();
  const all: string[] = [];
  for (const raw of normalizeSearchText(input).split(" ")) {
    // ASCII-only folding, like SQLite's LIKE and lower(); the trigram index folds the rest.
    const term = raw.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (term === "" || seen.has(term)) continue;
    seen.add(term);
    all.push(term);
    if (all.length === MAX_TERMS) break;
  }
  return {
    all,
    fts: all.filter((t) => codePointLength(t) >= MIN_FTS_TERM_LENGTH),
    short: all.filter((t) => codePointLength(t) < MIN_FTS_TERM_LENGTH),
  };
}

/** An FTS5 string literal: inside double quotes only `"` is special, and it is doubled. */
export function ftsString(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** All terms must match (FTS5's implicit AND between strings); null when there are none. */
export function buildFtsMatch(terms: readonly string[]): string | null {
  return terms.length === 0 ? null : terms.map(ftsString).join(" ");
}

export const LIKE_ESCAPE = "\\";

/** A LIKE pattern matching `term` anywhere, with %, _ and the escape character escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => LIKE_ESCAPE + c)}%`;
}

/**
 * The token under which the one- and two-character substrings of names are indexed in
 * supplier_gram: "g" and the hex of the UTF-8 bytes, so any character, punctuation included,
 * becomes a plain alphanumeric token (the same encoding as the migration's SQL: 'g' || hex(…)).
 */
export function gramToken(term: string): string {
  let hex = "";
  for (const byte of new TextEncoder().encode(term)) hex += byte.toString(16).padStart(2, "0");
  return `g${hex}`;
}
