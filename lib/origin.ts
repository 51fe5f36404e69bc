/**
 * Cross-site request check for route handlers that write (server actions have Next's own).
 * Browsers send Origin on every POST/PUT/PATCH/DELETE and Sec-Fetch-Site on every request, so
 * a browser request from another site always carries one of them with a foreign value. A request
 * with neither comes from a program, not a browser, and cannot ride on a visitor's cookies.
 */
export function isSameOriginRequest({
  origin,
  secFetchSite,
  host,
  siteUrl,
}: {
  origin: string | null;
  secFetchSite: string | null;
  /** The Host header: the browser sets it to the site it is talking to, as Next's own check assumes. */
  host: string | null;
  siteUrl: string;
}): boolean {
  if (secFetchSite !== null && secFetchSite !== "same-origin" && secFetchSite !== "none") return false;
  if (origin === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return origin === new URL(siteUrl).origin || (host !== null && parsed.host === host.toLowerCase());
}
