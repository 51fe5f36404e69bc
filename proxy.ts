import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { getEnv } from "./lib/env";
import { alternateLinksHeader, unlocalizedPath } from "./lib/seo";

// next-intl's own alternate-links header is built from the request's Host and X-Forwarded-Host
// (a client can make it name any site) and says "zh" where the pages say "zh-Hans"; the one
// below comes from SITE_URL and lib/seo.ts, like the pages' <link rel="alternate"> tags.
const localeRouting = createMiddleware({ ...routing, alternateLinks: false });

// Locale routing only; authorisation is checked on the server in every action and route.
export default function proxy(request: NextRequest) {
  const response = localeRouting(request);
  if (response.status < 300 && (request.method === "GET" || request.method === "HEAD")) {
    response.headers.set("Link", alternateLinksHeader(unlocalizedPath(request.nextUrl.pathname), getEnv().siteUrl));
  }
  return response;
}

export const config = {
  // `api/` and `api` end the API only as a whole segment: /api-docs is a page and needs its locale.
  matcher: ["/((?!api/|api$|_next|_vercel|.*\\..*).*)"],
};
