"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, FieldsetError, TextArea } from "@/components/forms/fields";
import { FormGuardFields, FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { Recoverable } from "@/components/forms/Recoverable";
import { FORM_LIMITS } from "@/lib/form-limits";
import { formValues, initialFormState, type FormState } from "@/lib/forms";
import { REPORT_DETAILS_MAX, REPORT_FIELDS, REPORT_REASONS } from "@/lib/schemas/report";
import { createReportAction } from "@/server/actions/reports";

/**
 * Report a review or a listing: a small disclosure, so that the page stays calm until someone
 * needs it. `summary` is what the disclosure says; `label` names the target for screen readers.
 */
export function ReportForm(props: Props) {
  return <Recoverable valuesOf={(formData) => formValues(formData, REPORT_FIELDS)}>{(recovered) => <ReportFormBody {...props} recovered={recovered} />}</Recoverable>;
}

type Props = { target: "review" | "listing"; targetId: string; stamp: string; summary: string; label?: string };

function ReportFormBody({ target, targetId, stamp, summary, label, recovered }: Props & { recovered?: FormState }) {
  const t = useTranslations("report");
  const [state, action] = useActionState(createReportAction, recovered ?? initialFormState);
  const fieldError = useFieldError();
  const id = `report-${target}-${targetId}`;
  const reasonError = fieldError(state, "reason");
  return (
    <details open={state.status === "idle" ? undefined : true} className="text-sm">
      <summary className="cursor-pointer py-3 text-slate-700 underline hover:text-brand-700 lg:py-1">
        {summary}
        {label && <span className="sr-only"> {label}</span>}
      </summary>
      {state.status === "success" ? (
        <p role="status" className="mt-2 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t("thanks")}
        </p>
      ) : (
        <form action={action} noValidate className="relative mt-2 flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
          <FormMessage state={state} />
          <FormGuardFields stamp={state.stamp ?? stamp} />
          <input type="hidden" name="target" value={target} />
          <input type="hidden" name="targetId" value={targetId} />
          <fieldset className="flex flex-col gap-1" aria-describedby={reasonError ? `${id}-reason-error` : undefined}>
            <legend className="font-medium text-slate-900">{t("reason")}</legend>
            {REPORT_REASONS.map((r) => (
              <label key={r} className="flex items-center gap-2 py-1">
                <input type="radio" name="reason" value={r} defaultChecked={state.values.reason === r} required className="h-4 w-4" />
                {t(`reasons.${r}`)}
              </label>
            ))}
            <FieldsetError id={`${id}-reason-error`} error={reasonError} />
          </fieldset>
          <TextArea
            id={`${id}-details`}
            name="details"
            label={t("details")}
            hint={t("detailsHint", FORM_LIMITS)}
            rows={3}
            maxLength={REPORT_DETAILS_MAX}
            defaultValue={state.values.details}
            error={fieldError(state, "details")}
          />
          <div>
            <SubmitButton className={buttonClass} pendingLabel={t("sending")}>
              {t("submit")}
            </SubmitButton>
          </div>
        </form>
      )}
    </details>
  );
}
