"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/fields";
import { FormGuardFields, FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { FORM_LIMITS } from "@/lib/form-limits";
import { initialFormState } from "@/lib/forms";
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "@/lib/schemas/account";
import { signUpAction } from "@/server/actions/account";

export function SignUpForm({ stamp }: { stamp: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(signUpAction, initialFormState);
  const fieldError = useFieldError();
  if (state.status === "success") {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
        {t("signUpDone", { email: state.values.email ?? "" })}
      </p>
    );
  }
  return (
    <form action={action} noValidate className="relative flex flex-col gap-4">
      <FormMessage state={state} />
      <FormGuardFields stamp={state.stamp ?? stamp} />
      <TextField
        id="signup-name"
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="nickname"
        maxLength={NAME_MAX_LENGTH}
        defaultValue={state.values.name}
        error={fieldError(state, "name")}
      />
      <TextField
        id="signup-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        maxLength={EMAIL_MAX_LENGTH}
        defaultValue={state.values.email}
        error={fieldError(state, "email")}
      />
      <TextField
        id="signup-password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", FORM_LIMITS)}
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        error={fieldError(state, "password")}
      />
      <SubmitButton className={buttonClass} pendingLabel={t("working")}>
        {t("signUpSubmit")}
      </SubmitButton>
    </form>
  );
}
