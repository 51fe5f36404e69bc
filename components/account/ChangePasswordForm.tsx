"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/fields";
import { FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { FORM_LIMITS } from "@/lib/form-limits";
import { initialFormState } from "@/lib/forms";
import { PASSWORD_MAX_LENGTH } from "@/lib/schemas/account";
import { changePasswordAction } from "@/server/actions/account";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const fieldError = useFieldError();
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        error={fieldError(state, "currentPassword")}
      />
      <TextField
        id="new-password"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint", FORM_LIMITS)}
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        error={fieldError(state, "newPassword")}
      />
      <div>
        <SubmitButton className={buttonClass} pendingLabel={t("working")}>
          {t("changePasswordSubmit")}
        </SubmitButton>
      </div>
    </form>
  );
}
