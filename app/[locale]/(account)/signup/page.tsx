import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountPage } from "@/components/account/AccountPage";
import { OAuthButtons } from "@/components/account/OAuthButtons";
import { SignUpForm } from "@/components/account/SignUpForm";
import { Link, redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/server/auth";
import { issueFormStamp } from "@/server/form-guard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("signUpTitle"), robots: { index: false } };
}

export default async function SignUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentUser()) redirect({ href: "/me", locale });
  const t = await getTranslations("account");
  return (
    <AccountPage title={t("signUpHeading")} intro={t("signUpIntro")}>
      <SignUpForm stamp={await issueFormStamp()} />
      <OAuthButtons callbackUrl={null} />
      <p className="border-t border-slate-200 pt-4 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="font-medium text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </AccountPage>
  );
}
