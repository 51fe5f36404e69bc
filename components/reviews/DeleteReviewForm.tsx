"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { dangerButtonClass } from "@/components/forms/fields";
import { FormMessage, SubmitButton } from "@/components/forms/FormParts";
import { initialFormState } from "@/lib/forms";
import { deleteReviewAction } from "@/server/actions/reviews";

/** Deleting takes two steps (open, then confirm), so one stray tap cannot do it. */
export function DeleteReviewForm({ reviewId, supplierSlug }: { reviewId: string; supplierSlug: string }) {
  const t = useTranslations("review");
  const [state, action] = useActionState(deleteReviewAction, initialFormState);
  return (
    <details open={state.status === "error" ? true : undefined} className="rounded-md border border-slate-300">
      <summary className="cursor-pointer rounded-md px-4 py-2 font-medium text-red-800 hover:bg-slate-50">{t("delete")}</summary>
      <form action={action} className="flex flex-col items-start gap-3 border-t border-slate-200 p-4">
        <FormMessage state={state} />
        <p className="text-sm text-slate-700">{t("deleteText")}</p>
        <input type="hidden" name="reviewId" value={reviewId} />
        <input type="hidden" name="supplierSlug" value={supplierSlug} />
        <SubmitButton className={dangerButtonClass} pendingLabel={t("saving")}>
          {t("deleteConfirm")}
        </SubmitButton>
      </form>
    </details>
  );
}
