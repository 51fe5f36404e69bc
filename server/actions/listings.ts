"use server";
import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { RateLimitedError } from "@/lib/errors";
import type { RateLimitName } from "@/lib/rate-limits";
import { formError } from "@/lib/forms";
import {
  CONFIRM_NEW_FIELD,
  LISTING_HONEYPOT_FIELD,
  listingFormValues,
  textValue,
  validateListingForm,
  type DuplicateView,
  type ListingFormState,
  type ListingFormValues,
} from "@/lib/listing/form";
import type { ListingInput } from "@/lib/listing/schema";
import type { Actor } from "@/lib/permissions";
import { requirePermission } from "@/server/auth";
import {
  createListingSubmission,
  findDuplicateCandidates,
  findListingBySlug,
  NothingToProposeError,
  probeOf,
  proposeEdit,
  resubmitListing,
} from "@/server/data/listings";
import { guardFormState, runFormAction } from "@/server/form-actions";
import { enforceRateLimits, rateLimitRule, refundRateLimit, type RateLimitRule } from "@/server/rate-limit";
import { getClientIp } from "@/server/request";

/**
 * The listing form's actions: a new listing, a rejected one fixed and sent again, a suggested
 * edit of a published one. Each one: the form guard, the permission, the same validation as the
 * browser, then (new listings) the duplicate question, the rate limits and the write. Every
 * answer carries what was typed, so the form shows it again with or without JavaScript; the
 * data functions check the permission again.
 */

/** To /me, where the submission shows with its status. */
async function toMySubmissions(notice: string): Promise<never> {
  const locale = await getLocale();
  return redirect({ href: `/me?notice=${notice}#my-submissions`, locale });
}

const invalid = (values: ListingFormValues, fieldErrors: Record<string, string>): ListingFormState => ({ status: "error", fieldErrors, values });

/**
 * "Is it one of these?": published listings that look like the same place, unless the person
 * already answered "no, it is new" (the confirmation button sends the same values again).
 */
async function duplicateQuestion(formData: FormData, actor: Actor, input: ListingInput, excludeId?: number): Promise<DuplicateView[]> {
  if (formData.get(CONFIRM_NEW_FIELD) === "1") return [];
  const found = await findDuplicateCandidates({ actor, probe: probeOf(input), excludeId });
  return found.map(({ slug, name, nameZh, nameJa, district, reasons }) => ({ slug, name, nameZh, nameJa, district, reasons }));
}

/**
 * The rate limits of a write, as a form state when one is used up. These windows are a day
 * long, so the wait is said in hours rather than the shared message's minutes.
 */
async function rateLimited(rules: RateLimitRule[], values: ListingFormValues): Promise<ListingFormState | null> {
  try {
    await enforceRateLimits(rules);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimitedError) || error.retryAfterSeconds <= 3600) throw error;
    return formError("rateLimitedHours", values, { formErrorValues: { hours: Math.ceil(error.retryAfterSeconds / 3600) } });
  }
}

async function clientIpRules(name: Extract<RateLimitName, `${string}PerIp`>) {
  const ip = await getClientIp();
  return ip ? [rateLimitRule(name, { ip })] : [];
}

export async function submitListingAction(_prev: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const values = listingFormValues(formData);
  return runFormAction(values, async (): Promise<ListingFormState> => {
    const guarded = await guardFormState(formData, values, LISTING_HONEYPOT_FIELD);
    if (guarded) return guarded;
    const actor = await requirePermission("create:listing:own");
    const parsed = validateListingForm(values, "create");
    if (!parsed.success) return invalid(values, parsed.fieldErrors);
    const duplicates = await duplicateQuestion(formData, actor, parsed.data);
    if (duplicates.length > 0) return { status: "error", fieldErrors: {}, values, duplicates };
    const limited = await rateLimited([rateLimitRule("listingSubmissionsPerUser", { userId: actor.id }), ...(await clientIpRules("listingSubmissionsPerIp"))], values);
    if (limited) return limited;
    await createListingSubmission({ actor, input: parsed.data });
    return toMySubmissions("listing-submitted");
  });
}

/** The submitter's fixed version of their rejected listing (`listingId`), back to the queue. */
export async function resubmitListingAction(_prev: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const values = listingFormValues(formData);
  return runFormAction(values, async (): Promise<ListingFormState> => {
    const guarded = await guardFormState(formData, values, LISTING_HONEYPOT_FIELD);
    if (guarded) return guarded;
    // Signed in, not banned, confirmed; that it is theirs is checked by resubmitListing.
    const actor = await requirePermission("create:listing:own");
    const supplierId = Number(textValue(values, "listingId"));
    if (!Number.isSafeInteger(supplierId)) return formError("notFound", values);
    const parsed = validateListingForm(values, "create");
    if (!parsed.success) return invalid(values, parsed.fieldErrors);
    const duplicates = await duplicateQuestion(formData, actor, parsed.data, supplierId);
    if (duplicates.length > 0) return { status: "error", fieldErrors: {}, values, duplicates };
    const limited = await rateLimited([rateLimitRule("listingResubmissionsPerUser", { userId: actor.id })], values);
    if (limited) return limited;
    await resubmitListing({ actor, supplierId, input: parsed.data });
    return toMySubmissions("listing-resubmitted");
  });
}

/** A suggested edit of the published listing `slug`: stored as a proposal, the listing unchanged. */
export async function proposeEditAction(_prev: ListingFormState, formData: FormData): Promise<ListingFormState> {
  const values = listingFormValues(formData);
  return runFormAction(values, async (): Promise<ListingFormState> => {
    const guarded = await guardFormState(formData, values, LISTING_HONEYPOT_FIELD);
    if (guarded) return guarded;
    const actor = await requirePermission("propose:listing:any");
    const listing = await findListingBySlug({ slug: textValue(values, "slug") });
    if (!listing || listing.status !== "PUBLISHED") return formError("notFound", values);
    const parsed = validateListingForm(values, "edit");
    if (!parsed.success) return invalid(values, parsed.fieldErrors);
    const rules = [rateLimitRule("editProposalsPerUser", { userId: actor.id }), ...(await clientIpRules("editProposalsPerIp"))];
    const limited = await rateLimited(rules, values);
    if (limited) return limited;
    try {
      await proposeEdit({ actor, supplierId: listing.id, input: parsed.data });
    } catch (error) {
      if (!(error instanceof NothingToProposeError)) throw error;
      // Nothing was stored: the attempt does not count against the limit.
      await Promise.all(rules.map((rule) => refundRateLimit(rule)));
      return formError("nothingChanged", values);
    }
    return toMySubmissions("proposal-sent");
  });
}
