import { beforeAll, describe, expect, it } from "vitest";
import { PermissionDenied, type Actor, type DenialReason } from "@/lib/permissions";
import { findAuditLog } from "@/server/data/audit";
import { applyImport, getImportJob, previewImport, startImport } from "@/server/data/import";
import {
  approveListing,
  approveProposal,
  archiveListing,
  getListingForReview,
  getProposalReview,
  markListingVerified,
  rejectListing,
  rejectProposal,
} from "@/server/data/listings";
import {
  banUser,
  changeUserRole,
  dismissReport,
  findListings,
  findModerationQueues,
  findUsers,
  getReportForReview,
  hideReview,
  resolveReport,
  unbanUser,
} from "@/server/data/moderation";
import { db } from "@/server/db";
import { seedReferenceData } from "@/server/seed/sample-data";
import { createSupplier } from "@/server/test/factories";
import { createUser } from "@/server/test/moderation-fixtures";

/**
 * Every moderator and admin data function checks the permission table itself, first thing:
 * whoever calls it (a page, an action, a script) cannot skip the check. Each call below names
 * things that do not exist, so a missing guard shows up as NOT_FOUND instead of a refusal.
 */
type Call = (actor: Actor | null) => Promise<unknown>;
// Invalid (unknown category): an import that gets past the guard stops before writing anything.
const CSV = "slug,name,category,district,lat,lng\n,Guard Test,no-such-category,futian,22.54,114.05\n";

const STAFF_FUNCTIONS: Record<string, Call> = {
  approveListing: (actor) => approveListing({ actor, supplierId: 999_999 }),
  rejectListing: (actor) => rejectListing({ actor, supplierId: 999_999, code: "spam" }),
  archiveListing: (actor) => archiveListing({ actor, supplierId: 999_999, reason: "closed" }),
  markListingVerified: (actor) => markListingVerified({ actor, supplierId: 999_999 }),
  approveProposal: (actor) => approveProposal({ actor, proposalId: "missing" }),
  rejectProposal: (actor) => rejectProposal({ actor, proposalId: "missing", code: "spam" }),
  getListingForReview: (actor) => getListingForReview({ actor, supplierId: 999_999 }),
  getProposalReview: (actor) => getProposalReview({ actor, proposalId: "missing" }),
  hideReview: (actor) => hideReview({ actor, reviewId: "missing", reason: "abuse" }),
  dismissReport: (actor) => dismissReport({ actor, reportId: "missing", reason: "fine" }),
  "resolveReport (none)": (actor) => resolveReport({ actor, reportId: "missing", action: "none", reason: "done" }),
  "resolveReport (hideReview)": (actor) => resolveReport({ actor, reportId: "missing", action: "hideReview", reason: "done" }),
  "resolveReport (archiveListing)": (actor) => resolveReport({ actor, reportId: "missing", action: "archiveListing", reason: "done" }),
  "resolveReport (banAuthor)": (actor) => resolveReport({ actor, reportId: "missing", action: "banAuthor", reason: "done" }),
  banUser: (actor) => banUser({ actor, userId: "missing", reason: "spam" }),
  unbanUser: (actor) => unbanUser({ actor, userId: "missing", reason: "appeal" }),
  findUsers: (actor) => findUsers({ actor }),
  findModerationQueues: (actor) => findModerationQueues({ actor }),
  findListings: (actor) => findListings({ actor }),
  getReportForReview: (actor) => getReportForReview({ actor, reportId: "missing" }),
};

const ADMIN_FUNCTIONS: Record<string, Call> = {
  changeUserRole: (actor) => changeUserRole({ actor, userId: "missing", role: "MODERATOR" }),
  findAuditLog: (actor) => findAuditLog({ actor }),
  previewImport: (actor) => previewImport({ actor, csv: CSV }),
  startImport: (actor) => startImport({ actor, csv: CSV }),
  applyImport: (actor) => applyImport({ actor, csv: CSV }),
  getImportJob: (actor) => getImportJob({ actor, jobId: "missing" }),
};

let user: Actor;
let bannedAdmin: Actor;
let unverifiedModerator: Actor;
let moderator: Actor;
let admin: Actor;

