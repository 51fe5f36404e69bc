/**
 * The shape every form action returns to `useActionState`, with and without JavaScript: message
 * keys (translated by the form, in the `formErrors` namespace unless said otherwise), and the
 * values the user typed so the form can show them again. Passwords are never sent back.
 */
import type { z } from "zod";

/** `V` is the shape of the values sent back: plain strings for most forms, lists for checkbox groups. */
export type FormState<V = Record<string, string>> = {
  status: "idle" | "error" | "success";
  fieldErrors: Record<string, string>;
  formError?: string;
  /** Values for the form error's placeholders, e.g. minutes until a rate limit lifts. */
  formErrorValues?: Record<string, string | number>;
  /** Key of the success message, in the form's own namespace. */
  success?: string;
  values: V;
  /** A fresh form-guard stamp when the old one was refused (expired, too fast). */
  stamp?: string;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

/** The first problem of each field; zod messages in this project's schemas are message keys. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}

/** The named text fields of a submission, as typed (files and missing fields become ""). */
export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = formData.get(f);
    out[f] = typeof v === "string" ? v : "";
  }
  return out;
}

export function formError<V>(key: string, values: V, extra: Partial<FormState<V>> = {}): FormState<V> {
  return { status: "error", fieldErrors: {}, formError: key, values, ...extra };
}
