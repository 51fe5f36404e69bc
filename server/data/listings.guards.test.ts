import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import {
  createListingSubmission,
  findDuplicateCandidates,
  findMySubmissions,
  getListingValues,
  NothingToProposeError,
  probeOf,
  proposeEdit,
  rejectListing,
  resubmitListing,
} from "@/server/data/listings";
import { db } from "@/server/db";
import { seedReferenceData } from "@/server/seed/sample-data";
import { createSupplier, createUser } from "@/server/test/factories";
import { listingInput } from "@/server/test/moderation-fixtures";

/**
 * The user-facing listing functions authorise inside: whatever page or action calls them, an
 * anonymous, banned or unconfirmed caller, or someone else than the submitter, is refused and
 * nothing is written.
 */

let member: Actor;
let other: Actor;
let moderator: Actor;
let banned: Actor;
let unverified: Actor;

beforeAll(async () => {
  await seedReferenceData();
  member = await createUser();
  other = await createUser();
  moderator = await createUser({ role: "MODERATOR" });
  banned = await createUser({ status: "BANNED" });
  unverified = await createUser({ verified: false });
});

const REFUSED = [
  ["anonymous", () => null, { code: "UNAUTHORIZED", reason: "anonymous" }],
  ["banned", () => banned, { code: "FORBIDDEN", reason: "banned" }],
  ["unverified", () => unverified, { code: "FORBIDDEN", reason: "unverified" }],
] as const;

const supplierCount = () => db.supplier.count();
const proposalCount = () => db.editProposal.count();

/** A listing submitted by `member`, then rejected by a moderator (so it may be resubmitted). */
async function rejectedListing(name: string) {
  const { id } = await createListingSubmission({ actor: member, input: listingInput({ name, website: null, phone: null }) });
  await rejectListing({ actor: moderator, supplierId: id, code: "insufficientInfo", text: "Which floor?" });
  return id;
}

describe("createListingSubmission", () => {
  it.each(REFUSED)("refuses a %s caller and writes nothing", async (_, who, error) => {
    const before = await supplierCount();
    await expect(createListingSubmission({ actor: who(), input: listingInput({ name: "Refused Works" }) })).rejects.toMatchObject(error);
    expect(await supplierCount()).toBe(before);
  });

  it("takes the creator from the actor", async () => {
    const { id } = await createListingSubmission({ actor: member, input: listingInput({ name: "Guarded Works", website: null, phone: null }) });
    expect(await db.supplier.findUniqueOrThrow({ where: { id }, select: { createdById: true, status: true } })).toEqual({ createdById: member.id, status: "PENDING" });
  });
});

describe("resubmitListing", () => {
  it.each(REFUSED)("refuses a %s caller", async (_, who, error) => {
    const id = await rejectedListing(`Resubmit Refused ${_}`);
    await expect(resubmitListing({ actor: who(), supplierId: id, input: listingInput({ name: "Changed" }) })).rejects.toMatchObject(error);
    expect(await db.supplier.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "REJECTED" });
  });

  it("reports someone else's listing as missing, to members and to moderators alike", async () => {
    const id = await rejectedListing("Resubmit Other Owner");
    await expect(resubmitListing({ actor: other, supplierId: id, input: listingInput({ name: "Hijack" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resubmitListing({ actor: moderator, supplierId: id, input: listingInput({ name: "Hijack" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.supplier.findUniqueOrThrow({ where: { id }, select: { status: true, name: true } })).toEqual({ status: "REJECTED", name: "Resubmit Other Owner" });
  });

  it("lets the submitter resubmit", async () => {
    const id = await rejectedListing("Resubmit Own");
    await resubmitListing({ actor: member, supplierId: id, input: listingInput({ name: "Resubmit Own", addressEn: "SEG Plaza 5F" }) });
    expect(await db.supplier.findUniqueOrThrow({ where: { id }, select: { status: true, addressEn: true } })).toEqual({ status: "PENDING", addressEn: "SEG Plaza 5F" });
  });
});

describe("proposeEdit", () => {
  it.each(REFUSED)("refuses a %s caller and stores nothing", async (_, who, error) => {
    const s = await createSupplier({ name: `Propose Refused ${_}` });
    const before = await proposalCount();
    await expect(proposeEdit({ actor: who(), supplierId: s.id, input: listingInput({ name: "Renamed" }) })).rejects.toMatchObject(error);
    expect(await proposalCount()).toBe(before);
  });

  it("says when a suggestion changes nothing", async () => {
    const { id } = await createListingSubmission({ actor: member, input: listingInput({ name: "Unchanged Place", website: null, phone: null }) });
    await db.supplier.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await expect(proposeEdit({ actor: other, supplierId: id, input: listingInput({ name: "Unchanged Place", website: null, phone: null }) })).rejects.toBeInstanceOf(
      NothingToProposeError,
    );
  });
});

describe("getListingValues", () => {
  it("gives a published listing's values to members who may suggest edits, not to anonymous, banned or unconfirmed callers", async () => {
    const s = await createSupplier({ name: "Readable Published" });
    await expect(getListingValues({ actor: other, supplierId: s.id })).resolves.toMatchObject({ slug: s.slug });
    for (const [, who, error] of REFUSED) await expect(getListingValues({ actor: who(), supplierId: s.id })).rejects.toMatchObject(error);
  });

  it("gives an unpublished listing to its submitter and to staff; to anyone else it does not exist", async () => {
    const id = await rejectedListing("Readable Rejected");
    await expect(getListingValues({ actor: member, supplierId: id })).resolves.toMatchObject({ id, status: "REJECTED" });
    await expect(getListingValues({ actor: moderator, supplierId: id })).resolves.toMatchObject({ id });
    await expect(getListingValues({ actor: other, supplierId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const [, who, error] of REFUSED) await expect(getListingValues({ actor: who(), supplierId: id })).rejects.toMatchObject(error);
  });
});

describe("findMySubmissions", () => {
  it("refuses anonymous callers and lists only the caller's own", async () => {
    await expect(findMySubmissions({ actor: null })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const id = await rejectedListing("Mine Only");
    expect((await findMySubmissions({ actor: member })).listings.map((l) => l.id)).toContain(id);
    expect((await findMySubmissions({ actor: other })).listings.map((l) => l.id)).not.toContain(id);
  });
});

describe("findDuplicateCandidates", () => {
  it("shows pending candidates to staff only", async () => {
    const { id } = await createListingSubmission({ actor: member, input: listingInput({ name: "Zephyrine Tooling Works", website: null, phone: null }) });
    const probe = probeOf(listingInput({ name: "Zephyrine Tooling", website: null, phone: null, location: null }));
    const pending = ["PUBLISHED", "PENDING"] as const;
    for (const who of [null, member, other, banned, unverified]) {
      await expect(findDuplicateCandidates({ actor: who, probe, statuses: [...pending] })).rejects.toMatchObject({ code: who ? "FORBIDDEN" : "UNAUTHORIZED" });
      expect(await findDuplicateCandidates({ actor: who, probe })).toEqual([]);
    }
    expect((await findDuplicateCandidates({ actor: moderator, probe, statuses: [...pending] })).map((c) => c.id)).toEqual([id]);
  });
});
