import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = getEnv();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/admin", "/me", "/ja/admin", "/zh/admin", "/ja/me", "/zh/me"] }],
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
