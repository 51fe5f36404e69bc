import "server-only";
import { slugify } from "@/lib/slug";
import { districtBySlug, type CapabilitySlug, type CategorySlug, type DistrictSlug } from "@/lib/taxonomy";
import { db } from "@/server/db";
import { seedReferenceData } from "@/server/seed/sample-data";
import type { SupplierStatus } from "@/prisma/generated/client";

/** Test data written through Prisma, as the app writes it (so the FTS triggers run). */
export type SupplierSpec = {
  name: string;
  nameZh?: string;
  nameJa?: string;
  slug?: string;
  description?: string;
  addressEn?: string;
  addressZh?: string;
  category?: CategorySlug;
  extraCategories?: CategorySlug[];
  district?: DistrictSlug;
  capabilities?: CapabilitySlug[];
  languages?: string[];
  acceptsSmallOrders?: boolean | null;
  acceptsPrototypes?: boolean | null;
  moq?: number;
  website?: string;
  ratingAvg?: number;
  reviewCount?: number;
  status?: SupplierStatus;
  publishedAt?: Date;
  lat?: number;
  lng?: number;
};

let referenceSeeded = false;

async function ensureReferenceData() {
  if (!referenceSeeded) {
    await seedReferenceData();
    referenceSeeded = true;
  }
}

export async function createSupplier(spec: SupplierSpec) {
  await ensureReferenceData();
  const category = spec.category ?? "pcb-fab";
  const categorySlugs = [category, ...(spec.extraCategories ?? [])];
  const categories = await db.category.findMany({ where: { slug: { in: categorySlugs } }, select: { id: true, slug: true } });
  const capabilities = await db.capability.findMany({ where: { slug: { in: spec.capabilities ?? [] } }, select: { id: true } });
  const district = spec.district ?? "futian";
  const centre = districtBySlug.get(district)!.centre;
  const status = spec.status ?? "PUBLISHED";
  return db.supplier.create({
    data: {
      slug: spec.slug ?? slugify(spec.name),
      name: spec.name,
      nameZh: spec.nameZh,
      nameJa: spec.nameJa,
      description: spec.description,
      addressEn: spec.addressEn,
      addressZh: spec.addressZh,
      primaryCategoryId: categories.find((c) => c.slug === category)!.id,
      district,
      lat: spec.lat ?? centre.lat,
      lng: spec.lng ?? centre.lng,
      locationPrecision: "EXACT",
      acceptsSmallOrders: spec.acceptsSmallOrders ?? null,
      acceptsPrototypes: spec.acceptsPrototypes ?? null,
      moq: spec.moq ?? null,
      website: spec.website ?? null,
      ratingAvg: spec.ratingAvg ?? 0,
      reviewCount: spec.reviewCount ?? 0,
      status,
      publishedAt: status === "PUBLISHED" ? (spec.publishedAt ?? new Date("2026-01-01T00:00:00Z")) : null,
      categories: { create: categories.map((c) => ({ categoryId: c.id })) },
      capabilities: { create: capabilities.map((c) => ({ capabilityId: c.id })) },
      languages: { create: (spec.languages ?? []).map((language) => ({ language })) },
    },
    select: { id: true, slug: true },
  });
}

export type UserSpec = {
  email?: string;
  name?: string | null;
  role?: "USER" | "MODERATOR" | "ADMIN";
  status?: "ACTIVE" | "BANNED";
  verified?: boolean;
  passwordHash?: string | null;
};

let userCount = 0;

/** A user row plus the Actor the permission checks take, as the session would build it. */
export async function createUser(spec: UserSpec = {}) {
  userCount += 1;
  const u = await db.user.create({
    data: {
      email: spec.email ?? `user${userCount}-${Date.now()}@example.test`,
      name: spec.name === undefined ? `User ${userCount}` : spec.name,
      role: spec.role ?? "USER",
      status: spec.status ?? "ACTIVE",
      emailVerified: spec.verified === false ? null : new Date(),
      passwordHash: spec.passwordHash ?? null,
    },
    select: { id: true, email: true, role: true, status: true, emailVerified: true },
  });
  return { id: u.id, email: u.email, role: u.role, status: u.status, emailVerified: u.emailVerified !== null };
}
