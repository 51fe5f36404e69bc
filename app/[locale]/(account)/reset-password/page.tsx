import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountPage } from "@/components/account/AccountPage";
import { ResetPasswordForm } from "@/components/account/ResetPasswordForm";
import { Link } from "@/i18n/navigation";
import { tokenField } from "@/lib/schemas/account";
import { isUserTokenValid } from "@/server/data/users";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  // The token is in the URL: keep it out of Referer headers and search engines.
  return { title: t("resetTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account");
  const token = tokenField.safeParse((await searchParams).token);
  const valid = token.success && (await isUserTokenValid({ token: token.data, purpose: "RESET_PASSWORD" }));
  return (
    <AccountPage title={t("resetTitle")}>
      {valid ? (
        <ResetPasswordForm token={token.data} />
      ) : (
        <div className="flex flex-col gap-3">
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-800">
            {t("linkInvalid")}
          </p>
          <Link href="/forgot-password" className="text-brand-700 underline">
            {t("askNewLink")}
          </Link>
        </div>
      )}
    </AccountPage>
  );
}
