"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, dangerButtonClass, FieldsetError, secondaryButtonClass, TextArea } from "@/components/forms/fields";
import { FormMessage, SubmitButton } from "@/components/forms/FormParts";
import { FORM_LIMITS } from "@/lib/form-limits";
import { initialFormState, type FormState } from "@/lib/forms";

type Option = { value: string; label: string };

/** The fields a moderation form may have; labels come translated from the server page. */
export type FieldSpec =
  | { kind: "textarea"; name: string; label: string; hint?: string; rows?: number; maxLength?: number; required?: boolean }
  | { kind: "radios"; name: string; legend: string; options: Option[]; required?: boolean }
  | { kind: "select"; name: string; label: string; options: Option[]; defaultValue?: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Unique on the page: the fields' ids start with it. */
  id: string;
  hidden: Record<string, string>;
  fields?: FieldSpec[];
  submit: { label: string; pending: string; tone?: "primary" | "danger" | "secondary" };
  /** When given, the form sits in a disclosure with this summary (opened again on an error). */
  disclosure?: string;
  /** A sentence above the fields (what the button will do). */
  description?: string;
};

const TONES = { primary: buttonClass, danger: dangerButtonClass, secondary: secondaryButtonClass };

/**
 * One moderation or admin form: hidden ids, a few fields, one button. It keeps what was typed
 * when the action answers with an error, with and without JavaScript, and names each field's
 * problem beside it; success is a redirect made by the action.
 */
export function ActionForm({ action, id, hidden, fields = [], submit, disclosure, description }: Props) {
  const t = useTranslations("formErrors");
  const [state, formAction] = useActionState(action, initialFormState);
  const error = (name: string) => {
    const key = state.fieldErrors[name];
    return key ? t(key, FORM_LIMITS) : undefined;
  };
  const value = (name: string) => state.values[name];

  const form = (
    <form action={formAction} noValidate className="flex flex-col items-start gap-3">
      <FormMessage state={state} />
      {description && <p className="text-sm text-slate-700">{description}</p>}
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        if (f.kind === "textarea") {
          return (
            <div key={f.name} className="w-full">
              <TextArea
                id={fieldId}
                name={f.name}
                label={f.label}
                hint={f.hint}
                rows={f.rows ?? 3}
                maxLength={f.maxLength}
                required={f.required}
                defaultValue={value(f.name)}
                error={error(f.name)}
              />
            </div>
          );
        }
        if (f.kind === "select") {
          const err = error(f.name);
          return (
            <div key={f.name} className="flex w-full flex-col gap-1">
              <label htmlFor={fieldId} className="font-medium text-slate-900">
                {f.label}
              </label>
              <select
                id={fieldId}
                name={f.name}
                defaultValue={value(f.name) ?? f.defaultValue}
                aria-invalid={err ? true : undefined}
                aria-describedby={err ? `${fieldId}-error` : undefined}
                className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base sm:w-auto"
              >
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <FieldsetError id={`${fieldId}-error`} error={err} />
            </div>
          );
        }
        const err = error(f.name);
        return (
          <fieldset key={f.name} className="flex w-full flex-col gap-1" aria-describedby={err ? `${fieldId}-error` : undefined}>
            <legend className="mb-1 font-medium text-slate-900">{f.legend}</legend>
            {f.options.map((o) => (
              <label key={o.value} className="flex items-start gap-2 py-1">
                <input
                  type="radio"
                  name={f.name}
                  value={o.value}
                  required={f.required}
                  defaultChecked={value(f.name) === o.value}
                  className="mt-1 h-4 w-4 shrink-0"
                />
                <span>{o.label}</span>
              </label>
            ))}
            <FieldsetError id={`${fieldId}-error`} error={err} />
          </fieldset>
        );
      })}
      <SubmitButton className={TONES[submit.tone ?? "primary"]} pendingLabel={submit.pending}>
        {submit.label}
      </SubmitButton>
    </form>
  );

  if (!disclosure) return form;
  return (
    <details open={state.status === "error" ? true : undefined} className="w-full rounded-md border border-slate-300 bg-white">
      <summary className="cursor-pointer rounded-md px-4 py-2 font-medium text-slate-900 hover:bg-slate-50">{disclosure}</summary>
      <div className="border-t border-slate-200 p-4">{form}</div>
    </details>
  );
}
