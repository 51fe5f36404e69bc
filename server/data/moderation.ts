import "server-only";
/*
 * Moderation and administration. Every exported function authorizes inside, first thing, with
 * the acting user (`actor`: lib/permissions.ts's Actor as getCurrentUser returns it, or null):
 *   hideReview                                   "hide:review:any"
 *   dismissReport                                "resolve:report:any"
 *   resolveReport                                "resolve:report:any", plus the permission of what it
 *                                                does: "hide:review:any", "archive:listing:any" or
 *                                                "ban:user:any" on the author (rank rule)
 *   banUser, unbanUser                           "ban:user:any" on the target user: only someone of a
 *                                                lower role, never oneself (lib/permissions.ts `outranks`)
 *   changeUserRole                               "update:role:any" on the target user (admins only)
 *   findUsers                                    "ban:user:any": staff look people up to ban or unban
 *   findModerationQueues, findListings, getReportForReview
 *                                                "read:moderation:any"
 * The rules that are data rather than permissions (state moves, the last active admin stays)
 * are enforced here, inside the transaction of the change.
 */
import { AppError } from "@/lib/errors";
import { parseStoredFieldValues } from "@/lib/listing/diff";
import type { ListingField } from "@/lib/listing/fields";
import { assertCan, type Actor, type Permission } from "@/lib/permissions";
import type { ReportAction } from "@/lib/schemas/moderation";
import { writeAudit, type Tx } from "@/server/data/audit";
import { archiveInTx } from "@/server/data/listings";
import { recomputeSupplierRating } from "@/server/data/reviews";
import { db } from "@/server/db";
import type { Prisma, Role, SupplierStatus } from "@/prisma/generated/client";

const MAX_NOTE_LENGTH = 2000;

const ACTION_PERMISSION = {
  hideReview: "hide:review:any",
  archiveListing: "archive:listing:any",
  banAuthor: "ban:user:any",
} as const satisfies Record<Exclude<ReportAction, "none">, Permission>;

function note(text: string | null | undefined, required: boolean): string | null {
  const t = text?.trim() ?? "";
  if (required && t === "") throw new AppError("BAD_REQUEST", "A reason is required.");
  if (t.length > MAX_NOTE_LENGTH) throw new AppError("BAD_REQUEST", "The reason is too long.");
  return t || null;
}

// ---------------------------------------------------------------------------------------------
// Reviews

