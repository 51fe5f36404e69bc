import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountPage } from "@/components/account/AccountPage";
import { ConfirmEmailForm } from "@/components/account/ConfirmEmailForm";
import { ResendVerificationForm } from "@/components/account/ResendVerificationForm";
import { Link } from "@/i18n/navigation";
import { tokenField } from "@/lib/schemas/account";
import { getCurrentUser } from "@/server/auth";
import { isUserTokenValid } from "@/server/data/users";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("verifyTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account");
  const user = await getCurrentUser();
  const token = tokenField.safeParse((await searchParams).token);
  const valid = token.success && (await isUserTokenValid({ token: token.data, purpose: "VERIFY_EMAIL" }));
  return (
    <AccountPage title={t("verifyTitle")} intro={valid ? t("verifyIntro") : undefined}>
      {valid ? (
        <ConfirmEmailForm token={token.data} signedIn={user !== null} />
      ) : user?.emailVerified ? (
        <p role="status">{t("emailAlreadyConfirmed")}</p>
      ) : (
        <div className="flex flex-col gap-3">
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-800">
            {t("linkInvalid")}
          </p>
          {user ? (
            <ResendVerificationForm />
          ) : (
            <Link href={{ pathname: "/signin", query: { callbackUrl: "/me" } }} className="text-brand-700 underline">
              {t("signInToResend")}
            </Link>
          )}
        </div>
      )}
    </AccountPage>
  );
}
