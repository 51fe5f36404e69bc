"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/fields";
import { FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { initialFormState } from "@/lib/forms";
import { EMAIL_MAX_LENGTH } from "@/lib/schemas/account";
import { requestPasswordResetAction } from "@/server/actions/account";

export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  const fieldError = useFieldError();
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
        {t("resetSent", { email: state.values.email ?? "" })}
      </p>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="forgot-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        maxLength={EMAIL_MAX_LENGTH}
        defaultValue={state.values.email}
        error={fieldError(state, "email")}
      />
      <SubmitButton className={buttonClass} pendingLabel={t("working")}>
        {t("forgotSubmit")}
      </SubmitButton>
    </form>
  );
}
