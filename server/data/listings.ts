import "server-only";
/*
 * Listings: submitting, suggesting edits, moderating. Every exported entry point takes one
 * options object with the acting user (`actor`, lib/permissions.ts's Actor as getCurrentUser
 * returns it, or null for a visitor) and authorizes inside, before reading or writing:
 *   createListingSubmission  "create:listing:own"       (+ rate limit and form guard in the action)
 *   resubmitListing          "update:listing:own" on the listing (its submitter)
 *   proposeEdit              "propose:listing:any"      (+ rate limit and form guard in the action)
 *   getListingValues         published: "propose:listing:any"; otherwise the submitter's
 *                            "update:listing:own" (anyone else's is NOT_FOUND) or "read:moderation:any"
 *   findMySubmissions        a signed-in user (it lists the actor's own)
 *   approveListing           "approve:listing:any"      rejectListing        "reject:listing:any"
 *   archiveListing           "archive:listing:any"      markListingVerified  "verify:listing:any"
 *   approveProposal          "approve:proposal:any"     rejectProposal       "reject:proposal:any"
 *   getListingForReview, getProposalReview             "read:moderation:any"
 *   findDuplicateCandidates  published candidates for anyone; pending ones "read:moderation:any"
 * `archiveInTx` is resolveReport's building block; its caller checks the archive permission.
 * `findListingBySlug` returns only what the caller asks for; the pages decide who sees what.
 * The state rules (which status may move to which) are enforced here too, inside the
 * transaction of the change.
 */
import { AppError } from "@/lib/errors";
import { assertCan, can, decide, PermissionDenied, type Actor } from "@/lib/permissions";
import {
  boxAround,
  duplicateReasons,
  duplicateStrength,
  nameMatchQueries,
  shortNameCores,
  NEARBY_METRES,
  type DuplicateProbe,
  type DuplicateReason,
} from "@/lib/listing/duplicates";
import { applyChanges, computeChanges, diffForDisplay, findConflicts, parseStoredFieldValues, type Conflict, type FieldDiff, type FieldValues } from "@/lib/listing/diff";
import { LISTING_FIELDS, type ListingField, type ListingValues, type LocationPrecision, type StoreKind } from "@/lib/listing/fields";
import { reasonProblem, type RejectionCode } from "@/lib/listing/reasons";
import type { ListingInput } from "@/lib/listing/schema";
import { listingSlugBase, nextFreeSlug } from "@/lib/listing/slug";
import type { CategorySlug, DistrictSlug } from "@/lib/taxonomy";
import { siteHost } from "@/lib/url";
import { writeAudit, type Tx } from "@/server/data/audit";
import { db, readRows } from "@/server/db";
import type { Prisma, SupplierStatus } from "@/prisma/generated/client";

// ---------------------------------------------------------------------------------------------
// Reading and writing a listing's values

export const LISTING_VALUES_SELECT = {
  name: true,
  nameZh: true,
  nameJa: true,
  district: true,
  addressEn: true,
  addressZh: true,
  lat: true,
  lng: true,
  coordDatum: true,
  locationPrecision: true,
  website: true,
  email: true,
  phone: true,
  wechatId: true,
  qq: true,
  moq: true,
  moqNote: true,
  leadTimeDaysMin: true,
  leadTimeDaysMax: true,
  acceptsPrototypes: true,
  acceptsSmallOrders: true,
  openingHours: true,
  description: true,
  descriptionZh: true,
  descriptionJa: true,
  foundedYear: true,
  primaryCategory: { select: { slug: true } },
  categories: { select: { category: { select: { slug: true, sortOrder: true } } } },
  capabilities: { select: { capability: { select: { slug: true, sortOrder: true } } } },
  languages: { select: { language: true } },
  paymentMethods: { select: { method: true } },
  certifications: { select: { certification: true } },
  storeLinks: { select: { kind: true, url: true }, orderBy: { id: "asc" } },
} satisfies Prisma.SupplierSelect;

type ListingRow = Prisma.SupplierGetPayload<{ select: typeof LISTING_VALUES_SELECT }>;

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

