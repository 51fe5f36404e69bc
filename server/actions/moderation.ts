"use server";
import "server-only";
import { formValues, type FormState } from "@/lib/forms";
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
import { getCurrentUser } from "@/server/auth";
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
import { runFormAction } from "@/server/form-actions";
import { backTo, invalidForm, usersPageOf } from "@/server/moderation-forms";

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

export async function approveListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.listing);
  return runFormAction(
    values,
    async () => {
      const parsed = listingActionSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      await approveListing({ actor: await getCurrentUser(), supplierId: parsed.data.supplierId });
      return backTo(listingPage(parsed.data.supplierId), "approved");
    },
    "listingStateChanged",
  );
}

export async function rejectListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.rejectListing);
  return runFormAction(
    values,
    async () => {
      const parsed = rejectListingSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      const { supplierId, code, text } = parsed.data;
      await rejectListing({ actor: await getCurrentUser(), supplierId, code, text });
      return backTo(listingPage(supplierId), "rejected");
    },
    "listingStateChanged",
  );
}

export async function archiveListingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.archiveListing);
  return runFormAction(
    values,
    async () => {
      const parsed = archiveListingSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      await archiveListing({ actor: await getCurrentUser(), supplierId: parsed.data.supplierId, reason: parsed.data.reason });
      return backTo(listingPage(parsed.data.supplierId), "archived");
    },
    "listingStateChanged",
  );
}

export async function markVerifiedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.listing);
  return runFormAction(
    values,
    async () => {
      const parsed = listingActionSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      await markListingVerified({ actor: await getCurrentUser(), supplierId: parsed.data.supplierId });
      return backTo(listingPage(parsed.data.supplierId), "verified");
    },
    "listingStateChanged",
  );
}

export async function approveProposalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.proposal);
  return runFormAction(
    values,
    async () => {
      const parsed = proposalActionSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      const { proposalId } = parsed.data;
      try {
        await approveProposal({ actor: await getCurrentUser(), proposalId });
      } catch (error) {
        // The page lists the conflicts (current, base and proposed values) on its next render.
        if (error instanceof ProposalConflictError) return backTo(proposalPage(proposalId), "conflict");
        throw error;
      }
      return backTo(proposalPage(proposalId), "approved");
    },
    "proposalStateChanged",
  );
}

export async function rejectProposalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.rejectProposal);
  return runFormAction(
    values,
    async () => {
      const parsed = rejectProposalSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      const { proposalId, code, text } = parsed.data;
      await rejectProposal({ actor: await getCurrentUser(), proposalId, code, text });
      return backTo(proposalPage(proposalId), "rejected");
    },
    "proposalStateChanged",
  );
}

export async function resolveReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.resolveReport);
  return runFormAction(
    values,
    async () => {
      const parsed = resolveReportSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      const { reportId, action, reason } = parsed.data;
      await resolveReport({ actor: await getCurrentUser(), reportId, action, reason });
      return backTo(reportPage(reportId), "resolved");
    },
    "reportStateChanged",
  );
}

export async function dismissReportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.dismissReport);
  return runFormAction(
    values,
    async () => {
      const parsed = dismissReportSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      await dismissReport({ actor: await getCurrentUser(), reportId: parsed.data.reportId, reason: parsed.data.reason });
      return backTo(reportPage(parsed.data.reportId), "dismissed");
    },
    "reportStateChanged",
  );
}

export async function banUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.banUser);
  return runFormAction(
    values,
    async () => {
      const parsed = banUserSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      await banUser({ actor: await getCurrentUser(), userId: parsed.data.userId, reason: parsed.data.reason });
      return backTo(usersPageOf(formData), "banned");
    },
    "userStateChanged",
  );
}

export async function unbanUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_FIELDS.banUser);
  return runFormAction(
    values,
    async () => {
      const parsed = banUserSchema.safeParse(values);
      if (!parsed.success) return invalidForm(parsed.error, values);
      await unbanUser({ actor: await getCurrentUser(), userId: parsed.data.userId, reason: parsed.data.reason });
      return backTo(usersPageOf(formData), "unbanned");
    },
    "userStateChanged",
  );
}