beforeAll(async () => {
  await seedReferenceData();
  user = await createUser();
  moderator = await createUser({ role: "MODERATOR" });
  admin = await createUser({ role: "ADMIN" });
  // A ban outweighs any role.
  bannedAdmin = { ...(await createUser({ role: "ADMIN" })), status: "BANNED" };
  await db.user.update({ where: { id: bannedAdmin.id }, data: { status: "BANNED" } });
  unverifiedModerator = { ...(await createUser({ role: "MODERATOR" })), emailVerified: false };
});

async function refusal(call: Promise<unknown>): Promise<DenialReason | "allowed"> {
  try {
    await call;
    return "allowed";
  } catch (error) {
    if (error instanceof PermissionDenied) return error.reason;
    // Past the guard: refused by the data (nothing by that id), which proves the guard let it through.
    return "allowed";
  }
}

describe("moderator and admin data functions refuse", () => {
  const cases: [string, () => Actor | null, DenialReason][] = [
    ["a visitor", () => null, "anonymous"],
    ["a banned admin", () => bannedAdmin, "banned"],
    ["a plain user", () => user, "role"],
  ];
  for (const [name, call] of Object.entries({ ...STAFF_FUNCTIONS, ...ADMIN_FUNCTIONS })) {
    it(`${name}: visitors, banned accounts and plain users`, async () => {
      for (const [, who, reason] of cases) expect(await refusal(call(who()))).toBe(reason);
    });
  }
  for (const [name, call] of Object.entries(ADMIN_FUNCTIONS)) {
    it(`${name}: moderators too (admins only)`, async () => {
      expect(await refusal(call(moderator))).toBe("role");
      expect(await refusal(call(admin))).toBe("allowed");
    });
  }
  for (const [name, call] of Object.entries(STAFF_FUNCTIONS)) {
    it(`${name}: lets moderators through`, async () => {
      expect(await refusal(call(moderator))).toBe("allowed");
    });
  }

  it("writes by a moderator whose address is not confirmed; reads are allowed", async () => {
    expect(await refusal(STAFF_FUNCTIONS.approveListing(unverifiedModerator))).toBe("unverified");
    expect(await refusal(STAFF_FUNCTIONS.findModerationQueues(unverifiedModerator))).toBe("allowed");
  });
});

describe("the rank rule", () => {
  it("a moderator cannot change roles, not even of a plain user; an admin can", async () => {
    const target = await createUser();
    await expect(changeUserRole({ actor: moderator, userId: target.id, role: "MODERATOR" })).rejects.toMatchObject({ reason: "role" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("USER");
    await changeUserRole({ actor: admin, userId: target.id, role: "MODERATOR" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("MODERATOR");
  });

  it("bans reach only lower roles, never oneself", async () => {
    const otherModerator = await createUser({ role: "MODERATOR" });
    const member = await createUser();
    await expect(banUser({ actor: moderator, userId: otherModerator.id, reason: "no" })).rejects.toMatchObject({ reason: "rank" });
    await expect(banUser({ actor: moderator, userId: admin.id, reason: "no" })).rejects.toMatchObject({ reason: "rank" });
    await expect(banUser({ actor: moderator, userId: moderator.id, reason: "no" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await banUser({ actor: moderator, userId: member.id, reason: "spam" });
    await expect(unbanUser({ actor: moderator, userId: member.id, reason: "appeal" })).resolves.toBeUndefined();
    await banUser({ actor: admin, userId: otherModerator.id, reason: "abuse of the role" });
    const banned = await db.user.findMany({ where: { id: { in: [otherModerator.id, admin.id, moderator.id] }, status: "BANNED" }, select: { id: true } });
    expect(banned.map((b) => b.id)).toEqual([otherModerator.id]);
  });

  it("a moderator cannot resolve a report by banning a fellow moderator", async () => {
    const s = await createSupplier({ name: "Rank Rule Place" });
    const author = await createUser({ role: "MODERATOR" });
    const review = await db.review.create({ data: { supplierId: s.id, authorId: author.id, rating: 1, body: "Written by a moderator" } });
    const report = await db.report.create({ data: { reviewId: review.id, reporterId: user.id, reason: "ABUSE" } });
    await expect(resolveReport({ actor: moderator, reportId: report.id, action: "banAuthor", reason: "no" })).rejects.toMatchObject({ reason: "rank" });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("OPEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).status).toBe("ACTIVE");
  });
});