async function hideReviewInTx(tx: Tx, actor: Actor, reviewId: string, reason: string): Promise<void> {
  const r = await tx.review.findUnique({ where: { id: reviewId }, select: { status: true, supplierId: true, hiddenReason: true } });
  if (!r) throw new AppError("NOT_FOUND", `No review ${reviewId}.`);
  if (r.status === "HIDDEN") throw new AppError("CONFLICT", "The review is already hidden.");
  await tx.review.update({ where: { id: reviewId }, data: { status: "HIDDEN", hiddenReason: reason }, select: { id: true } });
  await recomputeSupplierRating(tx, r.supplierId);
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
export async function hideReview({ actor, reviewId, reason }: { actor: Actor | null; reviewId: string; reason: string }): Promise<void> {
  const staff = assertCan(actor, "hide:review:any");
  const why = note(reason, true)!;
  await db.$transaction((tx) => hideReviewInTx(tx, staff, reviewId, why));
}

// ---------------------------------------------------------------------------------------------
// Reports

export { REPORT_ACTIONS, type ReportAction } from "@/lib/schemas/moderation";

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
  actor: Actor | null;
  reportId: string;
  action: ReportAction;
  reason: string;
}): Promise<{ resolved: string[] }> {
  const staff = assertCan(actor, "resolve:report:any");
  // The action's own permission before anything is read (the rank rule is checked on the author).
  if (action !== "none") assertCan(staff, ACTION_PERMISSION[action]);
  const why = note(reason, true)!;
  return db.$transaction(async (tx) => {
    const r = await openReport(tx, reportId);
    if (action === "hideReview") {
      if (!r.reviewId) throw new AppError("BAD_REQUEST", "This report is not about a review.");
      await hideReviewInTx(tx, staff, r.reviewId, why);
    } else if (action === "archiveListing") {
      if (r.supplierId === null) throw new AppError("BAD_REQUEST", "This report is not about a listing.");
      await archiveInTx(tx, staff, r.supplierId, why);
    } else if (action === "banAuthor") {
      const authorId = r.review?.authorId ?? r.supplier?.createdById ?? null;
      if (!authorId) throw new AppError("BAD_REQUEST", "The reported content has no author to ban.");
      await banInTx(tx, staff, authorId, why);
    }
    const target: Prisma.ReportWhereInput = r.reviewId ? { reviewId: r.reviewId } : { supplierId: r.supplierId };
    const siblings =
      action === "hideReview" || action === "archiveListing"
        ? await tx.report.findMany({ where: { ...target, status: "OPEN", id: { not: reportId } }, select: { id: true } })
        : [];
    const resolved = [reportId, ...siblings.map((s) => s.id)];
    await tx.report.updateMany({
      where: { id: { in: resolved } },
      data: { status: "RESOLVED", resolverId: staff.id, resolvedAt: new Date(), resolutionNote: why },
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
export async function dismissReport({ actor, reportId, reason }: { actor: Actor | null; reportId: string; reason: string }): Promise<void> {
  const staff = assertCan(actor, "resolve:report:any");
  const why = note(reason, true)!;
  await db.$transaction(async (tx) => {
    const r = await openReport(tx, reportId);
    await tx.report.update({
      where: { id: reportId },
      data: { status: "DISMISSED", resolverId: staff.id, resolvedAt: new Date(), resolutionNote: why },
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

/** The user acted on, after checking the actor outranks them for `permission`. */
async function targetUser(tx: Tx, actor: Actor, userId: string, permission: "ban:user:any" | "update:role:any") {
  const u = await tx.user.findUnique({ where: { id: userId }, select: { status: true, role: true, banReason: true } });
  if (!u) throw new AppError("NOT_FOUND", `No user ${userId}.`);
  assertCan(actor, permission, { ownerId: userId, role: u.role });
  return u;
}

async function banInTx(tx: Tx, actor: Actor, userId: string, reason: string): Promise<void> {
  if (userId === actor.id) throw new AppError("BAD_REQUEST", "You cannot ban yourself.");
  const u = await targetUser(tx, actor, userId, "ban:user:any");
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

export async function banUser({ actor, userId, reason }: { actor: Actor | null; userId: string; reason: string }): Promise<void> {
  const staff = assertCan(actor, "ban:user:any");
  const why = note(reason, true)!;
  await db.$transaction((tx) => banInTx(tx, staff, userId, why));
}

export async function unbanUser({ actor, userId, reason }: { actor: Actor | null; userId: string; reason: string }): Promise<void> {
  const staff = assertCan(actor, "ban:user:any");
  const why = note(reason, true)!;
  await db.$transaction(async (tx) => {
    const u = await targetUser(tx, staff, userId, "ban:user:any");
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
export async function changeUserRole({
  actor,
  userId,
  role,
  reason,
}: {
  actor: Actor | null;
  userId: string;
  role: Role;
  reason?: string | null;
}): Promise<void> {
  const admin = assertCan(actor, "update:role:any");
  const why = note(reason, false);
  await db.$transaction(async (tx) => {
    const u = await targetUser(tx, admin, userId, "update:role:any");
    if (u.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true } });
    if (u.role === "ADMIN") await assertAnActiveAdminRemains(tx);
    await writeAudit(tx, { actor, action: "user.role", targetType: "user", targetId: userId, reason: why, before: { role: u.role }, after: { role } });
  });
}

export const USERS_PAGE_SIZE = 50;

/** Users matching a name or e-mail fragment, for the admin user list. */
export async function findUsers({ actor, query = "", page = 1 }: { actor: Actor | null; query?: string; page?: number }) {
  assertCan(actor, "ban:user:any");
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
export async function findModerationQueues({ actor, limit = 20 }: { actor: Actor | null; limit?: number }): Promise<ModerationQueues> {
  assertCan(actor, "read:moderation:any");
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

// ---------------------------------------------------------------------------------------------
// Reports and listings, one at a time

export type ReportForReview = {
  id: string;
  reason: string;
  details: string | null;
  status: string;
  createdAt: string;
  resolvedAt: string | null;
  resolutionNote: string | null;
  reporter: { id: string; name: string | null };
  resolver: { id: string; name: string | null } | null;
  /** Other open reports about the same review or listing. */
  openSiblings: number;
  review: {
    id: string;
    rating: number;
    title: string | null;
    body: string;
    status: string;
    hiddenReason: string | null;
    createdAt: string;
    author: { id: string; name: string | null; role: Role; status: string };
    supplier: { id: number; slug: string; name: string; status: SupplierStatus; ratingAvg: number; reviewCount: number };
  } | null;
  listing: {
    id: number;
    slug: string;
    name: string;
    status: SupplierStatus;
    submitter: { id: string; name: string | null; role: Role; status: string } | null;
  } | null;
};

/** A report with what it is about, for the moderator deciding what to do with it. */
export async function getReportForReview({ actor, reportId }: { actor: Actor | null; reportId: string }): Promise<ReportForReview> {
  assertCan(actor, "read:moderation:any");
  const person = { select: { id: true, name: true, role: true, status: true } } as const;
  const r = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      reason: true,
      details: true,
      status: true,
      createdAt: true,
      resolvedAt: true,
      resolutionNote: true,
      reviewId: true,
      supplierId: true,
      reporter: { select: { id: true, name: true } },
      resolver: { select: { id: true, name: true } },
      review: {
        select: {
          id: true,
          rating: true,
          title: true,
          body: true,
          status: true,
          hiddenReason: true,
          createdAt: true,
          author: person,
          supplier: { select: { id: true, slug: true, name: true, status: true, ratingAvg: true, reviewCount: true } },
        },
      },
      supplier: { select: { id: true, slug: true, name: true, status: true, createdBy: person } },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", `No report ${reportId}.`);
  const openSiblings = await db.report.count({
    where: { status: "OPEN", id: { not: r.id }, ...(r.reviewId ? { reviewId: r.reviewId } : { supplierId: r.supplierId }) },
  });
  return {
    id: r.id,
    reason: r.reason,
    details: r.details,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolutionNote: r.resolutionNote,
    reporter: r.reporter,
    resolver: r.resolver,
    openSiblings,
    review: r.review ? { ...r.review, createdAt: r.review.createdAt.toISOString() } : null,
    listing: r.supplier ? { id: r.supplier.id, slug: r.supplier.slug, name: r.supplier.name, status: r.supplier.status, submitter: r.supplier.createdBy } : null,
  };
}

export const LISTINGS_PAGE_SIZE = 50;

/**
 * Listings of any status by a fragment of a name or of the slug, newest first: how staff reach a
 * published listing to mark it verified or archive it. Rows an import is still writing are left out.
 */
export async function findListings({
  actor,
  query = "",
  status = null,
  page = 1,
}: {
  actor: Actor | null;
  query?: string;
  status?: SupplierStatus | null;
  page?: number;
}) {
  assertCan(actor, "read:moderation:any");
  const q = query.trim().slice(0, 100);
  const where: Prisma.SupplierWhereInput = {
    importJobId: null,
    ...(status ? { status } : {}),
    ...(q ? { OR: [{ name: { contains: q } }, { nameZh: { contains: q } }, { nameJa: { contains: q } }, { slug: { contains: q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.supplier.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * LISTINGS_PAGE_SIZE,
      take: LISTINGS_PAGE_SIZE,
      select: { id: true, slug: true, name: true, nameZh: true, status: true, district: true, lastVerifiedAt: true, createdAt: true },
    }),
    db.supplier.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({ ...r, lastVerifiedAt: r.lastVerifiedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() })),
    total,
    page,
    pageSize: LISTINGS_PAGE_SIZE,
  };
}