export function toListingValues(s: ListingRow): ListingValues {
  return {
    name: s.name,
    nameZh: s.nameZh,
    nameJa: s.nameJa,
    category: s.primaryCategory.slug as CategorySlug,
    categories: s.categories.map((c) => c.category).sort(bySortOrder).map((c) => c.slug),
    capabilities: s.capabilities.map((c) => c.capability).sort(bySortOrder).map((c) => c.slug),
    district: s.district as DistrictSlug | null,
    addressEn: s.addressEn,
    addressZh: s.addressZh,
    location: s.lat === null || s.lng === null ? null : { lat: s.lat, lng: s.lng, datum: s.coordDatum },
    locationPrecision: s.locationPrecision as LocationPrecision | null,
    website: s.website,
    email: s.email,
    phone: s.phone,
    wechatId: s.wechatId,
    qq: s.qq,
    storeLinks: s.storeLinks.map((l) => ({ kind: l.kind as StoreKind, url: l.url })),
    languages: s.languages.map((l) => l.language).sort(),
    moq: s.moq,
    moqNote: s.moqNote,
    leadTimeDaysMin: s.leadTimeDaysMin,
    leadTimeDaysMax: s.leadTimeDaysMax,
    acceptsPrototypes: s.acceptsPrototypes,
    acceptsSmallOrders: s.acceptsSmallOrders,
    paymentMethods: s.paymentMethods.map((p) => p.method).sort(),
    certifications: s.certifications.map((c) => c.certification).sort(),
    openingHours: s.openingHours,
    description: s.description,
    descriptionZh: s.descriptionZh,
    descriptionJa: s.descriptionJa,
    foundedYear: s.foundedYear,
  };
}

async function readListing(tx: Tx, id: number) {
  const s = await tx.supplier.findUnique({
    where: { id },
    select: { id: true, slug: true, status: true, createdById: true, importJobId: true, ...LISTING_VALUES_SELECT },
  });
  if (!s) throw new AppError("NOT_FOUND", `No listing ${id}.`);
  return { id: s.id, slug: s.slug, status: s.status, createdById: s.createdById, importJobId: s.importJobId, values: toListingValues(s) };
}

async function idsBySlug(tx: Tx, table: "category" | "capability", slugs: readonly string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows =
    table === "category"
      ? await tx.category.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } })
      : await tx.capability.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  return slugs.map((slug) => {
    const id = ids.get(slug);
    if (id === undefined) throw new AppError("BAD_REQUEST", `Unknown ${table} "${slug}".`);
    return id;
  });
}

type SupplierColumns = Prisma.SupplierUncheckedUpdateInput;

/** The Supplier columns for the scalar fields among `values`. */
async function scalarColumns(tx: Tx, values: FieldValues): Promise<SupplierColumns> {
  const out: SupplierColumns = {};
  for (const field of Object.keys(values) as ListingField[]) {
    const kind = LISTING_FIELDS[field];
    if (kind === "set" || kind === "storeLinks") continue;
    if (field === "category") [out.primaryCategoryId] = await idsBySlug(tx, "category", [values.category!]);
    else if (field === "location") {
      const p = values.location ?? null;
      out.lat = p?.lat ?? null;
      out.lng = p?.lng ?? null;
      out.coordDatum = p?.datum ?? "WGS84";
    } else (out as Record<string, unknown>)[field] = values[field] ?? null;
  }
  return out;
}

/** Replaces the related rows of the list fields among `values`. */
async function writeRelations(tx: Tx, supplierId: number, values: FieldValues): Promise<void> {
  if (values.categories) {
    const ids = await idsBySlug(tx, "category", values.categories);
    await tx.supplierCategory.deleteMany({ where: { supplierId } });
    await tx.supplierCategory.createMany({ data: ids.map((categoryId) => ({ supplierId, categoryId })) });
  }
  if (values.capabilities) {
    const ids = await idsBySlug(tx, "capability", values.capabilities);
    await tx.supplierCapability.deleteMany({ where: { supplierId } });
    await tx.supplierCapability.createMany({ data: ids.map((capabilityId) => ({ supplierId, capabilityId })) });
  }
  if (values.languages) {
    await tx.supplierLanguage.deleteMany({ where: { supplierId } });
    await tx.supplierLanguage.createMany({ data: values.languages.map((language) => ({ supplierId, language })) });
  }
  if (values.paymentMethods) {
    await tx.supplierPaymentMethod.deleteMany({ where: { supplierId } });
    await tx.supplierPaymentMethod.createMany({ data: values.paymentMethods.map((method) => ({ supplierId, method })) });
  }
  if (values.certifications) {
    await tx.supplierCertification.deleteMany({ where: { supplierId } });
    await tx.supplierCertification.createMany({ data: values.certifications.map((certification) => ({ supplierId, certification })) });
  }
  if (values.storeLinks) {
    await tx.storeLink.deleteMany({ where: { supplierId } });
    await tx.storeLink.createMany({ data: values.storeLinks.map((l) => ({ supplierId, kind: l.kind, url: l.url })) });
  }
}

