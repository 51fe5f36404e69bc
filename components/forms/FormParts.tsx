"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { HONEYPOT_FIELD, STAMP_FIELD } from "@/lib/form-guard";
import type { FormState } from "@/lib/forms";
import { FORM_LIMITS } from "@/lib/form-limits";

/** The submit button, disabled while the action runs (with JavaScript). */
export function SubmitButton({ children, pendingLabel, className }: { children: ReactNode; pendingLabel: ReactNode; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/**
 * The honeypot and the signed time stamp of public forms (lib/form-guard.ts). The honeypot is
 * off screen and out of the tab order and the accessibility tree, so only bots fill it. A form
 * with a real field of the default honeypot's name (the listing form's "website") names its own.
 */
export function FormGuardFields({ stamp, honeypotName = HONEYPOT_FIELD }: { stamp: string; honeypotName?: string }) {
  const t = useTranslations("formErrors");
  return (
    <>
      <input type="hidden" name={STAMP_FIELD} value={stamp} />
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label>
          {t("honeypot")}
          <input type="text" name={honeypotName} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
    </>
  );
}

/** Translates a field's error key with the shared limits as placeholders. */
export function useFieldError() {
  const t = useTranslations("formErrors");
  return (state: FormState, field: string): string | undefined => {
    const key = state.fieldErrors[field];
    return key ? t(key, FORM_LIMITS) : undefined;
  };
}

/** The form-level message: an alert for errors, a status for success. */
export function FormMessage<V>({ state, successText }: { state: FormState<V>; successText?: ReactNode }) {
  const t = useTranslations("formErrors");
  if (state.status === "error" && state.formError) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
        {t(state.formError, { ...FORM_LIMITS, ...state.formErrorValues })}
      </p>
    );
  }
  if (state.status === "error" && Object.keys(state.fieldErrors).length > 0) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
        {t("checkFields")}
      </p>
    );
  }
  if (state.status === "success" && successText) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
        {successText}
      </p>
    );
  }
  return null;
}
