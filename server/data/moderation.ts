import "server-only";
/*
 * AUTHORIZATION IS ADDED IN PHASE 2: one guard call at the top of each exported function
 * (permission names are suggestions; use those lib/permissions.ts defines). resolveReport with
 * action "banAuthor" also needs the ban permission, "archiveListing" the archive one.
 *   hideReview, resolveReport, dismissReport   requirePermission(actor, "moderate:review:any" / "resolve:report:any")
 *   banUser, unbanUser                          requirePermission(actor, "ban:user:any", target) (moderators may ban
 *                                               users; only admins may ban moderators and admins: pass the target)
 *   changeUserRole, findUsers                   requirePermission(actor, "update:role:any") (admins only)
 *   findModerationQueues                        requirePermission(actor, "read:queue:any")
 * The rules that are data rather than permissions (state moves, nobody bans themselves, the
 * last active admin stays) are enforced here, inside the transaction of the change.
 */
import { AppError } from "@/lib/errors";
import { parseStoredFieldValues } from "@/lib/listing/diff";
import type { ListingField } from "@/lib/listing/fields";
import { writeAudit, type Actor, type Tx } from "@/server/data/audit";
import { archiveInTx } from "@/server/data/listings";
import { db } from "@/server/db";
import type { Prisma, Role } from "@/prisma/generated/client";

const MAX_NOTE_LENGTH = 2000;

function note(text: string | null | undefined, required: boolean): string | null {
  const t = text?.trim() ?? "";
  if (required && t === "") throw new AppError("BAD_REQUEST", "A reason is required.");
  if (t.length > MAX_NOTE_LENGTH) throw new AppError("BAD_REQUEST", "The reason is too long.");
  return t || null;
}

// ---------------------------------------------------------------------------------------------
// Reviews

