import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { findPublishedSupplierRef } from "@/server/data/reviews";
import { findSupplierReviews } from "@/server/data/suppliers";
import { methods, route } from "@/server/http";

export const dynamic = "force-dynamic";

/** Visible reviews of a published supplier, newest first, a page at a time (plain text fields). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
      const { slug } = await params;
      const raw = new URL(request.url).searchParams.get("page");
      if (raw !== null && !/^[1-9]\d{0,4}$/.test(raw)) throw new AppError("BAD_REQUEST", "page must be a whole number from 1 to 99999");
      const supplier = await findPublishedSupplierRef({ slug });
      return NextResponse.json(await findSupplierReviews({ supplierId: supplier.id, page: raw === null ? 1 : Number(raw) }));
    },
    { cache: "public" },
  ),
});
