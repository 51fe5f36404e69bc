import { NextResponse } from "next/server";
import { checkHealth } from "@/server/data/health";
import { methods } from "@/server/http";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = methods({
  GET: async () => {
    const health = await checkHealth();
    const headers = { "Cache-Control": "no-store" };
    if (health.ok) return NextResponse.json({ status: "ok", db: "ok" }, { headers });
    return NextResponse.json({ status: "error", db: "error", reason: health.reason }, { status: 503, headers });
  },
});