/** Writes the given fields of a listing (and only those). */
async function writeListingValues(tx: Tx, supplierId: number, values: FieldValues, extra: SupplierColumns = {}): Promise<void> {
  await tx.supplier.update({ where: { id: supplierId }, data: { ...(await scalarColumns(tx, values)), ...extra }, select: { id: true } });
  await writeRelations(tx, supplierId, values);
  if (values.category) {
    // The primary category is always among the categories, even when only it changed.
    const [categoryId] = await idsBySlug(tx, "category", [values.category]);
    await tx.supplierCategory.upsert({
      where: { supplierId_categoryId: { supplierId, categoryId } },
      create: { supplierId, categoryId },
      update: {},
    });
  }
}

/** A slug no other supplier has: base, base-2, base-3, … */
async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.supplier.findMany({
    // A range rather than LIKE: it uses the slug index ("." sorts right after "-").
    where: { OR: [{ slug: base }, { slug: { gte: `${base}-`, lt: `${base}.` } }] },
    select: { slug: true },
  });
  return nextFreeSlug(base, new Set(taken.map((t) => t.slug)));
}

function checkReason(code: string, text: string | null | undefined): string | null {
  const problem = reasonProblem(code, text);
  if (problem) throw new AppError("BAD_REQUEST", `Rejection reason: ${problem}.`);
  return text?.trim() || null;
}

const auditReason = (code: string, text: string | null) => (text ? `${code}: ${text}` : code);

function splitInput(input: ListingInput): { values: ListingValues; source: string | null } {
  const { source, ...values } = input;
  return { values, source };
}

// ---------------------------------------------------------------------------------------------
// Submitting

/**
 * A new listing from a signed-in user: PENDING until a moderator approves it.
 * Guard: "create:listing:own" (signed in, not banned, e-mail confirmed).
 */
export async function createListingSubmission({ actor, input }: { actor: Actor | null; input: ListingInput }): Promise<{ id: number; slug: string }> {
  const user = assertCan(actor, "create:listing:own");
  const { values, source } = splitInput(input);
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, listingSlugBase(values));
    const [primaryCategoryId] = await idsBySlug(tx, "category", [values.category]);
    const { id } = await tx.supplier.create({
      data: {
        slug,
        name: values.name,
        primaryCategoryId,
        status: "PENDING",
        isSampleData: false,
        createdById: user.id,
        sources: source,
      },
      select: { id: true },
    });
    await writeListingValues(tx, id, values);
    await writeAudit(tx, { actor: user, action: "listing.submit", targetType: "supplier", targetId: id, after: { slug, status: "PENDING", values } });
    return { id, slug };
  });
}

/**
 * The user's own submission, or NOT_FOUND: someone else's unpublished listing is reported as
 * missing, not as forbidden, because its existence is not theirs to learn. Staff hold
 * "update:listing:any", but a resubmission is still the submitter's alone.
 */
function assertOwnSubmission(actor: Actor | null, listing: { id: number; createdById: string | null }): Actor {
  const decision = decide(actor, "update:listing:own", { ownerId: listing.createdById });
  if (!decision.allowed && decision.reason !== "owner") throw new PermissionDenied("update:listing:own", decision.reason);
  if (!decision.allowed || listing.createdById !== actor!.id) throw new AppError("NOT_FOUND", `No listing ${listing.id}.`);
  return actor!;
}

/**
 * The submitter's fixed version of a REJECTED listing: back to PENDING for another look.
 * Guard: "update:listing:own" on the listing's creator; anyone else's is NOT_FOUND.
 */
