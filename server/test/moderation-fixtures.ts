import "server-only";
import { randomUUID } from "node:crypto";
import { HUAQIANGBEI_CENTRE } from "@/lib/taxonomy";
import type { ListingInput } from "@/lib/listing/schema";
import type { Actor } from "@/lib/permissions";
import { db } from "@/server/db";
import type { Role } from "@/prisma/generated/client";

/** A user written through Prisma (active, address confirmed), returned as the actor the data functions take. */
export async function createUser({ role = "USER", name }: { role?: Role; name?: string } = {}): Promise<Actor> {
  const id = randomUUID();
  await db.user.create({ data: { id, email: `${id}@example.test`, name: name ?? `User ${id.slice(0, 6)}`, role, emailVerified: new Date() } });
  return { id, role, status: "ACTIVE", emailVerified: true };
}

/** A complete, valid listing form result. */
export function listingInput(patch: Partial<ListingInput> = {}): ListingInput {
  return {
    name: "Example Circuits",
    nameZh: null,
    nameJa: null,
    category: "pcb-fab",
    categories: ["pcb-fab"],
    capabilities: ["smt"],
    district: "futian",
    addressEn: "1 Huaqiang North Rd",
    addressZh: null,
    location: { ...HUAQIANGBEI_CENTRE, datum: "WGS84" },
    locationPrecision: "BUILDING",
    website: "https://example-circuits.example/",
    email: null,
    phone: "+8613800138000",
    wechatId: null,
    qq: null,
    storeLinks: [],
    languages: ["en"],
    moq: 5,
    moqNote: null,
    leadTimeDaysMin: null,
    leadTimeDaysMax: null,
    acceptsPrototypes: true,
    acceptsSmallOrders: null,
    paymentMethods: ["paypal"],
    certifications: [],
    openingHours: null,
    description: null,
    descriptionZh: null,
    descriptionJa: null,
    foundedYear: null,
    source: "Visited in March, ordered boards.",
    ...patch,
  };
}

export async function auditActions(targetId: string | number): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { targetId: String(targetId) }, orderBy: { createdAt: "asc" }, select: { action: true } });
  return rows.map((r) => r.action);
}
