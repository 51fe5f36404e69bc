/**
 * Cross-site request check for route handlers that write (server actions have Next's own).
 * Browsers send Origin on every POST/PUT/PATCH/DELETE and Sec-Fetch-Site on every request, so
 * a browser request from another site always carries one of them with a foreign value. A request
 * with neither comes from a program, not a browser, and cannot ride on a visitor's cookies.
 */
export function isSameOriginRequest({
  origin,
  secFetchSite,
  requestUrl,
  siteUrl,
}: {
  origin: string | null;
  secFetchSite: string | null;
  requestUrl: string;
  siteUrl: string;
}): boolean {
  if (secFetchSite !== null && secFetchSite !== "same-origin" && secFetchSite !== "none") return false;
  if (origin === null) return true;
  if (origin === "null") return false;
  const allowed = new Set([new URL(requestUrl).origin, new URL(siteUrl).origin]);
  return allowed.has(origin);
}
