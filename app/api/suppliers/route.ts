import { NextResponse } from "next/server";
import { facetsParam } from "@/lib/api/schemas";
import { AppError } from "@/lib/errors";
import { parseSupplierQuery, readParam } from "@/lib/search/query";
import { findSuppliers } from "@/server/data/suppliers";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    async (request: Request) => {
      const params = new URL(request.url).searchParams;
      const { query, problems } = parseSupplierQuery(params);
      const facets = readParam(params, "facets", facetsParam, problems) ?? false;
      if (problems.length > 0) throw new AppError("BAD_REQUEST", problems.map((p) => p.message).join("; "));
      return NextResponse.json(await findSuppliers({ query, facets }));
    },
    { cache: "public" },
  ),
});
