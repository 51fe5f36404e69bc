import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { ReviewItem } from "@/server/data/suppliers";
import { RatingStars } from "./RatingStars";

type Props = {
  slug: string;
  reviews: ReviewItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Controls under each review (e.g. "Report"), from the reviews feature. */
  actions?: (review: ReviewItem) => ReactNode;
};

/**
 * Review text is plain text: React escapes it, nothing is turned into links or markup, and
 * `whitespace-pre-line` keeps the author's line breaks.
 */
export async function ReviewList({ slug, reviews, total, page, pageSize, actions }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return <p className="text-slate-600">{t("supplier.noReviews")}</p>;
  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col gap-4">
        {reviews.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <article className="flex flex-col gap-2">
              <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <RatingStars value={r.rating} label={t("supplier.starsLabel", { stars: r.rating })} />
                {r.title && <h3 className="font-semibold">{r.title}</h3>}
              </header>
              <p className="whitespace-pre-line text-slate-800 [overflow-wrap:anywhere]">{r.body}</p>
              {r.ordered && (
                <p className="text-sm text-slate-700">
                  <span className="font-medium">{t("supplier.ordered")}:</span> {r.ordered}
                </p>
              )}
              <p className="text-sm text-slate-600">
                {t("supplier.reviewedBy", { name: r.authorName ?? t("supplier.anonymous") })} ·{" "}
                <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: "medium" })}</time>
                {r.visitedOn && <> · {t("supplier.visited", { date: r.visitedOn })}</>}
              </p>
              {actions?.(r)}
            </article>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label={t("supplier.reviewsPage")} className="flex items-center gap-4 text-sm">
          {page > 1 && (
            <Link href={{ pathname: `/suppliers/${slug}`, query: page > 2 ? { reviews: page - 1 } : {} }} rel="prev" className="text-brand-700 underline">
              {t("list.previous")}
            </Link>
          )}
          <span>{t("list.pageOf", { page, pages })}</span>
          {page < pages && (
            <Link href={{ pathname: `/suppliers/${slug}`, query: { reviews: page + 1 } }} rel="next" className="text-brand-700 underline">
              {t("list.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
