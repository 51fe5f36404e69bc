/**
 * The one rule for the web addresses a listing carries (website, store links, sources): an
 * absolute http or https URL with a host and no user name or password. Forms, the seed and the
 * import validate with it on the way in; pages, JSON-LD and exports filter with it on the way
 * out, so a value that slipped in some other way (an old row, a hand edit) is dropped rather
 * than emitted. The database keeps the same rule with triggers (see the url_and_slug_rules
 * migration).
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
 * Form field for a web address, optional: blank becomes null, a bare host ("seeedstudio.com")
 * gets https:// in front, anything that is not then an http(s) URL is an error.
 */
export const optionalHttpUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const url = safeHttpUrl(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    if (!url) {
      ctx.addIssue({ code: "custom", message: "must be a web address starting with http:// or https://" });
      return z.NEVER;
    }
    return url;
  });
