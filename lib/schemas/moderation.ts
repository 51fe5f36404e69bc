/**
 * The moderation and admin forms: one schema per form, used by the form for its limits and
 * re-checked by the server action. Errors are message keys in the `formErrors` namespace.
 */
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "../audit";
import { REJECTION_CODES, MAX_REASON_LENGTH } from "../listing/reasons";
import { ROLES } from "../permissions";
import { toPlainText } from "../plain-text";

/** What resolving a report does to what was reported, in the same transaction. */
export const REPORT_ACTIONS = [
  "none",
  "hideReview",
  "archiveListing",
  "banAuthor",
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Reasons and notes are shown to people (submitters, banned users) and kept in the audit log. */
export const MODERATION_NOTE_MAX = MAX_REASON_LENGTH;

const note = z
  .string()
  .optional()
  .transform((v) => toPlainText(v ?? "").trim())
  .pipe(z.string().max(MODERATION_NOTE_MAX, "moderationNoteTooLong"));

const requiredNote = note.pipe(z.string().min(1, "moderationReasonRequired"));

const textId = z.string("notFound").trim().min(1, "notFound").max(64, "notFound");
const listingId = z.coerce.number("notFound").int("notFound").positive("notFound");

export const listingActionSchema = z.object({ supplierId: listingId });

export const rejectListingSchema = z
  .object({ supplierId: listingId, code: z.enum(REJECTION_CODES, "rejectionCodeRequired"), text: note })
  .superRefine((v, ctx) => {
    if (v.code === "other" && v.text === "") ctx.addIssue({ code: "custom", path: ["text"], message: "rejectionTextRequired" });
  });

export const archiveListingSchema = z.object({ supplierId: listingId, reason: requiredNote });

export const proposalActionSchema = z.object({ proposalId: textId });

export const rejectProposalSchema = z
  .object({ proposalId: textId, code: z.enum(REJECTION_CODES, "rejectionCodeRequired"), text: note })
  .superRefine((v, ctx) => {
    if (v.code === "other" && v.text === "") ctx.addIssue({ code: "custom", path: ["text"], message: "rejectionTextRequired" });
  });

export const hideReviewSchema = z.object({ reviewId: textId, reason: requiredNote });

export const resolveReportSchema = z.object({
  reportId: textId,
  action: z.enum(REPORT_ACTIONS, "reportActionRequired"),
  reason: requiredNote,
});

export const dismissReportSchema = z.object({ reportId: textId, reason: requiredNote });

export const banUserSchema = z.object({ userId: textId, reason: requiredNote });

export const changeRoleSchema = z.object({ userId: textId, role: z.enum(ROLES, "roleRequired"), reason: note });

export const startImportSchema = z.object({ upload: z.string().regex(/^[a-f0-9]{32}$/, "notFound") });

/** The fields each form sends, for `formValues` (and to give them back on an error). */
export const FORM_FIELDS = {
  listing: ["supplierId"],
  rejectListing: ["supplierId", "code", "text"],
  archiveListing: ["supplierId", "reason"],
  proposal: ["proposalId"],
  rejectProposal: ["proposalId", "code", "text"],
  hideReview: ["reviewId", "reason"],
  resolveReport: ["reportId", "action", "reason"],
  dismissReport: ["reportId", "reason"],
  banUser: ["userId", "reason"],
  changeRole: ["userId", "role", "reason"],
  startImport: ["upload"],
} as const;

// ---------------------------------------------------------------------------------------------
// Query strings of the admin lists (bad values are dropped, not errors: a shared link stays usable)

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

export function pageParam(v: string | string[] | undefined): number {
  const n = Number(first(v));
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

function dayParam(v: string | string[] | undefined): string {
  const t = first(v);
  return DAY.test(t) && !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) ? t : "";
}

export type AuditQuery = { actor: string; action: string; targetType: string; from: string; to: string; page: number };

/** The audit log page's filters from its query string: dates are whole UTC days, `to` inclusive. */
export function parseAuditQuery(sp: Record<string, string | string[] | undefined>): AuditQuery {
  const action = first(sp.action);
  const targetType = first(sp.targetType);
  return {
    actor: first(sp.actor).toLowerCase().slice(0, 320),
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : "",
    targetType: (AUDIT_TARGET_TYPES as readonly string[]).includes(targetType) ? targetType : "",
    from: dayParam(sp.from),
    to: dayParam(sp.to),
    page: pageParam(sp.page),
  };
}

/** The exclusive upper bound of a `to` day: the start of the next UTC day. */
export function dayAfter(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
}

export const LISTING_STATUSES = ["PENDING", "PUBLISHED", "REJECTED", "ARCHIVED"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export function parseListingQuery(sp: Record<string, string | string[] | undefined>) {
  const status = first(sp.status).toUpperCase();
  return {
    q: first(sp.q).slice(0, 100),
    status: (LISTING_STATUSES as readonly string[]).includes(status) ? (status as ListingStatus) : null,
    page: pageParam(sp.page),
  };
}
