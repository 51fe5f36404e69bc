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

/** The name to show first in a locale, then the other known names, without repeats. */
export function displayNames(s: Names, locale: Locale): { primary: string; others: string[] } {
  const order =
    locale === "zh" ? [s.nameZh, s.name, s.nameJa] : locale === "ja" ? [s.nameJa, s.name, s.nameZh] : [s.name, s.nameZh, s.nameJa];
  const names = [...new Set(order.filter((n): n is string => !!n && n.trim() !== ""))];
  return { primary: names[0] ?? s.name, others: names.slice(1) };
}
