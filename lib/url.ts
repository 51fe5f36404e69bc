/**
 * Web links that people type into forms and CSV files. Only http(s) URLs pointing at a named
 * host are kept: no other schemes (javascript:, data:, mailto:), no credentials in the URL, no
 * bare IP addresses or single-label hosts, which are never a supplier's public site.
 */

const MAX_URL_LENGTH = 2048;

/**
 * The normalised URL (scheme and host lower-cased, IDN hosts in punycode, default port dropped),
 * or null when the text is not an acceptable http(s) link. A missing scheme means https, because
 * people copy "www.example.com" from business cards far more often than a full URL.
 */
export function parseHttpUrl(input: string): string | null {
  const text = input.trim();
  if (text === "" || text.length > MAX_URL_LENGTH || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(\/|$)/.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username !== "" || url.password !== "") return null;
  // A top-level label of letters (or an IDN's punycode) rules out IPs and intranet names.
  if (!/\.(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(url.hostname)) return null;
  return url.href;
}

/** The host without a leading "www.", for comparing sites; null for an unacceptable link. */
export function siteHost(input: string): string | null {
  const href = parseHttpUrl(input);
  return href === null ? null : new URL(href).hostname.replace(/^www\./, "");
}
