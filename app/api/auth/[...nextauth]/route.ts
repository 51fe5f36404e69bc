import type { NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { handlers } from "@/server/auth";
import { methods, requireSameOrigin, route } from "@/server/http";

/**
 * Auth.js's own endpoints: OAuth redirects and callbacks, CSRF token, session, and the
 * credentials callback. Auth.js builds its redirect and callback URLs from the request's URL,
 * which behind a proxy is the app's internal address; the public origin is SITE_URL, so requests
 * are handed over with that origin (what AUTH_URL would do). A plain Request, because NextRequest
 * rewrites 127.0.0.1 to "localhost".
 */
async function withSiteOrigin(request: Request): Promise<NextRequest> {
  const site = new URL(getEnv().siteUrl);
  const url = new URL(request.url);
  url.protocol = site.protocol;
  url.host = site.host;
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  // Auth.js reads only the Request part (url, method, headers, body) of what it is given.
  return new Request(url, { method: request.method, headers: request.headers, body }) as NextRequest;
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: async (request: Request) => handlers.GET(await withSiteOrigin(request)),
  /** Auth.js checks its CSRF token on POST; the Origin check is the same one every writing route does. */
  POST: route(async (request: Request) => {
    requireSameOrigin(request);
    return handlers.POST(await withSiteOrigin(request));
  }),
});
