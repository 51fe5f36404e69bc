import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/account/AccountPage";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { DeleteAccountForm } from "@/components/account/DeleteAccountForm";
import { ResendVerificationForm } from "@/components/account/ResendVerificationForm";
import { secondaryButtonClass } from "@/components/forms/fields";
import { MySubmissions } from "@/components/submit/MySubmissions";
import { RatingStars } from "@/components/suppliers/RatingStars";
import { Link } from "@/i18n/navigation";
import { displayNames } from "@/lib/labels";
import type { Locale } from "@/lib/taxonomy";
import { signOutAction } from "@/server/actions/account";
import { requireUserOrSignIn } from "@/server/auth";
import { findMySubmissions } from "@/server/data/listings";
import { findOwnReviews } from "@/server/data/reviews";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("meTitle"), robots: { index: false } };
}

/** Where the listing form actions send the user, with what happened. */
const SUBMISSION_NOTICES = new Set(["listing-submitted", "listing-resubmitted", "proposal-sent"]);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function MePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUserOrSignIn("/me");
  const [t, ts, format, reviews, submissions, notice] = await Promise.all([
    getTranslations("account"),
    getTranslations("submissions"),
    getFormatter(),
    findOwnReviews({ actor: user }),
    findMySubmissions({ actor: user }),
    searchParams.then((sp) => sp.notice),
  ]);
  const banned = user.status === "BANNED";
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("meHeading")}</h1>
      {notice === "password-changed" && <Notice>{t("passwordChanged")}</Notice>}
      {typeof notice === "string" && SUBMISSION_NOTICES.has(notice) && <Notice>{ts(`notices.${notice}`)}</Notice>}
      {banned && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">{t("suspended")}</p>
          {user.banReason && <p className="mt-1 whitespace-pre-line">{t("suspendedReason", { reason: user.banReason })}</p>}
        </div>
      )}

      <Section id="me-account" title={t("accountHeading")}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-600">{t("email")}</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="font-medium text-slate-600">{t("displayName")}</dt>
          <dd>{user.name || t("noDisplayName")}</dd>
          <dt className="font-medium text-slate-600">{t("role")}</dt>
          <dd data-testid="account-role">{t(`roles.${user.role}`)}</dd>
          <dt className="font-medium text-slate-600">{t("emailStatus")}</dt>
          <dd>{user.emailVerified ? t("confirmed") : t("notConfirmed")}</dd>
        </dl>
        {!user.emailVerified && !banned && (
          <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p>{t("confirmToWrite")}</p>
            <ResendVerificationForm />
          </div>
        )}
        <form action={signOutAction}>
          <button type="submit" className={secondaryButtonClass}>
            {t("signOut")}
          </button>
        </form>
      </Section>

      <Section id="me-reviews" title={t("reviewsHeading")}>
        {reviews.length === 0 ? (
          <p className="text-slate-600">{t("noReviews")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {reviews.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  {r.supplier.published ? (
                    <Link href={`/suppliers/${r.supplier.slug}#your-review`} className="font-semibold text-brand-700 underline">
                      {displayNames(r.supplier, locale as Locale).primary}
                    </Link>
                  ) : (
                    <span className="font-semibold">
                      {displayNames(r.supplier, locale as Locale).primary} {t("unpublishedListing")}
                    </span>
                  )}
                  <RatingStars value={r.rating} label={t("stars", { count: r.rating })} />
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-medium ${r.status === "VISIBLE" ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
                  >
                    {t(`reviewStatus.${r.status}`)}
                  </span>
                </div>
                {r.status === "HIDDEN" && r.hiddenReason && (
                  <p className="text-sm text-red-900">{t("moderatorReason", { reason: r.hiddenReason })}</p>
                )}
                {r.title && <p className="font-medium">{r.title}</p>}
                <p className="line-clamp-3 whitespace-pre-line text-sm text-slate-700">{r.body}</p>
                <p className="text-xs text-slate-600">
                  <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: "medium" })}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="my-submissions" title={ts("heading")}>
        <MySubmissions submissions={submissions} locale={locale as Locale} />
      </Section>

      {!banned && (
        <Section id="me-password" title={t("passwordHeading")}>
          {user.hasPassword ? <ChangePasswordForm /> : <p className="text-sm text-slate-700">{t("noPassword")}</p>}
        </Section>
      )}

      <Section id="me-delete" title={t("deleteHeading")}>
        <p className="text-sm text-slate-700">{t("deleteText")}</p>
        {banned ? <p className="text-sm text-slate-700">{t("deleteBanned")}</p> : <DeleteAccountForm hasPassword={user.hasPassword} />}
      </Section>
    </div>
  );
}
