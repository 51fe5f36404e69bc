"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/forms/fields";
import { FormMessage, SubmitButton } from "@/components/forms/FormParts";
import { Link } from "@/i18n/navigation";
import { initialFormState } from "@/lib/forms";
import { confirmEmailAction } from "@/server/actions/account";

/** A button rather than confirming on page load: mail scanners open links too, and GET must not write. */
export function ConfirmEmailForm({ token, signedIn }: { token: string; signedIn: boolean }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(confirmEmailAction, initialFormState);
  if (state.status === "success") {
    return (
      <div role="status" className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
        <p>{t("emailConfirmed")}</p>
        <p>
          <Link href={signedIn ? "/me" : "/signin"} className="font-medium text-brand-700 underline">
            {signedIn ? t("toAccount") : t("signInLink")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className={buttonClass} pendingLabel={t("working")}>
        {t("confirmSubmit")}
      </SubmitButton>
    </form>
  );
}
