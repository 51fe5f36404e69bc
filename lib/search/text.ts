/**
 * Turning what a person typed into search terms: folded (width, case, traditional/simplified
 * Chinese; see fold.ts), split at spaces and where Latin letters meet CJK characters ("PCB制板"
 * is two terms, as "PCB 制板" is). Terms of any length match every text field; tokens.ts turns
 * them into index lookups, so no user text ever reaches FTS5 syntax.
 */
import { foldText, normalizeSearchText } from "./fold";
import { isCjk } from "./tokens";

export { normalizeSearchText };

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Splits a folded word between its CJK and its other letters or digits. */
export function splitScripts(word: string): string[] {
  const parts: string[] = [];
  let current = "";
  let currentCjk: boolean | null = null;
  for (const ch of word) {
    const cjk: boolean | null = isCjk(ch) ? true : WORD_CHAR.test(ch) ? false : currentCjk;
    if (current !== "" && cjk !== null && currentCjk !== null && cjk !== currentCjk) {
      parts.push(current);
      current = "";
    }
    current += ch;
    if (cjk !== null) currentCjk = cjk;
  }
  if (current !== "") parts.push(current);
  return parts;
}

/** Punctuation at the edges of a term ("(EMS)", "pcb,") is dropped; a term of punctuation only is kept as typed. */
function trimPunctuation(term: string): string {
  if (!WORD_CHAR.test(term)) return term;
  return term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** Every distinct folded term, in the order typed, at most MAX_TERMS. */
export function splitTerms(input: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of foldText(input).split(" ")) {
    for (const part of splitScripts(word)) {
      const term = trimPunctuation(part);
      if (term === "" || seen.has(term)) continue;
      seen.add(term);
      terms.push(term);
      if (terms.length === MAX_TERMS) return terms;
    }
  }
  return terms;
}