export async function resubmitListing({ actor, supplierId, input }: { actor: Actor | null; supplierId: number; input: ListingInput }): Promise<void> {
  // Refuse anonymous, banned and unconfirmed callers before reading anything.
  const user = assertCan(actor, "create:listing:own");
  const { values, source } = splitInput(input);
  await db.$transaction(async (tx) => {
    const current = await readListing(tx, supplierId);
    assertOwnSubmission(user, current);
    if (current.status !== "REJECTED") throw new AppError("CONFLICT", "Only a rejected listing can be resubmitted.");
    const { changes, baseValues } = computeChanges(current.values, values);
    await writeListingValues(tx, supplierId, changes, {
      status: "PENDING",
      rejectionCode: null,
      rejectionReason: null,
      ...(source ? { sources: source } : {}),
    });
    await writeAudit(tx, {
      actor: user,
      action: "listing.resubmit",
      targetType: "supplier",
      targetId: supplierId,
      before: { status: "REJECTED", ...baseValues },
      after: { status: "PENDING", ...changes },
    });
  });
}

/** A suggested edit that would change nothing: the form says so rather than storing it. */
export class NothingToProposeError extends AppError {
  constructor() {
    super("BAD_REQUEST", "The suggestion changes nothing.");
  }
}

/**
 * A suggested edit of a published listing, stored as the changed fields only and the values the
 * proposer saw. The listing itself does not change.
 * Guard: "propose:listing:any" (signed in, not banned, e-mail confirmed).
 */
