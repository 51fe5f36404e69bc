import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { capabilityLabel, categoryLabel, districtLabel, languageLabel, localizedNames } from "@/lib/labels";
import type { SupplierSummary } from "@/lib/search/types";
import type { Locale } from "@/lib/taxonomy";
import { OtherNames } from "./OtherNames";
import { RatingStars } from "./RatingStars";

const VISIBLE_CAPABILITIES = 4;

/**
 * A search result with what a maker decides on, where known: what it does and where
 * (category, district), prototypes, small orders, minimum order, languages spoken, rating and
 * the first capabilities. The whole card is clickable through its one link, the name, whose
 * hit area is stretched over the card (no nested links).
 */
export async function SupplierCard({ supplier, headingLevel = "h3" }: { supplier: SupplierSummary; headingLevel?: "h2" | "h3" }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  const { primary, others } = localizedNames(supplier, locale);
  const Heading = headingLevel;
  const facts = [
    supplier.acceptsPrototypes !== null && { key: "prototypes", yes: supplier.acceptsPrototypes, text: t(supplier.acceptsPrototypes ? "card.prototypesYes" : "card.prototypesNo") },
    supplier.acceptsSmallOrders !== null && { key: "small", yes: supplier.acceptsSmallOrders, text: t(supplier.acceptsSmallOrders ? "card.smallOrdersYes" : "card.smallOrdersNo") },
    supplier.moq !== null && { key: "moq", yes: null, text: t("card.moq", { count: supplier.moq }) },
    supplier.languages.length > 0 && {
      key: "languages",
      yes: null,
      text: t("card.speaks", { languages: format.list(supplier.languages.map((l) => languageLabel(l, locale)), { type: "conjunction" }) }),
    },
  ].filter((f) => f !== false);
  const extraCapabilities = supplier.capabilities.length - VISIBLE_CAPABILITIES;
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand-600">
      <Heading lang={primary.lang} className={`text-base font-semibold leading-snug ${primary.lang === "en" ? "" : "break-keep [overflow-wrap:anywhere]"}`}>
        <Link
          href={`/suppliers/${supplier.slug}`}
          prefetch={false}
          className="text-brand-700 after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
        >
          {primary.text}
        </Link>
      </Heading>
      <OtherNames names={others} className="-mt-1 text-sm text-slate-600" />
      <p className="text-sm text-slate-700">
        {categoryLabel(supplier.category, locale)}
        {supplier.district && <> · {districtLabel(supplier.district, locale)}</>}
        {supplier.distanceMetres !== undefined && <> · {t("list.distanceKm", { km: (supplier.distanceMetres / 1000).toFixed(1) })}</>}
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
      {facts.length > 0 && (
        <ul className="flex flex-col gap-0.5 text-sm text-slate-800" aria-label={t("card.facts")}>
          {facts.map((f) => (
            <li key={f.key} className="flex gap-1.5">
              <span aria-hidden="true" className={f.yes === false ? "text-slate-500" : "text-emerald-700"}>
                {f.yes === false ? "–" : "✓"}
              </span>
              {f.text}
            </li>
          ))}
        </ul>
      )}
      {supplier.capabilities.length > 0 && (
        <ul className="mt-auto flex flex-wrap gap-1 pt-1" aria-label={t("supplier.capabilities")}>
          {supplier.capabilities.slice(0, VISIBLE_CAPABILITIES).map((c) => (
            <li key={c} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {capabilityLabel(c, locale)}
            </li>
          ))}
          {extraCapabilities > 0 && <li className="px-1 py-0.5 text-xs text-slate-600">{t("card.moreCapabilities", { count: extraCapabilities })}</li>}
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
