import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { EMPTY_QUERY } from "@/lib/search/query";
import {
  approveListing,
  approveProposal,
  archiveListing,
  createListingSubmission,
  findDuplicateCandidates,
  findMySubmissions,
  getListingForReview,
  getListingValues,
  getProposalReview,
  markListingVerified,
  probeOf,
  proposeEdit,
  ProposalConflictError,
  rejectListing,
  rejectProposal,
  resubmitListing,
} from "@/server/data/listings";
import { getPublishedSupplier, findSuppliers, listPublishedSupplierSlugs } from "@/server/data/suppliers";
import { db } from "@/server/db";
import { seedReferenceData } from "@/server/seed/sample-data";
import { createSupplier } from "@/server/test/factories";
import { auditActions, createUser, listingInput } from "@/server/test/moderation-fixtures";
import type { Actor } from "@/lib/permissions";

let user: Actor;
let other: Actor;
let moderator: Actor;

beforeAll(async () => {
  await seedReferenceData();
  user = await createUser();
  other = await createUser();
  moderator = await createUser({ role: "MODERATOR" });
});

async function isPublic(slug: string): Promise<boolean> {
  try {
    await getPublishedSupplier({ slug });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("submitting, rejecting, resubmitting and approving a listing", () => {
  it("walks the whole journey, visible only once approved, every step audited", async () => {
    const input = listingInput({ name: "Journey Circuits", nameZh: "旅程电路", capabilities: ["smt", "bga"], languages: ["en", "zh"] });
    const { id, slug } = await createListingSubmission({ actor: user, input });
    expect(slug).toBe("journey-circuits");

    const stored = await db.supplier.findUniqueOrThrow({ where: { id }, select: { status: true, createdById: true, isSampleData: true, sources: true } });
    expect(stored).toEqual({ status: "PENDING", createdById: user.id, isSampleData: false, sources: input.source });
    expect(await isPublic(slug)).toBe(false);
    expect((await findSuppliers({ query: { ...EMPTY_QUERY, q: "Journey" } })).total).toBe(0);

    const { values } = await getListingValues({ actor: user, supplierId: id });
    const { source: _source, ...expected } = input;
    expect(values).toEqual({ ...expected, languages: ["en", "zh"], capabilities: ["smt", "bga"] });

    await rejectListing({ actor: moderator, supplierId: id, code: "insufficientInfo", text: "Which building?" });
    const mine = await findMySubmissions({ actor: user });
    expect(mine.listings.find((l) => l.id === id)).toMatchObject({ status: "REJECTED", rejectionCode: "insufficientInfo", rejectionReason: "Which building?" });

    await expectCode(resubmitListing({ actor: other, supplierId: id, input }), "NOT_FOUND");
    await resubmitListing({ actor: user, supplierId: id, input: { ...input, addressEn: "SEG Plaza, 5F" } });
    const again = await db.supplier.findUniqueOrThrow({ where: { id }, select: { status: true, rejectionReason: true, addressEn: true } });
    expect(again).toEqual({ status: "PENDING", rejectionReason: null, addressEn: "SEG Plaza, 5F" });

    await approveListing({ actor: moderator, supplierId: id });
    expect(await isPublic(slug)).toBe(true);
    expect((await findSuppliers({ query: { ...EMPTY_QUERY, q: "Journey" } })).items.map((s) => s.slug)).toEqual([slug]);
    expect((await findSuppliers({ query: { ...EMPTY_QUERY, q: "旅程" } })).items.map((s) => s.slug)).toEqual([slug]);
    const slugs = await listPublishedSupplierSlugs({ skip: 0, take: 1000 });
    expect(slugs.map((s) => s.slug)).toContain(slug);

    expect(await auditActions(id)).toEqual(["listing.submit", "listing.reject", "listing.resubmit", "listing.approve"]);
    const reject = await db.auditLog.findFirstOrThrow({ where: { targetId: String(id), action: "listing.reject" } });
    expect(reject).toMatchObject({ actorId: moderator.id, targetType: "supplier", reason: "insufficientInfo: Which building?" });
  });

  it("gives each new listing its own slug", async () => {
    const a = await createListingSubmission({ actor: user, input: listingInput({ name: "Twin Works" }) });
    const b = await createListingSubmission({ actor: user, input: listingInput({ name: "Twin Works" }) });
    const c = await createListingSubmission({ actor: user, input: listingInput({ name: "华强电子", nameZh: "华强电子" }) });
    expect([a.slug, b.slug, c.slug]).toEqual(["twin-works", "twin-works-2", "hua-qiang-dian-zi"]);
  });

  it("refuses moves out of the wrong state", async () => {
    const { id } = await createListingSubmission({ actor: user, input: listingInput({ name: "State Rules" }) });
    await expectCode(resubmitListing({ actor: user, supplierId: id, input: listingInput() }), "CONFLICT");
    await expectCode(markListingVerified({ actor: moderator, supplierId: id }), "CONFLICT");
    await expectCode(rejectListing({ actor: moderator, supplierId: id, code: "other", text: "" }), "BAD_REQUEST");
    await approveListing({ actor: moderator, supplierId: id });
    await expectCode(approveListing({ actor: moderator, supplierId: id }), "CONFLICT");
    await expectCode(rejectListing({ actor: moderator, supplierId: id, code: "spam" }), "CONFLICT");
    await expectCode(approveListing({ actor: moderator, supplierId: 999_999 }), "NOT_FOUND");
  });

  it("archives with a reason and marks verified", async () => {
    const { id, slug } = await createListingSubmission({ actor: user, input: listingInput({ name: "Verified Place" }) });
    await approveListing({ actor: moderator, supplierId: id });
    const { lastVerifiedAt } = await markListingVerified({ actor: moderator, supplierId: id });
    expect((await getPublishedSupplier({ slug })).lastVerifiedAt).toBe(lastVerifiedAt);
    await expectCode(archiveListing({ actor: moderator, supplierId: id, reason: "  " }), "BAD_REQUEST");
    await archiveListing({ actor: moderator, supplierId: id, reason: "Closed in 2026" });
    expect(await isPublic(slug)).toBe(false);
    expect(await auditActions(id)).toEqual(["listing.submit", "listing.approve", "listing.verify", "listing.archive"]);
  });
});

describe("edit proposals", () => {
  async function publishedListing(name: string) {
    const { id, slug } = await createListingSubmission({ actor: user, input: listingInput({ name }) });
    await approveListing({ actor: moderator, supplierId: id });
    return { id, slug };
  }

  it("stores only the changed fields and applies exactly those on approval", async () => {
    const { id, slug } = await publishedListing("Proposal Place");
    const { id: proposalId } = await proposeEdit({
      actor: other,
      supplierId: id,
      input: listingInput({ name: "Proposal Place", phone: "+8675526123456", languages: ["en", "ja"], source: "Called them" }),
    });
    const stored = await db.editProposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(JSON.parse(stored.changes)).toEqual({ phone: "+8675526123456", languages: ["en", "ja"] });
    expect(JSON.parse(stored.baseValues)).toEqual({ phone: "+8613800138000", languages: ["en"] });
    expect(stored.note).toBe("Called them");
    expect((await getPublishedSupplier({ slug })).contacts.phone).toBe("+8613800138000");

    const review = await getProposalReview({ actor: moderator, proposalId });
    expect(review.diff).toEqual([
      { field: "phone", kind: "value", before: "+8613800138000", after: "+8675526123456" },
      { field: "languages", kind: "set", added: ["ja"], removed: [] },
    ]);
    expect(review.conflicts).toEqual([]);

    await approveProposal({ actor: moderator, proposalId });
    const after = await getPublishedSupplier({ slug });
    expect(after.contacts.phone).toBe("+8675526123456");
    expect(after.languages.sort()).toEqual(["en", "ja"]);
    expect(after.moq).toBe(5);
    expect(await auditActions(proposalId)).toEqual(["proposal.create", "proposal.approve"]);
    await expectCode(approveProposal({ actor: moderator, proposalId }), "CONFLICT");
  });

  it("shows a conflict instead of overwriting a field changed in between", async () => {
    const { id, slug } = await publishedListing("Conflict Place");
    const first = await proposeEdit({ actor: other, supplierId: id, input: listingInput({ name: "Conflict Place", moq: 50 }) });
    const second = await proposeEdit({ actor: user, supplierId: id, input: listingInput({ name: "Conflict Place", moq: 100, addressEn: "New address" }) });
    await approveProposal({ actor: moderator, proposalId: first.id });

    const review = await getProposalReview({ actor: moderator, proposalId: second.id });
    expect(review.conflicts).toEqual([{ field: "moq", base: 5, current: 50, proposed: 100 }]);
    const attempt = approveProposal({ actor: moderator, proposalId: second.id });
    await expect(attempt).rejects.toBeInstanceOf(ProposalConflictError);
    const listing = await getPublishedSupplier({ slug });
    expect(listing.moq).toBe(50);
    expect(listing.addressEn).toBe("1 Huaqiang North Rd");

    await rejectProposal({ actor: moderator, proposalId: second.id, code: "wrongInfo", text: "MOQ changed meanwhile" });
    const mine = await findMySubmissions({ actor: user });
    expect(mine.proposals.find((p) => p.id === second.id)).toMatchObject({
      status: "REJECTED",
      reasonCode: "wrongInfo",
      reason: "MOQ changed meanwhile",
      fields: ["addressEn", "moq"],
      supplier: { slug },
    });
  });

  it("changes the primary category and keeps it among the categories", async () => {
    const { id, slug } = await publishedListing("Category Place");
    const { id: proposalId } = await proposeEdit({
      actor: other,
      supplierId: id,
      input: listingInput({ name: "Category Place", category: "pcb-assembly", categories: ["pcb-fab", "pcb-assembly"] }),
    });
    await approveProposal({ actor: moderator, proposalId });
    const after = await getPublishedSupplier({ slug });
    expect(after.category).toBe("pcb-assembly");
    expect(after.categories.sort()).toEqual(["pcb-assembly", "pcb-fab"]);
  });

  it("refuses a suggestion that changes nothing or targets an unpublished listing", async () => {
    const { id } = await publishedListing("Nothing Place");
    await expectCode(proposeEdit({ actor: other, supplierId: id, input: listingInput({ name: "Nothing Place" }) }), "BAD_REQUEST");
    const pending = await createListingSubmission({ actor: user, input: listingInput({ name: "Pending Place" }) });
    await expectCode(proposeEdit({ actor: other, supplierId: pending.id, input: listingInput({ name: "Other" }) }), "NOT_FOUND");
  });
});

describe("duplicate candidates", () => {
  it("finds a listing by a similar name in another language, the same site, the same phone or a point nearby", async () => {
    const hub = await createSupplier({ name: "Dupe Hub Electronics Co., Ltd.", nameZh: "深圳市杜普电子有限公司", category: "pcb-fab", lat: 22.55, lng: 114.1 });
    await db.supplier.update({ where: { id: hub.id }, data: { website: "https://www.dupehub.example/", phone: "+8675588886666" } });
    await createSupplier({ name: "Unrelated Moulding", category: "injection-molding", lat: 22.55, lng: 114.1 });
    const probe = probeOf({ ...listingInput({ name: "Something Else", website: null, phone: null, location: null }), categories: ["pcb-fab"] });

    const byName = await findDuplicateCandidates({ probe: { ...probe, names: ["杜普电子"] } });
    expect(byName.map((c) => [c.slug, c.reasons.map((r) => r.kind)])).toEqual([[hub.slug, ["name"]]]);

    const bySite = await findDuplicateCandidates({ probe: { ...probe, website: "http://dupehub.example/contact" } });
    expect(bySite.map((c) => [c.slug, c.reasons])).toEqual([[hub.slug, [{ kind: "website" }]]]);

    const byPhone = await findDuplicateCandidates({ probe: { ...probe, phone: "+8675588886666" } });
    expect(byPhone.map((c) => c.slug)).toEqual([hub.slug]);

    const near = { lat: 22.55 + 30 / 111_320, lng: 114.1 };
    const byPlace = await findDuplicateCandidates({ probe: { ...probe, location: near } });
    expect(byPlace.map((c) => [c.slug, c.reasons])).toEqual([[hub.slug, [{ kind: "nearby", metres: 30 }]]]);

    expect(await findDuplicateCandidates({ probe: { ...probe, location: near }, excludeId: hub.id })).toEqual([]);
  });

  it("shows pending listings to moderators only", async () => {
    const { id } = await createListingSubmission({ actor: user, input: listingInput({ name: "Quasar Fabrication Works", website: null, phone: null }) });
    const probe = probeOf(listingInput({ name: "Quasar Fabrication", website: null, phone: null, location: null }));
    expect(await findDuplicateCandidates({ probe })).toEqual([]);
    const forModerators = await findDuplicateCandidates({ actor: moderator, probe, statuses: ["PUBLISHED", "PENDING"] });
    expect(forModerators.map((c) => c.id)).toEqual([id]);
    const review = await getListingForReview({ actor: moderator, supplierId: id });
    expect(review.createdBy?.id).toBe(user.id);
  });
});
