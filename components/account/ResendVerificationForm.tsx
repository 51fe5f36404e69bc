"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/forms/fields";
import { FormMessage, SubmitButton } from "@/components/forms/FormParts";
import { initialFormState } from "@/lib/forms";
import { resendVerificationAction } from "@/server/actions/account";

export function ResendVerificationForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-start gap-2">
      <FormMessage state={state} successText={state.success ? t(state.success) : undefined} />
      {state.status !== "success" && (
        <SubmitButton className={secondaryButtonClass} pendingLabel={t("working")}>
          {t("resendSubmit")}
        </SubmitButton>
      )}
    </form>
  );
}
