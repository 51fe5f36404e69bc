"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, TextField } from "@/components/forms/fields";
import { FormMessage, SubmitButton, useFieldError } from "@/components/forms/FormParts";
import { Link } from "@/i18n/navigation";
import { FORM_LIMITS } from "@/lib/form-limits";
import { initialFormState } from "@/lib/forms";
import { PASSWORD_MAX_LENGTH } from "@/lib/schemas/account";
import { resetPasswordAction } from "@/server/actions/account";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  const fieldError = useFieldError();
  if (state.status === "success") {
    return (
      <div role="status" className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
        <p>{t("passwordResetDone")}</p>
        <p>
          <Link href="/signin" className="font-medium text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        name="password"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint", FORM_LIMITS)}
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        error={fieldError(state, "password")}
      />
      <SubmitButton className={buttonClass} pendingLabel={t("working")}>
        {t("resetSubmit")}
      </SubmitButton>
      {state.formError === "tokenInvalid" && (
        <p>
          <Link href="/forgot-password" className="text-brand-700 underline">
            {t("askNewLink")}
          </Link>
        </p>
      )}
    </form>
  );
}
