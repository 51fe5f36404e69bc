"use server";
import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { REVIEW_FIELDS, reviewSchema } from "@/lib/schemas/review";
import { requirePermission, requireUser } from "@/server/auth";
import { createReview, deleteReview, findPublishedSupplierRef, updateReview } from "@/server/data/reviews";
import { guardFormState, runFormAction } from "@/server/form-actions";
import { enforceRateLimits, rateLimitRule } from "@/server/rate-limit";
import { getClientIp } from "@/server/request";

/**
 * Back to the supplier page with a notice. A redirect rather than a returned state, because the
 * page around the form changes (rating, list, "your review"), with or without JavaScript.
 */
async function backToSupplier(slug: string, notice: string): Promise<never> {
  const locale = await getLocale();
  return redirect({ href: `/suppliers/${encodeURIComponent(slug)}?notice=${notice}#your-review`, locale });
}

/** Writes a new review, or edits the one named by `reviewId` (which must be the user's own). */
export async function saveReviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, [...REVIEW_FIELDS, "reviewId", "supplierSlug"]);
  return runFormAction(
    values,
    async () => {
      const guarded = await guardFormState(formData, values);
      if (guarded) return guarded;
      const parsed = reviewSchema.safeParse(values);
      if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
      const supplier = await findPublishedSupplierRef({ slug: values.supplierSlug });
      if (values.reviewId) {
        const actor = await requireUser();
        await enforceRateLimits([rateLimitRule("reviewEditsPerUser", { userId: actor.id })]);
        await updateReview({ actor, reviewId: values.reviewId, input: parsed.data });
        return backToSupplier(supplier.slug, "review-updated");
      }
      const actor = await requirePermission("create:review:own");
      const ip = await getClientIp();
      await enforceRateLimits([rateLimitRule("reviewsPerUser", { userId: actor.id }), ...(ip ? [rateLimitRule("reviewsPerIp", { ip })] : [])]);
      await createReview({ actor, supplierId: supplier.id, input: parsed.data });
      return backToSupplier(supplier.slug, "review-created");
    },
    "alreadyReviewed",
  );
}

export async function deleteReviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["reviewId", "supplierSlug"]);
  return runFormAction(values, async () => {
    const actor = await requireUser();
    await deleteReview({ actor, reviewId: values.reviewId });
    return backToSupplier(values.supplierSlug, "review-deleted");
  });
}
