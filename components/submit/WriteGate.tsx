import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ResendVerificationForm } from "@/components/account/ResendVerificationForm";
import { Link } from "@/i18n/navigation";
import { decide, type Actor, type Permission, type Target } from "@/lib/permissions";

/**
 * What a signed-in user who may not write sees instead of a listing form: a suspended account
 * is told so; an unconfirmed one is told why and can ask for a new link. Null when the user may
 * go on. The actions refuse the same users; this only saves them filling in a form for nothing.
 */
export async function writeGate(user: Actor, permission: Permission, target?: Target): Promise<ReactNode | null> {
  const decision = decide(user, permission, target);
  if (decision.allowed) return null;
  const t = await getTranslations("submissions");
  if (decision.reason === "unverified") {
    return (
      <div role="status" className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
        <p className="font-semibold">{t("confirmFirst")}</p>
        <p>{t("confirmFirstText")}</p>
        <ResendVerificationForm />
      </div>
    );
  }
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{decision.reason === "banned" ? t("suspended") : t("notAllowed")}</p>
      <Link href="/me" className="self-start font-medium underline">
        {t("toAccount")}
      </Link>
    </div>
  );
}
