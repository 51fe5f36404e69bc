/**
 * Toneless pinyin of the Chinese characters in supplier names, written as one word per run of
 * characters (华强北 → huaqiangbei), so "huaqiangbei", "huaqiang" and "hua qiang bei" all find it
 * through the index's trigrams. pinyin-pro picks readings of polyphonic characters from context.
 */
import { pinyin } from "pinyin-pro";

/** Legal forms say nothing about a supplier; their pinyin would match every company name. */
const COMPANY_FORMS = /(股份有限公司|有限责任公司|有限公司|集团公司|公司)$/u;

/** Pinyin words for the Han runs of a folded (simplified) name. */
export function pinyinWords(foldedName: string): string[] {
  const out: string[] = [];
  for (const run of foldedName.match(/\p{Script=Han}+/gu) ?? []) {
    const core = run.replace(COMPANY_FORMS, "");
    if (core === "") continue;
    const word = pinyin(core, { toneType: "none", type: "array", nonZh: "removed", v: true }).join("");
    if (/^[a-z]+$/.test(word)) out.push(word);
  }
  return out;
}
