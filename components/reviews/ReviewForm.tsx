"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, FieldsetError, TextArea, TextField } from "@/components/forms/fields";
import { FormGuardFields, FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { Recoverable } from "@/components/forms/Recoverable";
import { FORM_LIMITS } from "@/lib/form-limits";
import { formValues, initialFormState, type FormState } from "@/lib/forms";
import { STARS } from "@/lib/rating";
import { REVIEW_BODY_MAX, REVIEW_EARLIEST_VISIT, REVIEW_FIELDS, REVIEW_ORDERED_MAX, REVIEW_TITLE_MAX } from "@/lib/schemas/review";
import { saveReviewAction } from "@/server/actions/reviews";

type Existing = { id: string; rating: number; title: string | null; body: string; ordered: string | null; visitedOn: string | null };

/**
 * Write or edit one's review, inside a disclosure that opens by itself when the server sent
 * the form back with errors (also without JavaScript).
 */
export function ReviewForm(props: Props) {
  return <Recoverable valuesOf={(formData) => formValues(formData, REVIEW_FIELDS)}>{(recovered) => <ReviewFormBody {...props} recovered={recovered} />}</Recoverable>;
}

type Props = { supplierSlug: string; existing: Existing | null; stamp: string; today: string };

function ReviewFormBody({ supplierSlug, existing, stamp, today, recovered }: Props & { recovered?: FormState }) {
  const t = useTranslations("review");
  const [state, action] = useActionState(saveReviewAction, recovered ?? initialFormState);
  const fieldError = useFieldError();
  const v = (field: string, fallback: string | null | undefined) => (state.status === "idle" ? (fallback ?? "") : (state.values[field] ?? ""));
  const prefix = existing ? "edit-review" : "new-review";
  const ratingError = fieldError(state, "rating");
  return (
    <details open={state.status === "error" ? true : undefined} className="group rounded-md border border-slate-300">
      <summary className="cursor-pointer rounded-md px-4 py-2 font-medium text-brand-700 hover:bg-slate-50">
        {existing ? t("edit") : t("write")}
      </summary>
      <form action={action} noValidate className="relative flex flex-col gap-4 border-t border-slate-200 p-4">
        <FormMessage state={state} />
        <FormGuardFields stamp={state.stamp ?? stamp} />
        <input type="hidden" name="supplierSlug" value={supplierSlug} />
        {existing && <input type="hidden" name="reviewId" value={existing.id} />}
        <fieldset className="flex flex-col gap-2" aria-describedby={ratingError ? `${prefix}-rating-error` : undefined}>
          <legend className="font-medium text-slate-900">{t("rating")}</legend>
          <div className="flex flex-wrap gap-1.5">
            {STARS.map((n) => (
              <label
                key={n}
                className="flex min-h-11 cursor-pointer items-center gap-1 rounded-md border border-slate-400 px-2.5 py-2 has-[:checked]:border-amber-600 has-[:checked]:bg-amber-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
              >
                <input
                  type="radio"
                  name="rating"
                  value={n}
                  defaultChecked={v("rating", existing ? String(existing.rating) : "") === String(n)}
                  className="sr-only"
                  required
                />
                <span aria-hidden="true" className="text-amber-600">
                  ★
                </span>
                {n}
                <span className="sr-only"> {t("starWord", { count: n })}</span>
              </label>
            ))}
          </div>
          <FieldsetError id={`${prefix}-rating-error`} error={ratingError} />
        </fieldset>
        <TextField
          id={`${prefix}-title`}
          name="title"
          label={t("title")}
          maxLength={REVIEW_TITLE_MAX}
          defaultValue={v("title", existing?.title)}
          error={fieldError(state, "title")}
        />
        <TextArea
          id={`${prefix}-body`}
          name="body"
          label={t("body")}
          hint={t("bodyHint", FORM_LIMITS)}
          rows={6}
          required
          maxLength={REVIEW_BODY_MAX}
          defaultValue={v("body", existing?.body)}
          error={fieldError(state, "body")}
        />
        <TextField
          id={`${prefix}-ordered`}
          name="ordered"
          label={t("ordered")}
          hint={t("orderedHint")}
          maxLength={REVIEW_ORDERED_MAX}
          defaultValue={v("ordered", existing?.ordered)}
          error={fieldError(state, "ordered")}
        />
        <TextField
          id={`${prefix}-visited`}
          name="visitedOn"
          type="date"
          label={t("visitedOn")}
          min={REVIEW_EARLIEST_VISIT}
          max={today}
          defaultValue={v("visitedOn", existing?.visitedOn)}
          error={fieldError(state, "visitedOn")}
        />
        <div>
          <SubmitButton className={buttonClass} pendingLabel={t("saving")}>
            {existing ? t("submitUpdate") : t("submitCreate")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
