import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { capabilityLabel, categoryLabel, displayNames, districtLabel } from "@/lib/labels";
import type { SupplierSummary } from "@/lib/search/types";
import type { Locale } from "@/lib/taxonomy";
import { RatingStars } from "./RatingStars";

export async function SupplierCard({ supplier, headingLevel = "h3" }: { supplier: SupplierSummary; headingLevel?: "h2" | "h3" }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const { primary, others } = displayNames(supplier, locale);
  const Heading = headingLevel;
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <Heading className="text-base font-semibold leading-snug">
        <Link href={`/suppliers/${supplier.slug}`} className="text-brand-700 hover:underline">
          {primary}
        </Link>
      </Heading>
      {others.length > 0 && <p className="-mt-1 text-sm text-slate-600">{others.join(" · ")}</p>}
      <p className="text-sm text-slate-700">
        {categoryLabel(supplier.category, locale)}
        {supplier.district && <> · {districtLabel(supplier.district, locale)}</>}
        {supplier.distanceMetres !== undefined && (
          <> · {t("list.distanceKm", { km: (supplier.distanceMetres / 1000).toFixed(1) })}</>
        )}
      </p>
      <p className="flex items-center gap-2 text-sm text-slate-600">
        {supplier.reviewCount > 0 ? (
          <>
            <RatingStars value={supplier.ratingAvg} label={t("supplier.starsLabel", { stars: supplier.ratingAvg.toFixed(1) })} />
            <span>
              {supplier.ratingAvg.toFixed(1)} ({supplier.reviewCount})
            </span>
          </>
        ) : (
          <span>{t("list.noReviews")}</span>
        )}
      </p>
      {supplier.capabilities.length > 0 && (
        <ul className="mt-auto flex flex-wrap gap-1 pt-1" aria-label={t("supplier.capabilities")}>
          {supplier.capabilities.slice(0, 5).map((c) => (
            <li key={c} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {capabilityLabel(c, locale)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** A responsive grid of supplier cards. */
export function SupplierCardList({ suppliers, columns = 3 }: { suppliers: SupplierSummary[]; columns?: 2 | 3 }) {
  return (
    <ul className={`grid gap-3 sm:grid-cols-2 ${columns === 3 ? "lg:grid-cols-3" : ""}`}>
      {suppliers.map((s) => (
        <li key={s.slug}>
          <SupplierCard supplier={s} />
        </li>
      ))}
    </ul>
  );
}
