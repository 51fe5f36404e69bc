/** Canonical URLs, language alternates and schema.org data for the public pages. */
import type { Metadata } from "next";

const LOCALES = ["en", "ja", "zh"] as const;

/** Path of a page in a locale: English has no prefix. */
export function localizedPath(path: string, locale: string): string {
  const clean = path === "/" ? "" : path;
  return locale === "en" ? clean || "/" : `/${locale}${clean}`;
}

/**
 * The canonical URL of a page and its hreflang alternates in every language (the same path
 * and search parameters under each locale's prefix), for every public page.
 */
export function localizedAlternates(path: string, locale: string, search = ""): Metadata["alternates"] {
  const url = (l: string) => localizedPath(path, l) + (search ? `?${search}` : "");
  return {
    canonical: url(locale),
    languages: {
      ...Object.fromEntries(LOCALES.map((l) => [l === "zh" ? "zh-Hans" : l, url(l)])),
      "x-default": url("en"),
    },
  };
}

type JsonLdSupplier = {
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  description: string | null;
  addressEn: string | null;
  addressZh: string | null;
  lat: number | null;
  lng: number | null;
  contacts: { website: string | null; email: string | null; phone: string | null };
  rating: { average: number; count: number };
};

export function localBusinessJsonLd(s: JsonLdSupplier, siteUrl: string): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "LocalBusiness",
    "@id": `${siteUrl}/suppliers/${s.slug}`,
    url: `${siteUrl}/suppliers/${s.slug}`,
    name: s.name,
    alternateName: [s.nameZh, s.nameJa].filter(Boolean),
    address: {
      "@type": "PostalAddress",
      streetAddress: s.addressEn ?? s.addressZh ?? undefined,
      addressLocality: "Shenzhen",
      addressRegion: "Guangdong",
      addressCountry: "CN",
    },
  };
  if (s.description) ld.description = s.description;
  if (s.lat !== null && s.lng !== null) ld.geo = { "@type": "GeoCoordinates", latitude: s.lat, longitude: s.lng };
  if (s.contacts.website) ld.sameAs = [s.contacts.website];
  if (s.contacts.email) ld.email = s.contacts.email;
  if (s.contacts.phone) ld.telephone = s.contacts.phone;
  if (s.rating.count > 0) {
    ld.aggregateRating = { "@type": "AggregateRating", ratingValue: s.rating.average, reviewCount: s.rating.count, bestRating: 5, worstRating: 1 };
  }
  return ld;
}
