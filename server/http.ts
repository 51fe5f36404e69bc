import "server-only";
import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { AppError, RateLimitedError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/origin";

/** Public data may sit in browser and proxy caches this long; a write shows up within it. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * The message of a database rule (a trigger's RAISE(ABORT, …), see the url_and_slug_rules
 * migration) that a write broke, or null. Prisma's adapter reports these as foreign key errors
 * (P2003) and keeps the trigger's own words only in the error's metadata.
 */
export function databaseRuleMessage(error: unknown): string | null {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } } })?.meta
    ?.driverAdapterError?.cause;
  return cause?.originalCode === "SQLITE_CONSTRAINT_TRIGGER" && typeof cause.originalMessage === "string" ? cause.originalMessage : null;
}

export function errorResponse(error: unknown): NextResponse {
  // An error is about this moment: never let a cache replay it.
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // Write paths validate first; a rule the database still caught is bad input all the same.
  const rule = databaseRuleMessage(error);
  if (rule) error = new AppError("BAD_REQUEST", rule);
  if (error instanceof AppError) {
    if (error instanceof RateLimitedError) headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  // Unexpected failures are logged on the server; the client sees no internals.
  console.error(error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, { status: 500, headers });
}

type RouteOptions = {
  /**
   * "public": the answer is the same for everyone (published data) and may be cached briefly.
   * Without it an answer is `no-store`, the safe default for anything user-specific.
   */
  cache?: "public";
};

/**
 * Wraps a route handler so that every thrown error becomes a JSON error response, and every
 * answer says how it may be cached (unless the handler said so itself).
 */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>, options: RouteOptions = {}) {
  return async (...args: Args): Promise<Response> => {
    let response: Response;
    try {
      response = await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
    if (response.headers.has("Cache-Control")) return response;
    const cacheable = options.cache === "public" && response.status < 300;
    // Redirects made by Response.redirect (Auth.js answers with them) have immutable headers.
    const out = new Response(response.body, response);
    out.headers.set("Cache-Control", cacheable ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : "no-store");
    return out;
  };
}

export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof HTTP_METHODS)[number];
type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response> | Response;

/**
 * Every method Next routes, for a route file to export:
 * `export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({ GET: … })`.
 * The methods not given answer 405 with an `Allow` header naming the ones that are (Next's own
 * 405 has none), HEAD follows GET, and OPTIONS answers 204 with the same `Allow`.
 * `app/route-methods.test.ts` checks that every route file does this.
 */
export function methods<Rest extends unknown[]>(
  handlers: Partial<Record<Exclude<Method, "HEAD" | "OPTIONS">, Handler<Rest>>>,
): Record<Method, Handler<Rest>> {
  const given = new Set<Method>(Object.keys(handlers) as Method[]);
  if (given.has("GET")) given.add("HEAD");
  given.add("OPTIONS");
  const allow = HTTP_METHODS.filter((m) => given.has(m)).join(", ");
  const notAllowed = (request: Request, ..._rest: Rest) =>
    NextResponse.json(
      { error: { code: "METHOD_NOT_ALLOWED", message: `${request.method} is not allowed here; use ${allow}.` } },
      { status: 405, headers: { Allow: allow, "Cache-Control": "no-store" } },
    );
  const all = {} as Record<Method, Handler<Rest>>;
  for (const m of HTTP_METHODS) all[m] = handlers[m as keyof typeof handlers] ?? notAllowed;
  if (handlers.GET) all.HEAD = handlers.GET;
  all.OPTIONS = () => new Response(null, { status: 204, headers: { Allow: allow, "Cache-Control": "no-store" } });
  return all;
}

/** Every route handler that writes calls this first (server actions have Next's own check). */
export function requireSameOrigin(request: Request): void {
  const ok = isSameOriginRequest({
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    host: request.headers.get("host"),
    siteUrl: getEnv().siteUrl,
  });
  if (!ok) throw new AppError("FORBIDDEN", "Cross-site requests are not accepted.");
}
