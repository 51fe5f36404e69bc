import { NextResponse } from "next/server";
import { createOpenApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

let document: ReturnType<typeof createOpenApiDocument> | undefined;

export function GET() {
  document ??= createOpenApiDocument(getEnv().siteUrl);
  return NextResponse.json(document, { headers: { "Cache-Control": "public, max-age=3600" } });
}
