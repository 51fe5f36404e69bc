/** Canonical URLs, language alternates and schema.org data for the public pages. */
import type { Metadata } from "next";
import { safeHttpUrl } from "./url";

const LOCALES = ["en", "ja", "zh"] as const;

/** Path of a page in a locale: English has no prefix. */
export function localizedPath(path: string, locale: string): string {
  const clean = path === "/" ? "" : path;
  return locale === "en" ? clean || "/" : `/${locale}${clean}`;
}

/** The language tag a locale's pages declare (`<html lang>`, hreflang): Chinese is Simplified. */
export function languageTag(locale: string): string {
  return locale === "zh" ? "zh-Hans" : locale;
}

/** Each language version of a page (with its search parameters), and the version for everyone else, as hreflang → path. */
function alternatePaths(path: string, search = ""): Record<string, string> {
  const url = (l: string) => localizedPath(path, l) + (search ? `?${search}` : "");
  return {
    ...Object.fromEntries(LOCALES.map((l) => [languageTag(l), url(l)])),
    "x-default": url("en"),
  };
}

/**
 * The canonical URL of a page and its hreflang alternates in every language (the same path
 * and search parameters under each locale's prefix), for every public page.
 */
export function localizedAlternates(path: string, locale: string, search = ""): Metadata["alternates"] {
  return { canonical: localizedPath(path, locale) + (search ? `?${search}` : ""), languages: alternatePaths(path, search) };
}

/**
 * The same alternates as an HTTP `Link` header (RFC 8288), on the public origin: never built
 * from the request's Host or X-Forwarded-Host, which a client chooses.
 */
export function alternateLinksHeader(path: string, siteUrl: string): string {
  return Object.entries(alternatePaths(path))
    .map(([tag, p]) => `<${new URL(p, `${siteUrl}/`).href}>; rel="alternate"; hreflang="${tag}"`)
    .join(", ");
}

/** The path of a page without its locale prefix ("/ja/suppliers" → "/suppliers"). */
export function unlocalizedPath(pathname: string): string {
  return pathname.replace(/^\/(?:en|ja|zh)(?=\/|$)/, "") || "/";
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

type JsonLdReview = { rating: number; title: string | null; body: string; createdAt: string; authorName: string | null };

/**
 * schema.org LocalBusiness for a detail page. Reviews go in as the plain text their authors
 * wrote; the page escapes "<" when it embeds the JSON, so no text can end the script element.
 */
export function localBusinessJsonLd(s: JsonLdSupplier, siteUrl: string, reviews: JsonLdReview[] = [], anonymousName = "Anonymous"): Record<string, unknown> {
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
  // The page's link is guarded by React at run time; JSON-LD is read by crawlers, so only a
  // checked http(s) address goes in.
  const website = safeHttpUrl(s.contacts.website);
  if (website) ld.sameAs = [website];
  if (s.contacts.email) ld.email = s.contacts.email;
  if (s.contacts.phone) ld.telephone = s.contacts.phone;
  if (s.rating.count > 0) {
    ld.aggregateRating = { "@type": "AggregateRating", ratingValue: s.rating.average, reviewCount: s.rating.count, bestRating: 5, worstRating: 1 };
  }
  if (reviews.length > 0) {
    ld.review = reviews.map((r) => ({
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5, worstRating: 1 },
      ...(r.title ? { name: r.title } : {}),
      reviewBody: r.body,
      datePublished: r.createdAt.slice(0, 10),
      author: { "@type": "Person", name: r.authorName ?? anonymousName },
    }));
  }
  return ld;
}
