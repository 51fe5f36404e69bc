import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SignInLink } from "@/components/account/SignInLink";
import { RatingStars } from "@/components/suppliers/RatingStars";
import { ReviewList } from "@/components/suppliers/ReviewList";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/permissions";
import { getCurrentUser, type CurrentUser } from "@/server/auth";
import { findOwnReview, type OwnReview } from "@/server/data/reviews";
import type { ReviewItem } from "@/server/data/suppliers";
import { issueFormStamp } from "@/server/form-guard";
import { DeleteReviewForm } from "./DeleteReviewForm";
import { ReportForm } from "./ReportForm";
import { ReviewForm } from "./ReviewForm";
import { ReviewNotice } from "./ReviewNotice";

type Props = {
  supplier: { id: number; slug: string };
  reviews: { items: ReviewItem[]; total: number; page: number; pageSize: number };
};

const boxClass = "flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-4";

/** "Write a review", or the visitor's own review with edit and delete, or why they cannot write. */
async function ReviewPanel({ supplier, user, own, stamp }: { supplier: Props["supplier"]; user: CurrentUser | null; own: OwnReview | null; stamp: string }) {
  const [t, format] = await Promise.all([getTranslations("review"), getFormatter()]);
  const today = new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);
  if (own && user) {
    return (
      <div className={boxClass}>
        <h3 className="font-semibold">{t("yours")}</h3>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          <RatingStars value={own.rating} label={t("starWord", { count: own.rating })} />
          <span>{t("youReviewed", { date: format.dateTime(new Date(own.createdAt), { dateStyle: "medium" }) })}</span>
        </p>
        {own.status === "HIDDEN" && (
          <p className="text-sm text-red-900">{own.hiddenReason ? t("hiddenWithReason", { reason: own.hiddenReason }) : t("hidden")}</p>
        )}
        {can(user, "update:review:own", { ownerId: user.id }) ? (
          <>
            <ReviewForm supplierSlug={supplier.slug} existing={own} stamp={stamp} today={today} />
            <DeleteReviewForm reviewId={own.id} supplierSlug={supplier.slug} />
          </>
        ) : (
          <p className="text-sm text-slate-700">{user.status === "BANNED" ? t("suspended") : t("confirmToEdit")}</p>
        )}
      </div>
    );
  }
  if (!user) {
    return (
      <p className={`${boxClass} text-sm`}>
        <span>
          <SignInLink className="font-medium text-brand-700 underline">{t("signInToWrite")}</SignInLink> {t("or")}{" "}
          <Link href="/signup" className="font-medium text-brand-700 underline">
            {t("createAccount")}
          </Link>
        </span>
      </p>
    );
  }
  if (user.status === "BANNED") return <p className={`${boxClass} text-sm text-slate-700`}>{t("suspended")}</p>;
  if (!user.emailVerified) {
    return (
      <p className={`${boxClass} text-sm text-slate-700`}>
        <span>
          {t("confirmToWrite")}{" "}
          <Link href="/me" className="font-medium text-brand-700 underline">
            {t("toAccount")}
          </Link>
        </span>
      </p>
    );
  }
  return <ReviewForm supplierSlug={supplier.slug} existing={null} stamp={stamp} today={today} />;
}

/**
 * The detail page's reviews section body: the visitor's panel, the list, and a report control on
 * each review written by someone else.
 */
export async function SupplierReviews({ supplier, reviews }: Props) {
  const user = await getCurrentUser();
  const [t, tSupplier, own, stamp] = await Promise.all([
    getTranslations("report"),
    getTranslations("supplier"),
    user ? findOwnReview({ actor: user, supplierId: supplier.id }) : null,
    issueFormStamp(),
  ]);
  const mayReport = can(user, "create:report:own");
  const reportControl = (r: ReviewItem) => {
    if (own?.id === r.id) return null;
    if (!user) {
      return (
        <SignInLink className="inline-flex min-h-11 items-center self-start text-sm text-slate-700 underline hover:text-brand-700 lg:min-h-0">
          {t("signInToReport")}
        </SignInLink>
      );
    }
    if (!mayReport) return null;
    return <ReportForm target="review" targetId={r.id} stamp={stamp} summary={t("reportReview")} label={t("reviewLabel", { name: r.authorName ?? tSupplier("anonymous") })} />;
  };
  return (
    <div className="flex flex-col gap-4">
      <div id="your-review" className="flex scroll-mt-4 flex-col gap-3">
        <Suspense>
          <ReviewNotice />
        </Suspense>
        <ReviewPanel supplier={supplier} user={user} own={own} stamp={stamp} />
      </div>
      <ReviewList slug={supplier.slug} reviews={reviews.items} total={reviews.total} page={reviews.page} pageSize={reviews.pageSize} actions={reportControl} />
    </div>
  );
}

/** "Report this listing", for the detail page's side column. */
export async function ReportListing({ slug }: { slug: string }) {
  const [user, tSupplier] = await Promise.all([getCurrentUser(), getTranslations("supplier")]);
  if (!user) {
    return (
      <SignInLink className="inline-flex min-h-11 items-center self-start text-sm text-slate-700 underline hover:text-brand-700 lg:min-h-0">
        {tSupplier("report")}
      </SignInLink>
    );
  }
  if (!can(user, "create:report:own")) return null;
  return <ReportForm target="listing" targetId={slug} stamp={await issueFormStamp()} summary={tSupplier("report")} />;
}
