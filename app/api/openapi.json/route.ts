import { NextResponse } from "next/server";
import { createOpenApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";
import { methods } from "@/server/http";

export const dynamic = "force-dynamic";

let document: ReturnType<typeof createOpenApiDocument> | undefined;

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: () => {
    document ??= createOpenApiDocument(getEnv().siteUrl);
    return NextResponse.json(document, { headers: { "Cache-Control": "public, max-age=3600" } });
  },
});
