import { getEnv } from "@/lib/env";
import { STATIC_PATHS, URLS_PER_SITEMAP, sitemapIndex, urlset } from "@/lib/sitemap";
import { countPublishedSuppliers, listPublishedSupplierSlugs } from "@/server/data/suppliers";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

const XML = { "Content-Type": "application/xml; charset=utf-8" };

/** Every published supplier in one file while they fit; past that, an index of numbered files. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async () => {
    const { siteUrl } = getEnv();
    const total = await countPublishedSuppliers();
    if (total + STATIC_PATHS.length <= URLS_PER_SITEMAP) {
      const suppliers = await listPublishedSupplierSlugs({ skip: 0, take: total });
      const entries = [
        ...STATIC_PATHS.map((path) => ({ path })),
        ...suppliers.map((s) => ({ path: `/suppliers/${s.slug}`, lastModified: s.updatedAt })),
      ];
      return new Response(urlset(siteUrl, entries), { headers: XML });
    }
    return new Response(sitemapIndex(siteUrl, Math.ceil((total + STATIC_PATHS.length) / URLS_PER_SITEMAP)), { headers: XML });
  }, { cache: "public" }),
});
