import { AppError } from "@/lib/errors";
import { errorResponse, HTTP_METHODS } from "@/server/http";

export const dynamic = "force-dynamic";

/** Any /api path no route claims: a JSON 404 like every other API error, not the HTML page. */
async function notFound(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.slice(0, 200);
  return errorResponse(new AppError("NOT_FOUND", `No API route ${path}. See /api/openapi.json.`));
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = Object.fromEntries(HTTP_METHODS.map((m) => [m, notFound])) as Record<
  (typeof HTTP_METHODS)[number],
  typeof notFound
>;
