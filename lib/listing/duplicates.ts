/**
 * "Is it one of these?": how much an existing listing looks like the one being entered. Pure
 * scoring; server/data/listings.ts finds the candidates with indexed queries and scores them
 * here. A candidate is a duplicate for one or more reasons: a very similar name in any language,
 * the same website, the same phone number, or a point within 50 m in a shared category.
 */
import * as OpenCC from "opencc-js/t2cn";
import { distanceMetres } from "../geo";
import type { LatLng } from "../taxonomy";
import { siteHost } from "../url";

export const NEARBY_METRES = 50;
export const NAME_SIMILARITY_THRESHOLD = 0.8;

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });

/** Legal forms, trade words and place names that say nothing about which company it is. */
const LATIN_STOP_WORDS = new Set([
  "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh",
  "technology", "technologies", "tech", "science", "industrial", "industries", "industry", "group",
  "trading", "international", "intl", "the", "shenzhen", "sz", "china", "guangdong", "hk",
]);

/** Longest first, so 有限公司 goes before 公司. */
const CJK_STOP_WORDS = [
  "股份有限公司", "有限责任公司", "有限公司", "分公司", "株式会社", "有限会社", "公司", "集团", "科技", "技术",
  "实业", "工业", "贸易", "国际", "深圳市", "深圳", "广东省", "广东", "中国", "シンセン", "深セン",
].sort((a, b) => b.length - a.length);

/**
 * Lower-cased, NFKC-folded (full-width letters), simplified Chinese, punctuation as spaces, and
 * a space where letters meet digits ("Works02" and "Works 02" give the same tokens).
 */
function fold(name: string): string {
  return toSimplified(name.normalize("NFKC").toLowerCase())
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, " ")
    .replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, " ")
    .trim();
}

/**
 * The distinctive part of a name, as space-separated tokens: "Seeed Technology Co., Ltd." and
 * "深圳市矽递科技有限公司" become "seeed" and "矽递". A name made only of stop words keeps them
 * all (better "shenzhen technology" than nothing).
 */
export function nameCore(name: string): string {
  const folded = fold(name);
  let text = folded;
  for (const word of CJK_STOP_WORDS) text = text.replaceAll(word, " ");
  const core = text
    .split(" ")
    .filter((t) => t !== "" && !LATIN_STOP_WORDS.has(t))
    .join(" ");
  return core === "" ? folded : core;
}

const compact = (core: string) => core.replaceAll(" ", "");

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i < chars.length - 1; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/**
 * Sørensen–Dice coefficient of character bigrams: insensitive to word order and spacing, works
 * on Chinese and Japanese without segmentation, and is a few lines (see
 * docs/decisions/0060-duplicate-candidates.md).
 */
export function diceCoefficient(a: string, b: string): number {
  if (a === b) return a === "" ? 0 : 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

const isCjk = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);

/**
 * How alike two names are, 0 to 1, on their cores. One core inside the other also counts
 * ("Seeed" and "Seeed Studio"), once the shorter is distinctive enough to mean something.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = compact(nameCore(a));
  const y = compact(nameCore(b));
  if (x === "" || y === "") return 0;
  const dice = diceCoefficient(x, y);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const minLength = isCjk(short) ? 3 : 4;
  if ([...short].length >= minLength && long.includes(short)) {
    return Math.max(dice, 0.75 + 0.25 * ([...short].length / [...long].length));
  }
  return dice;
}

function trigrams(token: string): string[] {
  const chars = [...token];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(""));
  return [...out];
}

export type NameMatchQuery = { match: string; ranked: boolean };

/** A user's word as one FTS5 string: quoted, with its quotes doubled, so it is never syntax. */
const ftsString = (word: string) => `"${word.replace(/"/g, '""')}"`;

const MAX_QUERY_TOKENS = 6;

/**
 * FTS5 queries on the trigram index of names (supplier_name_fts) that find names like this one, each cheap
 * however common its words are: all core tokens together, and every way of leaving one out (so
 * one misspelt token still finds the name). A one-token core also searches by its trigrams,
 * ranked by bm25, for typos inside the word. Tokens under three characters cannot be matched by
 * trigrams and are left to the caller's short-core lookup.
 */
