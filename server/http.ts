import "server-only";
import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { AppError, RateLimitedError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/origin";

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    const headers = error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  // Unexpected failures are logged on the server; the client sees no internals.
  console.error(error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, { status: 500 });
}

/** Wraps a route handler so that every thrown error becomes a JSON error response. */
export function route<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
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
