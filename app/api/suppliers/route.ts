import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { parseSupplierQuery } from "@/lib/search/query";
import { findSuppliers } from "@/server/data/suppliers";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (request: Request) => {
    const params = new URL(request.url).searchParams;
    const { query, problems } = parseSupplierQuery(params);
    const facetsParam = params.get("facets");
    if (facetsParam !== null && !["0", "1", "true", "false"].includes(facetsParam)) {
      problems.push({ param: "facets", message: "facets must be 1, 0, true or false" });
    }
    if (problems.length > 0) throw new AppError("BAD_REQUEST", problems.map((p) => p.message).join("; "));
    const facets = facetsParam === "1" || facetsParam === "true";
    const result = await findSuppliers({ query, facets });
    return NextResponse.json(result);
  }, { cache: "public" }),
});
