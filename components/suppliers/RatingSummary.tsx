import { getTranslations } from "next-intl/server";
import type { RatingSummary as Summary } from "@/server/data/suppliers";
import { RatingStars } from "./RatingStars";

export async function RatingSummary({ rating }: { rating: Summary }) {
  const t = await getTranslations("supplier");
  if (rating.count === 0) return <p className="text-slate-600">{t("noRatings")}</p>;
  const max = Math.max(...Object.values(rating.histogram), 1);
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-8">
      <div className="flex flex-col items-start gap-1">
        <span className="text-4xl font-bold">{rating.average.toFixed(1)}</span>
        <RatingStars value={rating.average} size="lg" label={t("starsLabel", { stars: rating.average.toFixed(1) })} />
        <span className="text-sm text-slate-600">
          {t("ratingSummary", { average: rating.average.toFixed(1), count: rating.count })}
        </span>
      </div>
      <ul className="flex w-full max-w-sm flex-col gap-1" aria-label={t("ratingHeading")}>
        {([5, 4, 3, 2, 1] as const).map((stars) => (
          <li key={stars} className="flex items-center gap-2 text-sm">
            <span className="w-12 shrink-0 text-slate-700" aria-hidden="true">
              {stars} ★
            </span>
            <span className="sr-only">{t("histogramRow", { stars, count: rating.histogram[stars] })}</span>
            <span aria-hidden="true" className="h-2.5 flex-1 overflow-hidden rounded bg-slate-200">
              <span className="block h-full bg-amber-500" style={{ width: `${(rating.histogram[stars] / max) * 100}%` }} />
            </span>
            <span aria-hidden="true" className="w-8 text-right text-slate-600">
              {rating.histogram[stars]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
