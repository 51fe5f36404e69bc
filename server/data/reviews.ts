import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { roundAverage, summarizeCounts } from "@/lib/rating";
import type { ReviewInput } from "@/lib/schemas/review";
import { db } from "@/server/db";
import { Prisma } from "@/prisma/generated/client";

type Tx = Prisma.TransactionClient;

/**
 * The one place that writes a supplier's rating columns: average and count of its VISIBLE
 * reviews (lib/rating.ts). Call it inside the transaction of every write that adds, changes,
 * hides, shows or removes a review, after that write, so readers never see the two disagree.
 */
export async function recomputeSupplierRating(tx: Tx, supplierId: number): Promise<void> {
  const rows = await tx.review.groupBy({ by: ["rating"], where: { supplierId, status: "VISIBLE" }, _count: { _all: true } });
  const { average, count } = summarizeCounts(rows.map((r) => ({ rating: r.rating, count: r._count._all })));
  await tx.supplier.update({ where: { id: supplierId }, data: { ratingAvg: roundAverage(average), reviewCount: count } });
}

function visitDate(input: ReviewInput): Date | null {
  return input.visitedOn ? new Date(`${input.visitedOn}T00:00:00Z`) : null;
}

function columns(input: ReviewInput) {
  return {
    rating: input.rating,
    title: input.title || null,
    body: input.body,
    ordered: input.ordered || null,
    visitedOn: visitDate(input),
  };
}

/** The published supplier a review form is for; unknown and unpublished ones are NOT_FOUND. */
export async function findPublishedSupplierRef({ slug }: { slug: string }): Promise<{ id: number; slug: string; name: string }> {
  const s = await db.supplier.findFirst({ where: { slug, status: "PUBLISHED" }, select: { id: true, slug: true, name: true } });
  if (!s) throw new AppError("NOT_FOUND", `No published supplier "${slug.slice(0, 80)}".`);
  return s;
}

/** Creates the actor's review of a published supplier; CONFLICT when they already wrote one. */
export async function createReview({ actor, supplierId, input }: { actor: Actor; supplierId: number; input: ReviewInput }) {
  assertCan(actor, "create:review:own");
  const supplier = await db.supplier.findFirst({ where: { id: supplierId, status: "PUBLISHED" }, select: { id: true } });
  if (!supplier) throw new AppError("NOT_FOUND", "This supplier is not published.");
  try {
    return await db.$transaction(async (tx) => {
      const review = await tx.review.create({ data: { supplierId, authorId: actor.id, ...columns(input) }, select: { id: true } });
      await recomputeSupplierRating(tx, supplierId);
      return review;
    });
  } catch (error) {
    // The unique (supplierId, authorId) index is the rule; this only words it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "You have already reviewed this supplier; edit that review instead.");
    }
    throw error;
  }
}

async function loadOwnedReview(actor: Actor, reviewId: string, permission: "update:review:own" | "delete:review:own") {
  const review = await db.review.findUnique({ where: { id: reviewId }, select: { id: true, authorId: true, supplierId: true } });
  if (!review) throw new AppError("NOT_FOUND", "No such review.");
  assertCan(actor, permission, { ownerId: review.authorId });
  return review;
}

/** Edits the actor's own review; a hidden review stays hidden until a moderator shows it. */
export async function updateReview({ actor, reviewId, input }: { actor: Actor; reviewId: string; input: ReviewInput }) {
  const review = await loadOwnedReview(actor, reviewId, "update:review:own");
  await db.$transaction(async (tx) => {
    // The author is in the WHERE too, so the write cannot land on a review that changed hands.
    const { count } = await tx.review.updateMany({ where: { id: review.id, authorId: actor.id }, data: columns(input) });
    if (count !== 1) throw new AppError("NOT_FOUND", "No such review.");
    await recomputeSupplierRating(tx, review.supplierId);
  });
  return { id: review.id };
}

export async function deleteReview({ actor, reviewId }: { actor: Actor; reviewId: string }) {
  const review = await loadOwnedReview(actor, reviewId, "delete:review:own");
  await db.$transaction(async (tx) => {
    const { count } = await tx.review.deleteMany({ where: { id: review.id, authorId: actor.id } });
    if (count !== 1) throw new AppError("NOT_FOUND", "No such review.");
    await recomputeSupplierRating(tx, review.supplierId);
  });
}

export type OwnReview = {
  id: string;
  rating: number;
  title: string | null;
  body: string;
  ordered: string | null;
  visitedOn: string | null;
  status: "VISIBLE" | "HIDDEN";
  hiddenReason: string | null;
  createdAt: string;
  updatedAt: string;
};

const ownReviewSelect = {
  id: true,
  rating: true,
  title: true,
  body: true,
  ordered: true,
  visitedOn: true,
  status: true,
  hiddenReason: true,
  createdAt: true,
  updatedAt: true,
} as const;

function toOwnReview(r: Prisma.ReviewGetPayload<{ select: typeof ownReviewSelect }>): OwnReview {
  return {
    id: r.id,
    rating: r.rating,
    title: r.title,
    body: r.body,
    ordered: r.ordered,
    visitedOn: r.visitedOn?.toISOString().slice(0, 10) ?? null,
    status: r.status,
    hiddenReason: r.hiddenReason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The actor's review of one supplier, whatever its status, for the "edit your review" form. */
export async function findOwnReview({ actor, supplierId }: { actor: Actor; supplierId: number }): Promise<OwnReview | null> {
  const r = await db.review.findUnique({ where: { supplierId_authorId: { supplierId, authorId: actor.id } }, select: ownReviewSelect });
  return r ? toOwnReview(r) : null;
}

/** Everything the actor wrote, newest first, with the supplier it is about, for /me. */
export async function findOwnReviews({ actor }: { actor: Actor }) {
  const rows = await db.review.findMany({
    where: { authorId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { ...ownReviewSelect, supplier: { select: { slug: true, name: true, nameZh: true, nameJa: true, status: true } } },
  });
  return rows.map((r) => ({
    ...toOwnReview(r),
    supplier: { slug: r.supplier.slug, name: r.supplier.name, nameZh: r.supplier.nameZh, nameJa: r.supplier.nameJa, published: r.supplier.status === "PUBLISHED" },
  }));
}
