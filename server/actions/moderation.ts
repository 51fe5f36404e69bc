"use server";
import "server-only";
import {
  archiveListingSchema,
  banUserSchema,
  dismissReportSchema,
  FORM_FIELDS,
  listingActionSchema,
  proposalActionSchema,
  rejectListingSchema,
  rejectProposalSchema,
  resolveReportSchema,
} from "@/lib/schemas/moderation";
import {
  approveListing,
  approveProposal,
  archiveListing,
  markListingVerified,
  ProposalConflictError,
  rejectListing,
  rejectProposal,
} from "@/server/data/listings";
import { banUser, dismissReport, resolveReport, unbanUser } from "@/server/data/moderation";
import { backTo, staffAction, usersPageOf } from "@/server/moderation-forms";

/*
 * Moderation form actions. Each one validates its form, then calls the data function with the
 * signed-in user (or null): the data function checks the permission table itself, so an action
 * replayed by someone without the role is refused there, and writes the audit row in the
 * transaction of the change. Success redirects back to the page with a notice, which shows the
 * new state with and without JavaScript.
 */

const listingPage = (id: number) => `/admin/listings/${id}`;
const proposalPage = (id: string) => `/admin/proposals/${encodeURIComponent(id)}`;
const reportPage = (id: string) => `/admin/reports/${encodeURIComponent(id)}`;

const listingForm = { fields: FORM_FIELDS.listing, schema: listingActionSchema, conflictKey: "listingStateChanged" };

export const approveListingAction = staffAction(listingForm, async ({ supplierId }, { actor }) => {
  await approveListing({ actor, supplierId });
  return backTo(listingPage(supplierId), "approved");
});

export const markVerifiedAction = staffAction(listingForm, async ({ supplierId }, { actor }) => {
  await markListingVerified({ actor, supplierId });
  return backTo(listingPage(supplierId), "verified");
});

export const rejectListingAction = staffAction(
  { fields: FORM_FIELDS.rejectListing, schema: rejectListingSchema, conflictKey: "listingStateChanged" },
  async ({ supplierId, code, text }, { actor }) => {
    await rejectListing({ actor, supplierId, code, text });
    return backTo(listingPage(supplierId), "rejected");
  },
);

export const archiveListingAction = staffAction(
  { fields: FORM_FIELDS.archiveListing, schema: archiveListingSchema, conflictKey: "listingStateChanged" },
  async ({ supplierId, reason }, { actor }) => {
    await archiveListing({ actor, supplierId, reason });
    return backTo(listingPage(supplierId), "archived");
  },
);

export const approveProposalAction = staffAction(
  { fields: FORM_FIELDS.proposal, schema: proposalActionSchema, conflictKey: "proposalStateChanged" },
  async ({ proposalId }, { actor }) => {
    try {
      await approveProposal({ actor, proposalId });
    } catch (error) {
      // The page lists the conflicts (current, base and proposed values) on its next render.
      if (error instanceof ProposalConflictError) return backTo(proposalPage(proposalId), "conflict");
      throw error;
    }
    return backTo(proposalPage(proposalId), "approved");
  },
);

export const rejectProposalAction = staffAction(
  { fields: FORM_FIELDS.rejectProposal, schema: rejectProposalSchema, conflictKey: "proposalStateChanged" },
  async ({ proposalId, code, text }, { actor }) => {
    await rejectProposal({ actor, proposalId, code, text });
    return backTo(proposalPage(proposalId), "rejected");
  },
);

export const resolveReportAction = staffAction(
  { fields: FORM_FIELDS.resolveReport, schema: resolveReportSchema, conflictKey: "reportStateChanged" },
  async ({ reportId, action, reason }, { actor }) => {
    await resolveReport({ actor, reportId, action, reason });
    return backTo(reportPage(reportId), "resolved");
  },
);

export const dismissReportAction = staffAction(
  { fields: FORM_FIELDS.dismissReport, schema: dismissReportSchema, conflictKey: "reportStateChanged" },
  async ({ reportId, reason }, { actor }) => {
    await dismissReport({ actor, reportId, reason });
    return backTo(reportPage(reportId), "dismissed");
  },
);

const banForm = { fields: FORM_FIELDS.banUser, schema: banUserSchema, conflictKey: "userStateChanged" };

export const banUserAction = staffAction(banForm, async ({ userId, reason }, { actor, formData }) => {
  await banUser({ actor, userId, reason });
  return backTo(usersPageOf(formData), "banned");
});

export const unbanUserAction = staffAction(banForm, async ({ userId, reason }, { actor, formData }) => {
  await unbanUser({ actor, userId, reason });
  return backTo(usersPageOf(formData), "unbanned");
});
