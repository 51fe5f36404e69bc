import { handlers } from "@/server/auth";
import { requireSameOrigin, route } from "@/server/http";

// Auth.js's own endpoints: OAuth callbacks, CSRF token, session, and the credentials callback.
export const GET = handlers.GET;

/** Auth.js checks its CSRF token on POST; the Origin check is the same one every writing route does. */
export const POST = route(async (request: Request) => {
  requireSameOrigin(request);
  return handlers.POST(request as Parameters<typeof handlers.POST>[0]);
});
