/**
 * One spelling for text that people write several ways, applied alike to what is indexed and to
 * what is searched: width (NFKC), case, Latin diacritics, and the traditional, simplified and
 * Japanese forms of Chinese characters (華強北 / 华强北, 龍崗 / 龙岗, 広 / 廣 / 广), through
 * OpenCC's dictionaries rather than a hand-made list.
 */
import OpenCC from "opencc-js";

// Japanese shinjitai → OpenCC traditional → mainland simplified; plain traditional text (Taiwan
// and Hong Kong forms) goes through the same dictionaries, so one converter folds all three.
const toSimplified = OpenCC.Converter({ from: "jp", to: "cn" });

const HAN = /\p{Script=Han}/u;
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/** NFKC folds full-width Latin and half-width katakana; control and format characters go. */
export function normalizeSearchText(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The folded form of a text: normalized, lower-cased, Latin letters without diacritics (TÜV →
 * tuv; kana keep their voicing marks), Chinese characters in their simplified form.
 */
export function foldText(input: string): string {
  let s = normalizeSearchText(input).toLowerCase();
  if (/[^\u0000-\u007f]/.test(s)) s = s.normalize("NFD").replace(LATIN_WITH_MARKS, "$1").normalize("NFC");
  return HAN.test(s) ? toSimplified(s) : s;
}
