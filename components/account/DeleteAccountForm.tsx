"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { dangerButtonClass, TextField } from "@/components/forms/fields";
import { FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { initialFormState } from "@/lib/forms";
import { deleteAccountAction } from "@/server/actions/account";

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  const fieldError = useFieldError();
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="delete-confirm-email"
        name="confirmEmail"
        type="email"
        label={t("deleteConfirmEmail")}
        autoComplete="off"
        required
        defaultValue={state.values.confirmEmail}
        error={fieldError(state, "confirmEmail")}
      />
      {hasPassword && (
        <TextField
          id="delete-password"
          name="password"
          type="password"
          label={t("currentPassword")}
          autoComplete="current-password"
          required
          error={fieldError(state, "password")}
        />
      )}
      <div>
        <SubmitButton className={dangerButtonClass} pendingLabel={t("working")}>
          {t("deleteSubmit")}
        </SubmitButton>
      </div>
    </form>
  );
}
