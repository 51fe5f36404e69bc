import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { parseMapRequest } from "@/lib/map/params";
import { findMapFeatures } from "@/server/data/map";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    async (request: Request) => {
      const { request: parsed, problems } = parseMapRequest(new URL(request.url).searchParams);
      if (!parsed) throw new AppError("BAD_REQUEST", problems.map((p) => p.message).join("; "));
      return NextResponse.json(await findMapFeatures(parsed));
    },
    { cache: "public" },
  ),
});
