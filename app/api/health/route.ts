import { NextResponse } from "next/server";
import { checkDatabase } from "@/server/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const dbOk = await checkDatabase();
  return NextResponse.json(
    { status: dbOk ? "ok" : "error", db: dbOk ? "ok" : "error" },
    { status: dbOk ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
