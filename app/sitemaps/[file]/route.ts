import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { STATIC_PATHS, URLS_PER_SITEMAP, urlset } from "@/lib/sitemap";
import { listPublishedSupplierSlugs } from "@/server/data/suppliers";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

/** /sitemaps/N.xml: the Nth slice of published suppliers; the first also lists the static pages. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
    const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file);
    if (!match) throw new AppError("NOT_FOUND", "No such sitemap.");
    const n = Number(match[1]);
    const skip = n === 1 ? 0 : (n - 1) * URLS_PER_SITEMAP - STATIC_PATHS.length;
    const take = n === 1 ? URLS_PER_SITEMAP - STATIC_PATHS.length : URLS_PER_SITEMAP;
    const suppliers = await listPublishedSupplierSlugs({ skip, take });
    if (suppliers.length === 0 && n > 1) throw new AppError("NOT_FOUND", "No such sitemap.");
    const entries = [
      ...(n === 1 ? STATIC_PATHS.map((path) => ({ path })) : []),
      ...suppliers.map((s) => ({ path: `/suppliers/${s.slug}`, lastModified: s.updatedAt })),
    ];
    return new Response(urlset(getEnv().siteUrl, entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
  }, { cache: "public" }),
});