export async function proposeEdit({ actor, supplierId, input }: { actor: Actor | null; supplierId: number; input: ListingInput }): Promise<{ id: string }> {
  const user = assertCan(actor, "propose:listing:any");
  const { values, source } = splitInput(input);
  return db.$transaction(async (tx) => {
    const current = await readListing(tx, supplierId);
    if (current.status !== "PUBLISHED") throw new AppError("NOT_FOUND", `No published listing ${supplierId}.`);
    const edit = computeChanges(current.values, values);
    if (Object.keys(edit.changes).length === 0) throw new NothingToProposeError();
    const { id } = await tx.editProposal.create({
      data: {
        supplierId,
        proposerId: user.id,
        changes: JSON.stringify(edit.changes),
        baseValues: JSON.stringify(edit.baseValues),
        note: source,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: user,
      action: "proposal.create",
      targetType: "proposal",
      targetId: id,
      before: { supplierId, ...edit.baseValues },
      after: { supplierId, ...edit.changes },
    });
    return { id };
  });
}

// ---------------------------------------------------------------------------------------------
// Moderating listings

async function moveListing(
  tx: Tx,
  supplierId: number,
  from: readonly SupplierStatus[],
  data: Prisma.SupplierUncheckedUpdateInput,
): Promise<SupplierStatus> {
  const s = await tx.supplier.findUnique({ where: { id: supplierId }, select: { status: true, importJobId: true } });
  if (!s) throw new AppError("NOT_FOUND", `No listing ${supplierId}.`);
  if (!from.includes(s.status)) throw new AppError("CONFLICT", `The listing is ${s.status.toLowerCase()}.`);
  await tx.supplier.update({ where: { id: supplierId }, data, select: { id: true } });
  return s.status;
}

/** Publishes a pending listing: search, map, sitemap, API and exports show it from the commit on. */
export async function approveListing({ actor, supplierId }: { actor: Actor | null; supplierId: number }): Promise<void> {
  assertCan(actor, "approve:listing:any");
  await db.$transaction(async (tx) => {
    const listing = await readListing(tx, supplierId);
    if (listing.status !== "PENDING" || listing.importJobId !== null) throw new AppError("CONFLICT", `The listing is ${listing.status.toLowerCase()}.`);
    if (listing.values.district === null || listing.values.location === null) {
      throw new AppError("CONFLICT", "A listing needs a district and a location before it can be published.");
    }
    const publishedAt = new Date();
    await moveListing(tx, supplierId, ["PENDING"], { status: "PUBLISHED", publishedAt, rejectionCode: null, rejectionReason: null });
    await writeAudit(tx, {
      actor,
      action: "listing.approve",
      targetType: "supplier",
      targetId: supplierId,
      before: { status: "PENDING" },
      after: { status: "PUBLISHED", publishedAt: publishedAt.toISOString() },
    });
  });
}

/** Rejects a pending listing with a template reason and free text, both shown to the submitter. */
export async function rejectListing({
  actor,
  supplierId,
  code,
  text,
}: {
  actor: Actor | null;
  supplierId: number;
  code: RejectionCode;
  text?: string | null;
}): Promise<void> {
  assertCan(actor, "reject:listing:any");
  const reason = checkReason(code, text);
  await db.$transaction(async (tx) => {
    await moveListing(tx, supplierId, ["PENDING"], { status: "REJECTED", rejectionCode: code, rejectionReason: reason });
    await writeAudit(tx, {
      actor,
      action: "listing.reject",
      targetType: "supplier",
      targetId: supplierId,
      reason: auditReason(code, reason),
      before: { status: "PENDING" },
      after: { status: "REJECTED", rejectionCode: code, rejectionReason: reason },
    });
  });
}

/** Takes a listing out of the directory (closed, spam, duplicate); it stays in the database. */
export async function archiveListing({ actor, supplierId, reason }: { actor: Actor | null; supplierId: number; reason: string }): Promise<void> {
  const staff = assertCan(actor, "archive:listing:any");
  await db.$transaction((tx) => archiveInTx(tx, staff, supplierId, reason));
}

export async function archiveInTx(tx: Tx, actor: Actor, supplierId: number, reason: string): Promise<void> {
  const why = reason.trim();
  if (why === "") throw new AppError("BAD_REQUEST", "Archiving needs a reason.");
  const before = await moveListing(tx, supplierId, ["PUBLISHED", "PENDING"], { status: "ARCHIVED" });
  await writeAudit(tx, { actor, action: "listing.archive", targetType: "supplier", targetId: supplierId, reason: why, before: { status: before }, after: { status: "ARCHIVED" } });
}

/** "Checked today": sets lastVerifiedAt, shown on the detail page. */
export async function markListingVerified({ actor, supplierId }: { actor: Actor | null; supplierId: number }): Promise<{ lastVerifiedAt: string }> {
  assertCan(actor, "verify:listing:any");
  return db.$transaction(async (tx) => {
    const s = await tx.supplier.findUnique({ where: { id: supplierId }, select: { status: true, lastVerifiedAt: true } });
    if (!s) throw new AppError("NOT_FOUND", `No listing ${supplierId}.`);
    if (s.status !== "PUBLISHED") throw new AppError("CONFLICT", `The listing is ${s.status.toLowerCase()}.`);
    const lastVerifiedAt = new Date();
    await tx.supplier.update({ where: { id: supplierId }, data: { lastVerifiedAt }, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: "listing.verify",
      targetType: "supplier",
      targetId: supplierId,
      before: { lastVerifiedAt: s.lastVerifiedAt?.toISOString() ?? null },
      after: { lastVerifiedAt: lastVerifiedAt.toISOString() },
    });
    return { lastVerifiedAt: lastVerifiedAt.toISOString() };
  });
}

// ---------------------------------------------------------------------------------------------
// Moderating edit proposals

async function readProposal(tx: Tx, proposalId: string) {
  const p = await tx.editProposal.findUnique({
    where: { id: proposalId },
    select: { id: true, supplierId: true, status: true, changes: true, baseValues: true },
  });
  if (!p) throw new AppError("NOT_FOUND", `No proposal ${proposalId}.`);
  return { ...p, edit: { changes: parseStoredFieldValues(p.changes), baseValues: parseStoredFieldValues(p.baseValues) } };
}

export class ProposalConflictError extends AppError {
  constructor(readonly conflicts: Conflict[]) {
    super("CONFLICT", `The listing changed since the suggestion was made: ${conflicts.map((c) => c.field).join(", ")}.`);
  }
}

/**
 * Applies exactly the proposed fields. When someone changed one of them since the proposal was
 * made, nothing is written and ProposalConflictError lists the conflicts.
 */
export async function approveProposal({ actor, proposalId }: { actor: Actor | null; proposalId: string }): Promise<void> {
  const staff = assertCan(actor, "approve:proposal:any");
  await db.$transaction(async (tx) => {
    const p = await readProposal(tx, proposalId);
    if (p.status !== "PENDING") throw new AppError("CONFLICT", `The proposal is ${p.status.toLowerCase()}.`);
    const listing = await readListing(tx, p.supplierId);
    if (listing.status !== "PUBLISHED") throw new AppError("CONFLICT", `The listing is ${listing.status.toLowerCase()}.`);
    const conflicts = findConflicts(listing.values, p.edit);
    if (conflicts.length > 0) throw new ProposalConflictError(conflicts);
    const next = applyChanges(listing.values, p.edit.changes);
    const fields = Object.keys(p.edit.changes) as ListingField[];
    const toWrite = Object.fromEntries(fields.map((f) => [f, next[f]])) as FieldValues;
    if (toWrite.category !== undefined) toWrite.categories = next.categories;
    await writeListingValues(tx, p.supplierId, toWrite);
    await tx.editProposal.update({ where: { id: proposalId }, data: { status: "APPROVED", reviewerId: staff.id, reviewedAt: new Date() }, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: "proposal.approve",
      targetType: "proposal",
      targetId: proposalId,
      before: { supplierId: p.supplierId, ...Object.fromEntries(fields.map((f) => [f, listing.values[f]])) },
      after: { supplierId: p.supplierId, ...toWrite },
    });
  });
}

export async function rejectProposal({
  actor,
  proposalId,
  code,
  text,
}: {
  actor: Actor | null;
  proposalId: string;
  code: RejectionCode;
  text?: string | null;
}): Promise<void> {
  const staff = assertCan(actor, "reject:proposal:any");
  const reason = checkReason(code, text);
  await db.$transaction(async (tx) => {
    const p = await readProposal(tx, proposalId);
    if (p.status !== "PENDING") throw new AppError("CONFLICT", `The proposal is ${p.status.toLowerCase()}.`);
    await tx.editProposal.update({
      where: { id: proposalId },
      data: { status: "REJECTED", reasonCode: code, reason, reviewerId: staff.id, reviewedAt: new Date() },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "proposal.reject",
      targetType: "proposal",
      targetId: proposalId,
      reason: auditReason(code, reason),
      before: { status: "PENDING" },
      after: { status: "REJECTED", supplierId: p.supplierId },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Views for the forms and the moderation pages

/**
 * A listing's values, to fill the suggest-an-edit form (published) or the resubmit form (own).
 * Guard: a published listing needs "propose:listing:any"; any other status, the submitter's
 * "update:listing:own" (someone else's is NOT_FOUND) or staff's "read:moderation:any".
 */
export async function getListingValues({ actor, supplierId }: { actor: Actor | null; supplierId: number }) {
  const listing = await readListing(db, supplierId);
  if (listing.status === "PUBLISHED") assertCan(actor, "propose:listing:any");
  else if (!can(actor, "read:moderation:any")) assertOwnSubmission(actor, listing);
  return listing;
}

/** The slug's supplier id and status, for routes that take a slug. */
export async function findListingBySlug({ slug }: { slug: string }) {
  return db.supplier.findUnique({ where: { slug }, select: { id: true, slug: true, status: true, createdById: true } });
}

export type ProposalReview = {
  id: string;
  status: string;
  note: string | null;
  createdAt: string;
  proposer: { id: string; name: string | null };
  supplier: { id: number; slug: string; name: string; status: string };
  diff: FieldDiff[];
  /** Fields changed by someone else since the proposal was made; approving is refused while any. */
  conflicts: Conflict[];
};

export async function getProposalReview({ actor, proposalId }: { actor: Actor | null; proposalId: string }): Promise<ProposalReview> {
  assertCan(actor, "read:moderation:any");
  const p = await db.editProposal.findUnique({
    where: { id: proposalId },
    select: {
      id: true,
      status: true,
      note: true,
      createdAt: true,
      changes: true,
      baseValues: true,
      supplierId: true,
      proposer: { select: { id: true, name: true } },
    },
  });
  if (!p) throw new AppError("NOT_FOUND", `No proposal ${proposalId}.`);
  const listing = await readListing(db, p.supplierId);
  const edit = { changes: parseStoredFieldValues(p.changes), baseValues: parseStoredFieldValues(p.baseValues) };
  return {
    id: p.id,
    status: p.status,
    note: p.note,
    createdAt: p.createdAt.toISOString(),
    proposer: p.proposer,
    supplier: { id: listing.id, slug: listing.slug, name: listing.values.name, status: listing.status },
    diff: diffForDisplay(edit),
    conflicts: p.status === "PENDING" ? findConflicts(listing.values, edit) : [],
  };
}

/** A pending listing as it would be published, with who sent it and the possible duplicates. */
export async function getListingForReview({ actor, supplierId }: { actor: Actor | null; supplierId: number }) {
  assertCan(actor, "read:moderation:any");
  const listing = await readListing(db, supplierId);
  const meta = await db.supplier.findUniqueOrThrow({
    where: { id: supplierId },
    select: {
      sources: true,
      createdAt: true,
      publishedAt: true,
      lastVerifiedAt: true,
      rejectionCode: true,
      rejectionReason: true,
      createdBy: { select: { id: true, name: true, email: true } },
    },
  });
  const duplicates = await findDuplicateCandidates({
    actor,
    probe: probeOf(listing.values),
    excludeId: supplierId,
    statuses: ["PUBLISHED", "PENDING"],
  });
  return {
    ...listing,
    ...meta,
    createdAt: meta.createdAt.toISOString(),
    publishedAt: meta.publishedAt?.toISOString() ?? null,
    lastVerifiedAt: meta.lastVerifiedAt?.toISOString() ?? null,
    duplicates,
  };
}

// ---------------------------------------------------------------------------------------------
// Duplicate candidates

export type DuplicateCandidate = {
  id: number;
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  status: SupplierStatus;
  district: string | null;
  reasons: DuplicateReason[];
};

export function probeOf(v: Pick<ListingValues, "name" | "nameZh" | "nameJa" | "website" | "phone" | "location" | "categories">): DuplicateProbe {
  return {
    names: [v.name, v.nameZh, v.nameJa].filter((n): n is string => !!n),
    website: v.website,
    phone: v.phone,
    location: v.location ? { lat: v.location.lat, lng: v.location.lng } : null,
    categories: v.categories,
  };
}

const NAME_CANDIDATES = 30;
const MAX_CANDIDATES = 200;

/** Ids of suppliers whose names match the name queries of one of `names`, or share a short core. */
function nameCandidateIds(names: readonly string[]): number[] {
  const ids: number[] = [];
  for (const name of names) {
    for (const { match, ranked } of nameMatchQueries(name)) {
      const rows = readRows(`SELECT rowid AS id FROM supplier_name_fts WHERE supplier_name_fts MATCH ?${ranked ? " ORDER BY rank" : ""} LIMIT ?`, [
        match,
        NAME_CANDIDATES,
      ]);
      ids.push(...rows.map((r) => Number(r.id)));
    }
    for (const core of shortNameCores(name)) {
      // One or two characters cannot use trigrams: a scan of the names, only for names whose whole
      // distinctive core is that short.
      const like = `%${core.replace(/[\\%_]/g, "\\$&")}%`;
      const rows = readRows(
        `SELECT "id" FROM "Supplier" WHERE "name" LIKE ? ESCAPE '\\' OR "nameZh" LIKE ? ESCAPE '\\' OR "nameJa" LIKE ? ESCAPE '\\' LIMIT ?`,
        [like, like, like, NAME_CANDIDATES],
      );
      ids.push(...rows.map((r) => Number(r.id)));
    }
  }
  return ids;
}

/** Ids of suppliers on the same site host, found by ranges over the URL prefixes (indexed). */
function websiteCandidateIds(website: string): number[] {
  const host = siteHost(website);
  if (host === null) return [];
  const prefixes = ["http://", "https://", "http://www.", "https://www."].map((p) => p + host);
  const rows = readRows(
    `SELECT "id" FROM "Supplier" WHERE ${prefixes.map(() => `("website" >= ? AND "website" < ?)`).join(" OR ")} LIMIT ?`,
    [...prefixes.flatMap((p) => [p, `${p}\u{10FFFF}`]), MAX_CANDIDATES],
  );
  return rows.map((r) => Number(r.id));
}

/**
 * Listings that may be the same place as `probe` ("is it one of these?"), strongest first.
 * Each kind of evidence is one indexed lookup (trigram index, URL and phone indexes, a bounding
 * box on the status/lat/lng index); only the few candidates found are scored in full.
 * Guard: published candidates are public facts, for anyone; any other status (pending
 * submissions) needs "read:moderation:any".
 */
export async function findDuplicateCandidates({
  actor,
  probe,
  excludeId,
  statuses = ["PUBLISHED"],
  limit = 10,
}: {
  actor?: Actor | null;
  probe: DuplicateProbe;
  excludeId?: number;
  statuses?: SupplierStatus[];
  limit?: number;
}): Promise<DuplicateCandidate[]> {
  if (statuses.some((s) => s !== "PUBLISHED")) assertCan(actor, "read:moderation:any");
  const ids = new Set<number>(nameCandidateIds(probe.names));
  if (probe.website) for (const id of websiteCandidateIds(probe.website)) ids.add(id);
  if (probe.phone) {
    for (const r of readRows(`SELECT "id" FROM "Supplier" WHERE "phone" = ? LIMIT ?`, [probe.phone, MAX_CANDIDATES])) ids.add(Number(r.id));
  }
  if (probe.location) {
    const box = boxAround(probe.location, NEARBY_METRES);
    const rows = readRows(
      `SELECT "id" FROM "Supplier" WHERE "status" IN (${statuses.map(() => "?").join(", ")})
          AND "lat" BETWEEN ? AND ? AND "lng" BETWEEN ? AND ? LIMIT ?`,
      [...statuses, box.minLat, box.maxLat, box.minLng, box.maxLng, MAX_CANDIDATES],
    );
    for (const r of rows) ids.add(Number(r.id));
  }
  if (excludeId !== undefined) ids.delete(excludeId);
  if (ids.size === 0) return [];
  const list = [...ids];
  const rows = readRows(
    `SELECT s."id", s."slug", s."name", s."nameZh", s."nameJa", s."status", s."district", s."website", s."phone", s."lat", s."lng",
            (SELECT group_concat(c."slug") FROM "SupplierCategory" sc JOIN "Category" c ON c."id" = sc."categoryId" WHERE sc."supplierId" = s."id") AS "categories"
       FROM "Supplier" s
      WHERE s."id" IN (${list.map(() => "?").join(", ")}) AND s."status" IN (${statuses.map(() => "?").join(", ")})`,
    [...list, ...statuses],
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const scored = rows.flatMap((r) => {
    const candidate: DuplicateProbe = {
      names: [r.name, r.nameZh, r.nameJa].map(text).filter((n): n is string => n !== null),
      website: text(r.website),
      phone: text(r.phone),
      location: r.lat === null || r.lng === null ? null : { lat: Number(r.lat), lng: Number(r.lng) },
      categories: typeof r.categories === "string" ? r.categories.split(",") : [],
    };
    const reasons = duplicateReasons(probe, candidate);
    if (reasons.length === 0) return [];
    return [
      {
        id: Number(r.id),
        slug: String(r.slug),
        name: String(r.name),
        nameZh: text(r.nameZh),
        nameJa: text(r.nameJa),
        status: String(r.status) as SupplierStatus,
        district: text(r.district),
        reasons,
      },
    ];
  });
  return scored.sort((a, b) => duplicateStrength(b.reasons) - duplicateStrength(a.reasons) || a.id - b.id).slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// A user's own submissions

export type MySubmissions = {
  listings: {
    id: number;
    slug: string;
    name: string;
    nameZh: string | null;
    nameJa: string | null;
    status: SupplierStatus;
    rejectionCode: string | null;
    rejectionReason: string | null;
    /** What the submitter said about how they know the place, to fill the resubmit form. */
    source: string | null;
    createdAt: string;
    updatedAt: string;
  }[];
  proposals: {
    id: string;
    status: string;
    reasonCode: string | null;
    reason: string | null;
    fields: ListingField[];
    createdAt: string;
    reviewedAt: string | null;
    supplier: { slug: string; name: string; nameZh: string | null; nameJa: string | null; status: SupplierStatus };
  }[];
};

/**
 * The listings the actor submitted and the edits they suggested, newest first, with any reasons.
 * Guard: a signed-in user, who only ever sees their own. Banned and unconfirmed accounts still
 * read their own history (like their reviews on /me); only writing is refused to them.
 */
export async function findMySubmissions({ actor }: { actor: Actor | null }): Promise<MySubmissions> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in first.");
  const userId = actor.id;
  const [listings, proposals] = await Promise.all([
    db.supplier.findMany({
      where: { createdById: userId, importJobId: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        slug: true,
        name: true,
        nameZh: true,
        nameJa: true,
        status: true,
        rejectionCode: true,
        rejectionReason: true,
        sources: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.editProposal.findMany({
      where: { proposerId: userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        status: true,
        reasonCode: true,
        reason: true,
        changes: true,
        createdAt: true,
        reviewedAt: true,
        supplier: { select: { slug: true, name: true, nameZh: true, nameJa: true, status: true } },
      },
    }),
  ]);
  return {
    listings: listings.map(({ sources, ...l }) => ({ ...l, source: sources, createdAt: l.createdAt.toISOString(), updatedAt: l.updatedAt.toISOString() })),
    proposals: proposals.map(({ changes, ...p }) => ({
      ...p,
      fields: Object.keys(parseStoredFieldValues(changes)) as ListingField[],
      createdAt: p.createdAt.toISOString(),
      reviewedAt: p.reviewedAt?.toISOString() ?? null,
    })),
  };
}
