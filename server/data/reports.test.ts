import { describe, expect, it } from "vitest";
import { reportSchema } from "@/lib/schemas/report";
import { reviewSchema } from "@/lib/schemas/review";
import { db } from "@/server/db";
import { createSupplier, createUser } from "@/server/test/factories";
import { createReport } from "./reports";
import { createReview } from "./reviews";

const body = "Ordered fifty two-layer boards; they arrived in four days, well packed.";

describe("createReport", () => {
  it("files one open report per user and target, on reviews and listings", async () => {
    const s = await createSupplier({ name: "Reported Fab" });
    const author = await createUser();
    const reporter = await createUser();
    const review = await createReview({ actor: author, supplierId: s.id, input: reviewSchema.parse({ rating: "1", body }) });
    const onReview = reportSchema.parse({ target: "review", targetId: review.id, reason: "ABUSE" });
    const onListing = reportSchema.parse({ target: "listing", targetId: s.slug, reason: "CLOSED", details: "Moved to Longhua in 2025." });
    await createReport({ actor: reporter, input: onReview });
    await createReport({ actor: reporter, input: onListing });
    await expect(createReport({ actor: reporter, input: onReview })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createReport({ actor: reporter, input: onListing })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(2);
    // Once resolved, the same person may report again.
    await db.report.updateMany({ where: { reporterId: reporter.id, reviewId: review.id }, data: { status: "RESOLVED" } });
    await createReport({ actor: reporter, input: onReview });
  });

  it("is enforced by the database too", async () => {
    const s = await createSupplier({ name: "Trigger Fab" });
    const reporter = await createUser();
    await db.report.create({ data: { supplierId: s.id, reporterId: reporter.id, reason: "SPAM" } });
    // The adapter words a trigger's RAISE as a foreign-key failure.
    await expect(db.report.create({ data: { supplierId: s.id, reporterId: reporter.id, reason: "OTHER" } })).rejects.toMatchObject({ code: "P2003" });
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(1);
    await db.report.create({ data: { supplierId: s.id, reporterId: reporter.id, reason: "OTHER", status: "DISMISSED" } });
  });

  it("refuses hidden reviews, unpublished listings and unconfirmed reporters", async () => {
    const s = await createSupplier({ name: "Hidden Target Fab" });
    const pending = await createSupplier({ name: "Pending Target Fab", status: "PENDING" });
    const author = await createUser();
    const review = await createReview({ actor: author, supplierId: s.id, input: reviewSchema.parse({ rating: "2", body }) });
    await db.review.update({ where: { id: review.id }, data: { status: "HIDDEN" } });
    const reporter = await createUser();
    await expect(createReport({ actor: reporter, input: reportSchema.parse({ target: "review", targetId: review.id, reason: "SPAM" }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createReport({ actor: reporter, input: reportSchema.parse({ target: "listing", targetId: pending.slug, reason: "SPAM" }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const unverified = await createUser({ verified: false });
    await expect(createReport({ actor: unverified, input: reportSchema.parse({ target: "listing", targetId: s.slug, reason: "SPAM" }) })).rejects.toMatchObject({
      reason: "unverified",
    });
  });
});
