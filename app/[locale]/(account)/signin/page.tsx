import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountPage, Notice } from "@/components/account/AccountPage";
import { OAuthButtons } from "@/components/account/OAuthButtons";
import { SignInForm } from "@/components/account/SignInForm";
import { Link, redirect } from "@/i18n/navigation";
import { safeCallbackPath } from "@/lib/callback-url";
import { getCurrentUser } from "@/server/auth";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("signInTitle"), robots: { index: false } };
}

/** Errors that Auth.js puts in the URL (its own endpoints, OAuth) as form message keys. */
function errorFromUrl(error: string | undefined, code: string | undefined): string | undefined {
  if (!error) return undefined;
  if (error === "CredentialsSignin") {
    if (code === "rate_limited") return "signInRateLimitedLater";
    return code === "suspended" ? "accountSuspended" : "invalidCredentials";
  }
  if (error === "OAuthAccountNotLinked") return "oauthNotLinked";
  if (error === "OAuthNoEmail") return "oauthNoEmail";
  if (error === "AccessDenied") return "accessDenied";
  return "generic";
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const callbackUrl = safeCallbackPath(one("callbackUrl"));
  if (await getCurrentUser()) redirect({ href: callbackUrl ?? "/me", locale });
  const t = await getTranslations("account");
  return (
    <AccountPage title={t("signInHeading")}>
      {one("notice") === "account-deleted" && <Notice>{t("accountDeleted")}</Notice>}
      <SignInForm callbackUrl={callbackUrl} initialError={errorFromUrl(one("error"), one("code"))} />
      <OAuthButtons callbackUrl={callbackUrl} />
      <div className="flex flex-col gap-2 border-t border-slate-200 pt-4 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("forgotLink")}
        </Link>
        <p>
          {t("noAccount")}{" "}
          <Link href={{ pathname: "/signup", query: callbackUrl ? { callbackUrl } : {} }} className="font-medium text-brand-700 underline">
            {t("signUpLink")}
          </Link>
        </p>
      </div>
    </AccountPage>
  );
}
