/**
 * The security headers on every response, built per request because the Content-Security-Policy
 * carries a fresh nonce. Next reads the nonce from the request's CSP header and puts it on every
 * script it renders (so every page must render per request); `'strict-dynamic'` lets those
 * scripts load the chunks they need and nothing else runs: no inline script without the nonce,
 * no script from another origin.
 */

export type SecurityConfig = {
  siteUrl: string;
  /** Map tile URL template (MAP_TILE_URL): its host is allowed as an image source. */
  mapTileUrl: string;
  oauth: { github?: unknown; google?: unknown };
};

/**
 * Where each OAuth provider's sign-in page lives. Auth.js answers the sign-in form's POST with a
 * redirect there, and a browser holds a redirect after a form submission to `form-action` too.
 */
export const OAUTH_FORM_ACTION_HOSTS: Record<keyof SecurityConfig["oauth"], string> = {
  github: "https://github.com",
  google: "https://accounts.google.com",
};

/**
 * The CSP source for images of a tile URL template: its origin, with a `{s}` (or any other
 * placeholder) in the first label of the host turned into the `*.` wildcard CSP allows there.
 */
export function tileImageSource(template: string): string {
  const match = /^(https?:\/\/)([^/?#]+)/i.exec(template);
  if (!match) throw new Error(`not an http(s) URL template: ${template}`);
  const [, scheme, authority] = match;
  const labels = authority.toLowerCase().split(".");
  if (/[{}]/.test(labels[0])) labels[0] = "*";
  const host = labels.join(".");
  if (/[{}]/.test(host)) throw new Error(`a tile URL may only have a placeholder in the first label of its host: ${template}`);
  return `${scheme.toLowerCase()}${host}`;
}

export function isHttps(siteUrl: string): boolean {
  return /^https:\/\//i.test(siteUrl);
}

/**
 * Returns a function from a request's nonce to its security headers. Everything but the nonce is
 * worked out once, here, so a tile URL the policy cannot express fails at start-up.
 */
export function createSecurityHeaders(config: SecurityConfig): (nonce: string) => Record<string, string> {
  const https = isHttps(config.siteUrl);
  const providers = Object.keys(OAUTH_FORM_ACTION_HOSTS) as (keyof SecurityConfig["oauth"])[];
  const directives = (nonce: string): string[][] => [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
    // Leaflet positions map tiles and markers with inline style attributes.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", tileImageSource(config.mapTileUrl)],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'", ...providers.filter((p) => config.oauth[p]).map((p) => OAUTH_FORM_ACTION_HOSTS[p])],
    // Over plain http (a local run) upgrading would send the page's own requests to https.
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  const [before, after] = directives("NONCE")
    .map((d) => d.join(" "))
    .join("; ")
    .split("NONCE");
  const fixed: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The map's "near me" asks for the position; nothing else here needs a device feature.
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Tells browsers to use https only: for a site served over https (SITE_URL) and nothing else.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
  return (nonce) => ({ "Content-Security-Policy": before + nonce + after, ...fixed });
}
