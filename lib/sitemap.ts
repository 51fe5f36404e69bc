/** sitemaps.org XML: one urlset per file (at most 50 000 URLs), and an index when split. */
import { localizedPath } from "./seo";

export const URLS_PER_SITEMAP = 40_000;
const LOCALES = ["en", "ja", "zh"] as const;

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

export type SitemapEntry = { path: string; lastModified?: Date };

export function urlset(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const alternates = LOCALES.map(
      (l) =>
        `<xhtml:link rel="alternate" hreflang="${l === "zh" ? "zh-Hans" : l}" href="${escapeXml(siteUrl + localizedPath(e.path, l))}"/>`,
    ).join("");
    const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : "";
    return `<url><loc>${escapeXml(siteUrl + localizedPath(e.path, "en"))}</loc>${lastmod}${alternates}</url>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    urls.join("\n") +
    `\n</urlset>\n`
  );
}

export function sitemapIndex(siteUrl: string, count: number): string {
  const items = Array.from({ length: count }, (_, i) => `<sitemap><loc>${escapeXml(`${siteUrl}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`
  );
}

export const STATIC_PATHS = ["/", "/suppliers", "/map"];