export function nameMatchQueries(name: string): NameMatchQuery[] {
  const tokens = nameCore(name)
    .split(" ")
    .filter((t) => [...t].length >= 3)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_QUERY_TOKENS);
  const and = (list: string[]) => `(${list.map(ftsString).join(" AND ")})`;
  if (tokens.length === 0) return [];
  if (tokens.length === 1) {
    const grams = trigrams(tokens[0]);
    return [
      { match: and(tokens), ranked: false },
      { match: `(${grams.map(ftsString).join(" OR ")})`, ranked: true },
    ];
  }
  return [{ match: and(tokens), ranked: false }, ...tokens.map((_, i) => ({ match: and(tokens.filter((__, j) => j !== i)), ranked: false }))];
}

/** Cores too short for trigrams ("华强"), looked up by a scan of the names instead. */
export function shortNameCores(name: string): string[] {
  const core = compact(nameCore(name));
  const length = [...core].length;
  return length > 0 && length < 3 ? [core] : [];
}

/**
 * Hosts shared by many unrelated suppliers (shop platforms, social accounts): for these only the
 * same page counts, not the same host.
 */
const SHARED_HOSTS = /(^|\.)(taobao|tmall|1688|alibaba|aliexpress|jd|weixin\.qq|qq|weibo|wechat|facebook|linkedin|instagram|google|github|wordpress|wixsite|blogspot|made-in-china|globalsources)\.(com|cn|hk)$/;

/** What identifies a site: its host, or for shared hosts the page without query and trailing slash. */
export function websiteKey(url: string): string | null {
  const host = siteHost(url);
  if (host === null) return null;
  if (!SHARED_HOSTS.test(host)) return host;
  const u = new URL(url);
  return `${host}${u.pathname.replace(/\/+$/, "")}`;
}

export type DuplicateProbe = {
  names: string[];
  website: string | null;
  phone: string | null;
  location: LatLng | null;
  categories: string[];
};

export type DuplicateCandidateFacts = DuplicateProbe & { id: number };

export type DuplicateReason =
  | { kind: "name"; similarity: number; name: string }
  | { kind: "website" }
  | { kind: "phone" }
  | { kind: "nearby"; metres: number };

/** Why `candidate` may be the same place as `probe`; empty when it does not look like it. */
export function duplicateReasons(probe: DuplicateProbe, candidate: DuplicateProbe): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  let best: { similarity: number; name: string } | null = null;
  for (const a of probe.names) {
    for (const b of candidate.names) {
      const similarity = nameSimilarity(a, b);
      if (similarity >= NAME_SIMILARITY_THRESHOLD && (best === null || similarity > best.similarity)) best = { similarity, name: b };
    }
  }
  if (best) reasons.push({ kind: "name", similarity: Math.round(best.similarity * 100) / 100, name: best.name });
  if (probe.website && candidate.website) {
    const key = websiteKey(probe.website);
    if (key !== null && key === websiteKey(candidate.website)) reasons.push({ kind: "website" });
  }
  if (probe.phone && probe.phone === candidate.phone) reasons.push({ kind: "phone" });
  if (probe.location && candidate.location && probe.categories.some((c) => candidate.categories.includes(c))) {
    const metres = distanceMetres(probe.location, candidate.location);
    if (metres <= NEARBY_METRES) reasons.push({ kind: "nearby", metres: Math.round(metres) });
  }
  return reasons;
}

/** Strongest evidence first: same phone or site, then name, then nearness. */
export function duplicateStrength(reasons: readonly DuplicateReason[]): number {
  let score = 0;
  for (const r of reasons) {
    if (r.kind === "phone" || r.kind === "website") score += 3;
    else if (r.kind === "name") score += 2 * r.similarity;
    else score += 1 - r.metres / (2 * NEARBY_METRES);
  }
  return score;
}

/** A bounding box around a point, for an indexed range query before the exact distance check. */
export function boxAround(p: LatLng, metres: number) {
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.cos((p.lat * Math.PI) / 180));
  return { minLat: p.lat - dLat, maxLat: p.lat + dLat, minLng: p.lng - dLng, maxLng: p.lng + dLng };
}
