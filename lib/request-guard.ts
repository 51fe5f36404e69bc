/**
 * Requests the app refuses before Next sees them, with the answer each gets. Next cannot answer
 * these itself: a TRACE request cannot even become the `Request` object its router builds (the
 * Fetch standard forbids the method), and a path with broken percent-encoding fails while Next
 * decodes it; both ended as a 500 with a stack trace in the log.
 */

/**
 * Longest request target (path and query) the app reads. Node refuses a request whose request
 * line and headers together pass its header limit (16 KB by default, --max-http-header-size)
 * before any app code runs; below that, this limit gives a clear 414.
 */
export const MAX_REQUEST_TARGET = 8192;

/** Methods Next passes to API route handlers, each of which narrows them (`methods()` in server/http.ts). */
export const API_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
/** Pages answer GET and HEAD, and POST for server actions and forms. */
export const PAGE_METHODS = ["GET", "HEAD", "OPTIONS", "POST"] as const;

export type Refusal =
  | { status: 400; reason: "bad-encoding" }
  | { status: 405; reason: "method"; allow: string }
  | { status: 204; reason: "options"; allow: string }
  | { status: 414; reason: "too-long" };

export function isApiPath(target: string): boolean {
  return target === "/api" || /^\/api[/?#]/.test(target);
}

/** True when a path segment's percent-encoding does not decode to UTF-8 text. */
export function hasMalformedPath(target: string): boolean {
  const pathname = target.split(/[?#]/, 1)[0];
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/** What to answer instead of passing the request on, or null to pass it on. */
export function refuse(method: string, target: string): Refusal | null {
  if (target.length > MAX_REQUEST_TARGET) return { status: 414, reason: "too-long" };
  const api = isApiPath(target);
  const allowed: readonly string[] = api ? API_METHODS : PAGE_METHODS;
  if (!allowed.includes(method)) return { status: 405, reason: "method", allow: allowed.join(", ") };
  if (!api && method === "OPTIONS") return { status: 204, reason: "options", allow: allowed.join(", ") };
  if (hasMalformedPath(target)) return { status: 400, reason: "bad-encoding" };
  return null;
}
