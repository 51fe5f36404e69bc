/** Labels of taxonomy values and supplier names in the reader's language. */
import {
  capabilityBySlug,
  categoryBySlug,
  certificationByCode,
  districtBySlug,
  languageByCode,
  paymentMethodByCode,
  type Labels,
  type Locale,
} from "./taxonomy";

function label(map: ReadonlyMap<string, { label: Labels }>, key: string, locale: Locale): string {
  return map.get(key)?.label[locale] ?? key;
}

export const categoryLabel = (slug: string, locale: Locale) => label(categoryBySlug, slug, locale);
export const districtLabel = (slug: string, locale: Locale) => label(districtBySlug, slug, locale);
export const capabilityLabel = (slug: string, locale: Locale) => label(capabilityBySlug, slug, locale);
export const languageLabel = (code: string, locale: Locale) => label(languageByCode, code, locale);
export const paymentMethodLabel = (code: string, locale: Locale) => label(paymentMethodByCode, code, locale);
export const certificationLabel = (code: string, locale: Locale) => label(certificationByCode, code, locale);

export type Names = { name: string; nameZh: string | null; nameJa: string | null };

/** BCP 47 tag of a locale for `lang` attributes: the Chinese texts here are Simplified. */
export function langTag(locale: Locale): string {
  return locale === "zh" ? "zh-Hans" : locale;
}

/** A name and the language it is written in. */
export type LangText = { text: string; lang: string };

/**
 * Like `displayNames`, with the language of each name, so that pages can mark the names that
 * are not in the page's language (`name` is the English or romanised one).
 */
export function localizedNames(s: Names, locale: Locale): { primary: LangText; others: LangText[] } {
  const tagged: Record<Locale, LangText | null> = {
    en: { text: s.name, lang: "en" },
    zh: s.nameZh?.trim() ? { text: s.nameZh, lang: langTag("zh") } : null,
    ja: s.nameJa?.trim() ? { text: s.nameJa, lang: "ja" } : null,
  };
  const order: Locale[] = locale === "zh" ? ["zh", "en", "ja"] : locale === "ja" ? ["ja", "en", "zh"] : ["en", "zh", "ja"];
  const names: LangText[] = [];
  for (const l of order) {
    const n = tagged[l];
    if (n && n.text.trim() !== "" && !names.some((m) => m.text === n.text)) names.push(n);
  }
  return { primary: names[0] ?? { text: s.name, lang: "en" }, others: names.slice(1) };
}

/** The name to show first in a locale, then the other known names, without repeats. */
export function displayNames(s: Names, locale: Locale): { primary: string; others: string[] } {
  const order =
    locale === "zh" ? [s.nameZh, s.name, s.nameJa] : locale === "ja" ? [s.nameJa, s.name, s.nameZh] : [s.name, s.nameZh, s.nameJa];
  const names = [...new Set(order.filter((n): n is string => !!n && n.trim() !== ""))];
  return { primary: names[0] ?? s.name, others: names.slice(1) };
}
