import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/data/audit";
import { createListingSubmission, proposeEdit, approveListing } from "@/server/data/listings";
import {
  banUser,
  changeUserRole,
  dismissReport,
  findModerationQueues,
  findUsers,
  hideReview,
  resolveReport,
  unbanUser,
} from "@/server/data/moderation";
import { findSupplierReviews } from "@/server/data/suppliers";
import { db } from "@/server/db";
import { seedReferenceData } from "@/server/seed/sample-data";
import { createSupplier } from "@/server/test/factories";
import { auditActions, createUser, listingInput } from "@/server/test/moderation-fixtures";

let moderator: Actor;

beforeAll(async () => {
  await seedReferenceData();
  moderator = await createUser({ role: "MODERATOR" });
});

async function reviewOn(supplierId: number, rating: number) {
  const author = await createUser();
  const review = await db.review.create({ data: { supplierId, authorId: author.id, rating, body: `Rated ${rating}` }, select: { id: true } });
  return { reviewId: review.id, author };
}

async function refreshedRating(supplierId: number) {
  return db.supplier.findUniqueOrThrow({ where: { id: supplierId }, select: { ratingAvg: true, reviewCount: true } });
}

describe("reviews and reports", () => {
  it("hides a review: gone from the page, the rating recomputed, audited", async () => {
    const s = await createSupplier({ name: "Review Place" });
    const good = await reviewOn(s.id, 5);
    const bad = await reviewOn(s.id, 1);
    await hideReview({ actor: moderator, reviewId: bad.reviewId, reason: "Abusive" });
    expect((await findSupplierReviews({ supplierId: s.id })).items.map((r) => r.id)).toEqual([good.reviewId]);
    expect(await refreshedRating(s.id)).toEqual({ ratingAvg: 5, reviewCount: 1 });
    expect(await auditActions(bad.reviewId)).toEqual(["review.hide"]);
    await expect(hideReview({ actor: moderator, reviewId: bad.reviewId, reason: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("recomputes the rating as every review write does (recomputeSupplierRating: rounded to two decimals)", async () => {
    const s = await createSupplier({ name: "Rounding Place" });
    for (const rating of [5, 4, 4]) await reviewOn(s.id, rating);
    const low = await reviewOn(s.id, 1);
    await hideReview({ actor: moderator, reviewId: low.reviewId, reason: "Off topic" });
    expect(await refreshedRating(s.id)).toEqual({ ratingAvg: 4.33, reviewCount: 3 });
  });

  it("resolves a report by hiding the review, closing the other reports on it", async () => {
    const s = await createSupplier({ name: "Reported Place" });
    const { reviewId } = await reviewOn(s.id, 2);
    const reporter = await createUser();
    const first = await db.report.create({ data: { reviewId, reporterId: reporter.id, reason: "ABUSE" } });
    const second = await db.report.create({ data: { reviewId, reporterId: moderator.id, reason: "SPAM" } });

    const queues = await findModerationQueues({ actor: moderator });
    expect(queues.reports.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(queues.reports[0].target).toMatchObject({ type: "review", id: reviewId, supplier: { slug: s.slug } });

    const { resolved } = await resolveReport({ actor: moderator, reportId: first.id, action: "hideReview", reason: "Insults" });
    expect(resolved.sort()).toEqual([first.id, second.id].sort());
    const reports = await db.report.findMany({ where: { reviewId }, select: { status: true, resolverId: true, resolutionNote: true } });
    expect(reports).toEqual([
      { status: "RESOLVED", resolverId: moderator.id, resolutionNote: "Insults" },
      { status: "RESOLVED", resolverId: moderator.id, resolutionNote: "Insults" },
    ]);
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("HIDDEN");
    expect(await auditActions(first.id)).toEqual(["report.resolve"]);
    expect(await auditActions(reviewId)).toEqual(["review.hide"]);
    expect((await findModerationQueues({ actor: moderator })).counts.reports).toBe(0);
  });

  it("resolves a report by banning the author, and dismisses another", async () => {
    const s = await createSupplier({ name: "Spam Place" });
    const { reviewId, author } = await reviewOn(s.id, 1);
    const reporter = await createUser();
    const report = await db.report.create({ data: { reviewId, reporterId: reporter.id, reason: "SPAM" } });
    await resolveReport({ actor: moderator, reportId: report.id, action: "banAuthor", reason: "Spam account" });
    expect(await db.user.findUniqueOrThrow({ where: { id: author.id }, select: { status: true, banReason: true } })).toEqual({
      status: "BANNED",
      banReason: "Spam account",
    });
    await expect(resolveReport({ actor: moderator, reportId: report.id, action: "none", reason: "x" })).rejects.toMatchObject({ code: "CONFLICT" });

    const listingReport = await db.report.create({ data: { supplierId: s.id, reporterId: reporter.id, reason: "WRONG_INFO" } });
    await expect(resolveReport({ actor: moderator, reportId: listingReport.id, action: "hideReview", reason: "x" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await dismissReport({ actor: moderator, reportId: listingReport.id, reason: "Checked: the address is right" });
    expect((await db.report.findUniqueOrThrow({ where: { id: listingReport.id } })).status).toBe("DISMISSED");
    expect(await auditActions(listingReport.id)).toEqual(["report.dismiss"]);
  });

  it("archives a reported listing", async () => {
    const s = await createSupplier({ name: "Closed Place" });
    const reporter = await createUser();
    const report = await db.report.create({ data: { supplierId: s.id, reporterId: reporter.id, reason: "CLOSED" } });
    await resolveReport({ actor: moderator, reportId: report.id, action: "archiveListing", reason: "Closed for good" });
    expect((await db.supplier.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("ARCHIVED");
    expect(await auditActions(s.id)).toEqual(["listing.archive"]);
  });
});

describe("users", () => {
  it("bans and unbans with reasons, never oneself", async () => {
    const target = await createUser();
    await expect(banUser({ actor: moderator, userId: moderator.id, reason: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(banUser({ actor: moderator, userId: target.id, reason: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await banUser({ actor: moderator, userId: target.id, reason: "Spam" });
    await unbanUser({ actor: moderator, userId: target.id, reason: "Appeal accepted" });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, bannedAt: true } })).toEqual({ status: "ACTIVE", bannedAt: null });
    expect(await auditActions(target.id)).toEqual(["user.ban", "user.unban"]);
  });

  it("changes roles by an admin only, on lower roles only, so the last admin always stays", async () => {
    const admin = await createUser({ role: "ADMIN" });
    // Nobody acts on their own role or on an equal: an admin cannot demote themselves or another
    // admin, and a moderator cannot ban an admin (the rank rule, lib/permissions.ts).
    await expect(changeUserRole({ actor: admin, userId: admin.id, role: "USER" })).rejects.toMatchObject({ code: "FORBIDDEN", reason: "rank" });
    await expect(banUser({ actor: moderator, userId: admin.id, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN", reason: "rank" });

    const second = await createUser({ role: "USER" });
    await changeUserRole({ actor: admin, userId: second.id, role: "ADMIN", reason: "New co-admin" });
    // The actor as the next request's getCurrentUser would read it.
    await expect(changeUserRole({ actor: { ...second, role: "ADMIN" }, userId: admin.id, role: "MODERATOR" })).rejects.toMatchObject({ reason: "rank" });
    await expect(changeUserRole({ actor: moderator, userId: second.id, role: "USER" })).rejects.toMatchObject({ reason: "role" });
    expect(await auditActions(second.id)).toEqual(["user.role"]);
    expect(await auditActions(admin.id)).toEqual([]);
    expect(await db.user.count({ where: { id: { in: [admin.id, second.id] }, role: "ADMIN", status: "ACTIVE" } })).toBe(2);
  });

  it("searches users by name or e-mail", async () => {
    const found = await createUser({ name: "Findable Fiona" });
    const { items } = await findUsers({ actor: moderator, query: "Findable" });
    expect(items.map((u) => u.id)).toEqual([found.id]);
  });
});

describe("moderation queues", () => {
  it("lists pending listings and proposals oldest first with counts", async () => {
    const user = await createUser();
    const older = await createListingSubmission({ actor: user, input: listingInput({ name: "Queue Older" }) });
    const newer = await createListingSubmission({ actor: user, input: listingInput({ name: "Queue Newer" }) });
    const published = await createListingSubmission({ actor: user, input: listingInput({ name: "Queue Published" }) });
    await approveListing({ actor: moderator, supplierId: published.id });
    const proposal = await proposeEdit({ actor: user, supplierId: published.id, input: listingInput({ name: "Queue Published", moq: 9 }) });

    const q = await findModerationQueues({ actor: moderator });
    const ids = q.listings.map((l) => l.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    expect(ids).not.toContain(published.id);
    expect(q.counts.listings).toBe(q.listings.length);
    expect(q.proposals.find((p) => p.id === proposal.id)).toMatchObject({ fields: ["moq"], supplier: { id: published.id } });
    expect(q.counts.proposals).toBeGreaterThanOrEqual(1);
  });
});
