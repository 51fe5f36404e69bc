/**
 * Reading a query with the directory's vocabulary (lib/taxonomy.ts): a term or a run of terms
 * that names a district, a category, a capability, a language or a known place becomes a
 * "reading", which matches the suppliers tagged with it as well as the words themselves.
 * Pure: the SQLite search turns units into index expressions (expression.ts).
 */
import {
  CAPABILITIES,
  CAPABILITY_SYNONYMS,
  CATEGORIES,
  CATEGORY_SYNONYMS,
  DISTRICTS,
  DISTRICT_SYNONYMS,
  LANGUAGES,
  LANGUAGE_SYNONYMS,
  PLACES,
  type Labels,
  type Synonyms,
} from "../taxonomy";
import { foldText } from "./fold";
import { splitScripts } from "./text";

export const READING_KINDS = ["district", "category", "capability", "language", "place"] as const;
export type ReadingKind = (typeof READING_KINDS)[number];
export type Reading = { kind: ReadingKind; slug: string };

/** Terms searched together: literal when `readings` is empty. */
export type QueryUnit = { terms: string[]; readings: Reading[] };

/** Longest phrase, in words, that the vocabulary can match. */
const MAX_PHRASE_WORDS = 6;

/** A plural "s" on a Latin word of four or more letters ("layers", "makerspaces"), not "ss". */
const stem = (word: string) => (/^[a-z]{2,}[^s]s$/.test(word) ? word.slice(0, -1) : word);

/** The words of a text as the vocabulary compares them: folded, without punctuation, singular. */
export function vocabularyWords(text: string): string[] {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/u)
    .filter((w) => w !== "")
    .flatMap(splitScripts)
    .map(stem);
}

function buildIndex(): Map<string, Reading[]> {
  const index = new Map<string, Reading[]>();
  const add = (phrase: string, reading: Reading) => {
    const key = vocabularyWords(phrase).join(" ");
    if (key === "" || key.split(" ").length > MAX_PHRASE_WORDS) return;
    const readings = index.get(key) ?? [];
    if (!readings.some((r) => r.kind === reading.kind && r.slug === reading.slug)) readings.push(reading);
    index.set(key, readings);
  };
  const addAll = (kind: ReadingKind, slug: string, label: Labels, synonyms: Synonyms) => {
    for (const phrase of [slug.replaceAll("-", " "), label.en, label.zh, label.ja, ...synonyms.en, ...synonyms.zh, ...synonyms.ja]) {
      add(phrase, { kind, slug });
    }
  };
  for (const d of DISTRICTS) addAll("district", d.slug, d.label, DISTRICT_SYNONYMS[d.slug]);
  for (const c of CATEGORIES) addAll("category", c.slug, c.label, CATEGORY_SYNONYMS[c.slug]);
  for (const c of CAPABILITIES) addAll("capability", c.slug, c.label, CAPABILITY_SYNONYMS[c.slug]);
  for (const l of LANGUAGES) addAll("language", l.code, l.label, LANGUAGE_SYNONYMS[l.code]);
  for (const p of PLACES) addAll("place", p.slug, p.label, p.synonyms);
  for (const readings of index.values()) readings.sort((a, b) => READING_KINDS.indexOf(a.kind) - READING_KINDS.indexOf(b.kind));
  return index;
}

let vocabulary: Map<string, Reading[]> | undefined;
const phrases = () => (vocabulary ??= buildIndex());

/** Every Latin word the vocabulary knows, for spelling fixes. */
export function vocabularyLatinWords(): string[] {
  const words = new Set<string>();
  for (const phrase of phrases().keys()) for (const w of phrase.split(" ")) if (/^[a-z]+$/.test(w)) words.add(w);
  return [...words];
}

/**
 * Groups folded terms into units, reading the longest runs of whole terms the vocabulary knows
 * ("4-layer pcb", "南山区"); every other term is a literal unit of its own.
 */
export function readTerms(terms: readonly string[], { literal = false }: { literal?: boolean } = {}): QueryUnit[] {
  if (literal) return terms.map((t) => ({ terms: [t], readings: [] }));
  const words = terms.map(vocabularyWords);
  const units: QueryUnit[] = [];
  for (let i = 0; i < terms.length; ) {
    let matched = false;
    for (let j = terms.length; j > i && !matched; j--) {
      const key = words.slice(i, j).flat();
      if (key.length === 0 || key.length > MAX_PHRASE_WORDS) continue;
      const readings = phrases().get(key.join(" "));
      if (readings) {
        units.push({ terms: terms.slice(i, j), readings });
        i = j;
        matched = true;
      }
    }
    if (!matched) {
      units.push({ terms: [terms[i]], readings: [] });
      i++;
    }
  }
  return units;
}