/** A supplier's rating from its visible reviews, recomputed after a review is hidden. */
async function refreshRating(tx: Tx, supplierId: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Supplier" SET
      "ratingAvg" = coalesce((SELECT avg("rating") FROM "Review" WHERE "supplierId" = ${supplierId} AND "status" = 'VISIBLE'), 0),
      "reviewCount" = (SELECT count(*) FROM "Review" WHERE "supplierId" = ${supplierId} AND "status" = 'VISIBLE')
    WHERE "id" = ${supplierId}`;
}

async function hideReviewInTx(tx: Tx, actor: Actor, reviewId: string, reason: string): Promise<void> {
  const r = await tx.review.findUnique({ where: { id: reviewId }, select: { status: true, supplierId: true, hiddenReason: true } });
  if (!r) throw new AppError("NOT_FOUND", `No review ${reviewId}.`);
  if (r.status === "HIDDEN") throw new AppError("CONFLICT", "The review is already hidden.");
  await tx.review.update({ where: { id: reviewId }, data: { status: "HIDDEN", hiddenReason: reason }, select: { id: true } });
  await refreshRating(tx, r.supplierId);
  await writeAudit(tx, {
    actor,
    action: "review.hide",
    targetType: "review",
    targetId: reviewId,
    reason,
    before: { status: "VISIBLE" },
    after: { status: "HIDDEN", hiddenReason: reason, supplierId: r.supplierId },
  });
}

/** Hides a review from the public; the supplier's rating drops it at once. */
export async function hideReview({ actor, reviewId, reason }: { actor: Actor; reviewId: string; reason: string }): Promise<void> {
  const why = note(reason, true)!;
  await db.$transaction((tx) => hideReviewInTx(tx, actor, reviewId, why));
}

// ---------------------------------------------------------------------------------------------
// Reports

/** What resolving a report does to what was reported, in the same transaction. */
export const REPORT_ACTIONS = ["none", "hideReview", "archiveListing", "banAuthor"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

async function openReport(tx: Tx, reportId: string) {
  const r = await tx.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      reviewId: true,
      supplierId: true,
      review: { select: { authorId: true } },
      supplier: { select: { createdById: true } },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", `No report ${reportId}.`);
  if (r.status !== "OPEN") throw new AppError("CONFLICT", `The report is ${r.status.toLowerCase()}.`);
  return r;
}

/**
 * Resolves a report, doing what the moderator chose (hide the review, archive the listing, ban
 * the author) in the same transaction. Other open reports about the same review or listing are
 * resolved with it when the action dealt with their target.
 */
export async function resolveReport({
  actor,
  reportId,
  action,
  reason,
}: {
  actor: Actor;
  reportId: string;
  action: ReportAction;
  reason: string;
}): Promise<{ resolved: string[] }> {
  const why = note(reason, true)!;
  return db.$transaction(async (tx) => {
    const r = await openReport(tx, reportId);
    if (action === "hideReview") {
      if (!r.reviewId) throw new AppError("BAD_REQUEST", "This report is not about a review.");
      await hideReviewInTx(tx, actor, r.reviewId, why);
    } else if (action === "archiveListing") {
      if (r.supplierId === null) throw new AppError("BAD_REQUEST", "This report is not about a listing.");
      await archiveInTx(tx, actor, r.supplierId, why);
    } else if (action === "banAuthor") {
      const authorId = r.review?.authorId ?? r.supplier?.createdById ?? null;
      if (!authorId) throw new AppError("BAD_REQUEST", "The reported content has no author to ban.");
      await banInTx(tx, actor, authorId, why);
    }
    const target: Prisma.ReportWhereInput = r.reviewId ? { reviewId: r.reviewId } : { supplierId: r.supplierId };
    const siblings =
      action === "hideReview" || action === "archiveListing"
        ? await tx.report.findMany({ where: { ...target, status: "OPEN", id: { not: reportId } }, select: { id: true } })
        : [];
    const resolved = [reportId, ...siblings.map((s) => s.id)];
    await tx.report.updateMany({
      where: { id: { in: resolved } },
      data: { status: "RESOLVED", resolverId: actor.id, resolvedAt: new Date(), resolutionNote: why },
    });
    await writeAudit(tx, {
      actor,
      action: "report.resolve",
      targetType: "report",
      targetId: reportId,
      reason: why,
      before: { status: "OPEN" },
      after: { status: "RESOLVED", action, resolved, reviewId: r.reviewId, supplierId: r.supplierId },
    });
    return { resolved };
  });
}

/** Closes a report that needs no action, with the reason why. */
export async function dismissReport({ actor, reportId, reason }: { actor: Actor; reportId: string; reason: string }): Promise<void> {
  const why = note(reason, true)!;
  await db.$transaction(async (tx) => {
    const r = await openReport(tx, reportId);
    await tx.report.update({
      where: { id: reportId },
      data: { status: "DISMISSED", resolverId: actor.id, resolvedAt: new Date(), resolutionNote: why },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "report.dismiss",
      targetType: "report",
      targetId: reportId,
      reason: why,
      before: { status: "OPEN" },
      after: { status: "DISMISSED", reviewId: r.reviewId, supplierId: r.supplierId },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Users

/**
 * Refuses a change that leaves no active admin. Called AFTER the change inside its transaction:
 * the write takes SQLite's write lock first, so two admins demoting each other at once are
 * serialised and the second sees the first's change.
 */
async function assertAnActiveAdminRemains(tx: Tx): Promise<void> {
  const admins = await tx.user.count({ where: { role: "ADMIN", status: "ACTIVE" } });
  if (admins === 0) throw new AppError("CONFLICT", "The last admin cannot be removed.");
}

async function banInTx(tx: Tx, actor: Actor, userId: string, reason: string): Promise<void> {
  if (userId === actor.id) throw new AppError("BAD_REQUEST", "You cannot ban yourself.");
  const u = await tx.user.findUnique({ where: { id: userId }, select: { status: true, role: true } });
  if (!u) throw new AppError("NOT_FOUND", `No user ${userId}.`);
  if (u.status === "BANNED") throw new AppError("CONFLICT", "The user is already banned.");
  const bannedAt = new Date();
  await tx.user.update({ where: { id: userId }, data: { status: "BANNED", bannedAt, banReason: reason }, select: { id: true } });
  // Database sessions (OAuth) end now; JWT sessions are refused by the per-request status check.
  await tx.session.deleteMany({ where: { userId } });
  if (u.role === "ADMIN") await assertAnActiveAdminRemains(tx);
  await writeAudit(tx, {
    actor,
    action: "user.ban",
    targetType: "user",
    targetId: userId,
    reason,
    before: { status: "ACTIVE", role: u.role },
    after: { status: "BANNED", bannedAt: bannedAt.toISOString() },
  });
}

export async function banUser({ actor, userId, reason }: { actor: Actor; userId: string; reason: string }): Promise<void> {
  const why = note(reason, true)!;
  await db.$transaction((tx) => banInTx(tx, actor, userId, why));
}

export async function unbanUser({ actor, userId, reason }: { actor: Actor; userId: string; reason: string }): Promise<void> {
  const why = note(reason, true)!;
  await db.$transaction(async (tx) => {
    const u = await tx.user.findUnique({ where: { id: userId }, select: { status: true, banReason: true } });
    if (!u) throw new AppError("NOT_FOUND", `No user ${userId}.`);
    if (u.status !== "BANNED") throw new AppError("CONFLICT", "The user is not banned.");
    await tx.user.update({ where: { id: userId }, data: { status: "ACTIVE", bannedAt: null, banReason: null }, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: "user.unban",
      targetType: "user",
      targetId: userId,
      reason: why,
      before: { status: "BANNED", banReason: u.banReason },
      after: { status: "ACTIVE" },
    });
  });
}

/** Changes a user's role; refused when it would leave no active admin. */
export async function changeUserRole({ actor, userId, role, reason }: { actor: Actor; userId: string; role: Role; reason?: string | null }): Promise<void> {
  const why = note(reason, false);
  await db.$transaction(async (tx) => {
    const u = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!u) throw new AppError("NOT_FOUND", `No user ${userId}.`);
    if (u.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true } });
    if (u.role === "ADMIN") await assertAnActiveAdminRemains(tx);
    await writeAudit(tx, { actor, action: "user.role", targetType: "user", targetId: userId, reason: why, before: { role: u.role }, after: { role } });
  });
}

export const USERS_PAGE_SIZE = 50;

/** Users matching a name or e-mail fragment, for the admin user list. */
export async function findUsers({ query = "", page = 1 }: { actor: Actor; query?: string; page?: number }) {
  const q = query.trim().slice(0, 100);
  const where: Prisma.UserWhereInput = q ? { OR: [{ email: { contains: q } }, { name: { contains: q } }] } : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, email: true, name: true, role: true, status: true, bannedAt: true, banReason: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return {
    items: items.map((u) => ({ ...u, bannedAt: u.bannedAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString() })),
    total,
    page,
    pageSize: USERS_PAGE_SIZE,
  };
}

// ---------------------------------------------------------------------------------------------
// Queues

export type ModerationQueues = {
  counts: { listings: number; proposals: number; reports: number };
  listings: { id: number; slug: string; name: string; nameZh: string | null; category: string; district: string | null; createdAt: string; submitter: { id: string; name: string | null } | null }[];
  proposals: { id: string; createdAt: string; fields: ListingField[]; supplier: { id: number; slug: string; name: string }; proposer: { id: string; name: string | null } }[];
  reports: {
    id: string;
    reason: string;
    details: string | null;
    createdAt: string;
    reporter: { id: string; name: string | null };
    target:
      | { type: "review"; id: string; excerpt: string; supplier: { slug: string; name: string } }
      | { type: "supplier"; id: number; slug: string; name: string };
  }[];
};

/** Pending listings, pending proposals and open reports, oldest first, with their counts. */
export async function findModerationQueues({ limit = 20 }: { actor: Actor; limit?: number }): Promise<ModerationQueues> {
  // Rows an import is still writing wait as PENDING with their job id; they are not submissions.
  const pendingListings = { status: "PENDING", importJobId: null } as const;
  const [listingCount, proposalCount, reportCount, listings, proposals, reports] = await Promise.all([
    db.supplier.count({ where: pendingListings }),
    db.editProposal.count({ where: { status: "PENDING" } }),
    db.report.count({ where: { status: "OPEN" } }),
    db.supplier.findMany({
      where: pendingListings,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        slug: true,
        name: true,
        nameZh: true,
        district: true,
        createdAt: true,
        primaryCategory: { select: { slug: true } },
        createdBy: { select: { id: true, name: true } },
      },
    }),
    db.editProposal.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        createdAt: true,
        changes: true,
        supplier: { select: { id: true, slug: true, name: true } },
        proposer: { select: { id: true, name: true } },
      },
    }),
    db.report.findMany({
      where: { status: "OPEN" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        reason: true,
        details: true,
        createdAt: true,
        reporter: { select: { id: true, name: true } },
        review: { select: { id: true, body: true, supplier: { select: { slug: true, name: true } } } },
        supplier: { select: { id: true, slug: true, name: true } },
      },
    }),
  ]);
  return {
    counts: { listings: listingCount, proposals: proposalCount, reports: reportCount },
    listings: listings.map((l) => ({
      id: l.id,
      slug: l.slug,
      name: l.name,
      nameZh: l.nameZh,
      category: l.primaryCategory.slug,
      district: l.district,
      createdAt: l.createdAt.toISOString(),
      submitter: l.createdBy,
    })),
    proposals: proposals.map((p) => ({
      id: p.id,
      createdAt: p.createdAt.toISOString(),
      fields: Object.keys(parseStoredFieldValues(p.changes)) as ListingField[],
      supplier: p.supplier,
      proposer: p.proposer,
    })),
    reports: reports.map((r) => ({
      id: r.id,
      reason: r.reason,
      details: r.details,
      createdAt: r.createdAt.toISOString(),
      reporter: r.reporter,
      target: r.review
        ? { type: "review" as const, id: r.review.id, excerpt: r.review.body.slice(0, 200), supplier: r.review.supplier }
        : { type: "supplier" as const, id: r.supplier!.id, slug: r.supplier!.slug, name: r.supplier!.name },
    })),
  };
}
