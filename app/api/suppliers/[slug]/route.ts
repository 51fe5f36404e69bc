import { NextResponse } from "next/server";
import { getPublishedSupplier } from "@/server/data/suppliers";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
      const { slug } = await params;
      // The numeric id is internal: the slug is the public identifier.
      const { id: _id, ...supplier } = await getPublishedSupplier({ slug });
      return NextResponse.json(supplier);
    },
    { cache: "public" },
  ),
});
