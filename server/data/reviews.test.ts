import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { PermissionDenied } from "@/lib/permissions";
import { reviewSchema } from "@/lib/schemas/review";
import { db } from "@/server/db";
import { createSupplier, createUser } from "@/server/test/factories";
import { createReview, deleteReview, findOwnReview, findOwnReviews, recomputeSupplierRating, updateReview } from "./reviews";
import { getPublishedSupplier } from "./suppliers";

const input = (rating: number, body = "Ordered fifty two-layer boards; they arrived in four days, well packed.") =>
  reviewSchema.parse({ rating: String(rating), body, title: "", ordered: "", visitedOn: "" });

async function rating(slug: string) {
  return (await getPublishedSupplier({ slug })).rating;
}

let supplier: { id: number; slug: string };

beforeAll(async () => {
  supplier = await createSupplier({ name: "Review Test Fab" });
});

describe("review writes keep the rating right", () => {
  it("creates, edits and deletes, recomputing average, count and histogram each time", async () => {
    const s = await createSupplier({ name: "Rated Fab" });
    const a = await createUser();
    const b = await createUser();
    const ra = await createReview({ actor: a, supplierId: s.id, input: input(5) });
    expect(await rating(s.slug)).toMatchObject({ average: 5, count: 1, histogram: { 5: 1 } });
    await createReview({ actor: b, supplierId: s.id, input: input(2) });
    expect(await rating(s.slug)).toMatchObject({ average: 3.5, count: 2, histogram: { 2: 1, 5: 1 } });
    await updateReview({ actor: a, reviewId: ra.id, input: input(4) });
    expect(await rating(s.slug)).toMatchObject({ average: 3, count: 2, histogram: { 2: 1, 4: 1, 5: 0 } });
    await deleteReview({ actor: a, reviewId: ra.id });
    expect(await rating(s.slug)).toMatchObject({ average: 2, count: 1, histogram: { 2: 1, 4: 0 } });
  });

  it("counts only visible reviews and rounds the stored average to two decimals", async () => {
    const s = await createSupplier({ name: "Hidden Counts Fab" });
    const users = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    for (const [i, r] of [5, 5, 4, 1].entries()) await createReview({ actor: users[i], supplierId: s.id, input: input(r) });
    await db.review.updateMany({ where: { supplierId: s.id, rating: 1 }, data: { status: "HIDDEN", hiddenReason: "spam" } });
    await db.$transaction((tx) => recomputeSupplierRating(tx, s.id));
    const row = await db.supplier.findUniqueOrThrow({ where: { id: s.id }, select: { ratingAvg: true, reviewCount: true } });
    expect(row).toEqual({ ratingAvg: 4.67, reviewCount: 3 });
    expect((await rating(s.slug)).histogram).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 2 });
  });
});

describe("review rules", () => {
  it("allows one review per user per supplier", async () => {
    const u = await createUser();
    await createReview({ actor: u, supplierId: supplier.id, input: input(4) });
    await expect(createReview({ actor: u, supplierId: supplier.id, input: input(3) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await findOwnReview({ actor: u, supplierId: supplier.id }))?.rating).toBe(4);
  });

  it("refuses editing or deleting someone else's review, and leaves it unchanged", async () => {
    const owner = await createUser();
    const other = await createUser();
    const mod = await createUser({ role: "MODERATOR" });
    const r = await createReview({ actor: owner, supplierId: supplier.id, input: input(5) });
    for (const actor of [other, mod]) {
      await expect(updateReview({ actor, reviewId: r.id, input: input(1) })).rejects.toBeInstanceOf(PermissionDenied);
      await expect(deleteReview({ actor, reviewId: r.id })).rejects.toMatchObject({ code: "FORBIDDEN", reason: "owner" });
    }
    expect((await findOwnReview({ actor: owner, supplierId: supplier.id }))?.rating).toBe(5);
  });

  it("refuses unconfirmed and banned accounts", async () => {
    const unverified = await createUser({ verified: false });
    const banned = await createUser({ status: "BANNED" });
    await expect(createReview({ actor: unverified, supplierId: supplier.id, input: input(3) })).rejects.toMatchObject({ reason: "unverified" });
    await expect(createReview({ actor: banned, supplierId: supplier.id, input: input(3) })).rejects.toMatchObject({ reason: "banned" });
  });

  it("refuses reviews of unpublished suppliers and unknown reviews", async () => {
    const pending = await createSupplier({ name: "Pending Review Fab", status: "PENDING" });
    const u = await createUser();
    await expect(createReview({ actor: u, supplierId: pending.id, input: input(3) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteReview({ actor: u, reviewId: "nope" })).rejects.toBeInstanceOf(AppError);
  });

  it("lists one's own reviews with status and the moderator's reason", async () => {
    const u = await createUser();
    const s2 = await createSupplier({ name: "Second Own Fab" });
    const r1 = await createReview({ actor: u, supplierId: supplier.id, input: input(3) });
    await createReview({ actor: u, supplierId: s2.id, input: input(4) });
    await db.review.update({ where: { id: r1.id }, data: { status: "HIDDEN", hiddenReason: "Off topic" } });
    const mine = await findOwnReviews({ actor: u });
    expect(mine).toHaveLength(2);
    expect(mine.find((r) => r.id === r1.id)).toMatchObject({ status: "HIDDEN", hiddenReason: "Off topic", supplier: { slug: supplier.slug, published: true } });
  });
});
