/**
 * The one rule for the web addresses a listing carries (website, store links, sources): an
 * absolute http or https URL with a host and no user name or password. Forms, the seed and the
 * import validate with `parseHttpUrl` on the way in; pages, JSON-LD and exports filter with
 * `safeHttpUrl` on the way out, so a value that slipped in some other way (an old row, a hand
 * edit) is dropped rather than emitted. The database keeps the same rule with triggers (see the
 * url_and_slug_rules migration).
 */
import { z } from "zod";

export const MAX_URL_LENGTH = 2048;

/**
 * The normalized form of an http(s) URL, or null when the value is anything else. Normalizing
 * first matters: the URL parser drops tabs and line breaks, so "java\nscript:…" is judged as
 * the browser would read it, and the stored text is exactly what was checked.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // "https://paypal.com@evil.example" reads as one host and goes to another.
  if (url.username !== "" || url.password !== "") return null;
  if (url.hostname === "" || url.href.length > MAX_URL_LENGTH) return null;
  return url.href;
}

/**
 * What a person typed into a form or a CSV cell, as a link worth storing, or null. Stricter than
 * `safeHttpUrl`: no whitespace inside, and the host must be a public name (a top-level label of
 * letters or an IDN's punycode), which rules out IPs and intranet names that are never a
 * supplier's site. A missing scheme means https, because people copy "www.example.com" from
 * business cards far more often than a full URL.
 */
export function parseHttpUrl(input: string): string | null {
  const text = input.trim();
  if (text === "" || /\s/.test(text)) return null;
  // "example.com:8080/x" looks like a scheme followed by a port; it is a host.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(\/|$)/.test(text);
  const href = safeHttpUrl(hasScheme ? text : `https://${text}`);
  if (href === null) return null;
  return /\.(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(new URL(href).hostname) ? href : null;
}

/** The host without a leading "www.", for comparing sites; null for an unacceptable link. */
export function siteHost(input: string): string | null {
  const href = parseHttpUrl(input);
  return href === null ? null : new URL(href).hostname.replace(/^www\./, "");
}

/** Form field for an optional web address: blank becomes null, anything else must pass `parseHttpUrl`. */
export const optionalHttpUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const url = parseHttpUrl(value);
    if (!url) {
      ctx.addIssue({ code: "custom", message: "must be a web address starting with http:// or https://" });
      return z.NEVER;
    }
    return url;
  });
