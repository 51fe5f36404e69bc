"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/fields";
import { FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { initialFormState, type FormState } from "@/lib/forms";
import { signInAction } from "@/server/actions/account";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string | null; initialError?: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(signInAction, initialFormState);
  const fieldError = useFieldError();
  // An error passed in the URL (OAuth, Auth.js's own endpoint) shows until the first submission.
  const shown: FormState = state.status === "idle" && initialError ? { ...state, status: "error", formError: initialError } : state;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={shown} />
      <input type="hidden" name="callbackUrl" value={state.values.callbackUrl ?? callbackUrl ?? ""} />
      <TextField
        id="signin-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={state.values.email}
        error={fieldError(state, "email")}
      />
      <TextField
        id="signin-password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
      />
      <SubmitButton className={buttonClass} pendingLabel={t("signingIn")}>
        {t("signInSubmit")}
      </SubmitButton>
    </form>
  );
}
