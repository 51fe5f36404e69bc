/**
 * Where to go after signing in: only a path on this site, without its locale prefix (the caller
 * adds the current one). Anything else (another host, "//evil.example", a backslash trick) is
 * dropped, so the sign-in page cannot be used as an open redirect.
 */
export function safeCallbackPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 512) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001F\u007F]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, "http://x");
  } catch {
    return null;
  }
  if (url.origin !== "http://x") return null;
  const path = url.pathname.replace(/^\/(en|ja|zh)(?=\/|$)/, "") || "/";
  return path + url.search + url.hash;
}
