import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { capabilityLabel, categoryLabel, districtLabel, languageLabel } from "@/lib/labels";
import { toSearchParams, type SupplierQuery } from "@/lib/search/query";
import type { Interpretation } from "@/lib/search/types";
import type { ReadingKind } from "@/lib/search/vocabulary";
import { placeBySlug, type Locale } from "@/lib/taxonomy";

export function suppliersHref(query: SupplierQuery, change: Partial<SupplierQuery>): string {
  const qs = toSearchParams({ ...query, page: 1, ...change }).toString();
  return qs ? `/suppliers?${qs}` : "/suppliers";
}

function readingLabel(kind: ReadingKind, slug: string, locale: Locale): string {
  switch (kind) {
    case "district":
      return districtLabel(slug, locale);
    case "category":
      return categoryLabel(slug, locale);
    case "capability":
      return capabilityLabel(slug, locale);
    case "language":
      return languageLabel(slug, locale);
    case "place":
      return placeBySlug.get(slug as never)?.label[locale] ?? slug;
  }
}

const linkClass = "text-brand-700 underline hover:text-brand-800";

/**
 * How the search text was read: the words taken as a district, category, capability, language
 * or place ("PCB 4 layers · Futian"), a spelling fix, and one link to search the words as typed.
 */
export async function SearchReading({ query, interpretation }: { query: SupplierQuery; interpretation: Interpretation }) {
  if (!query.q) return null;
  const t = await getTranslations("searchReading");
  const locale = (await getLocale()) as Locale;
  const literalHref = suppliersHref(query, { literal: true });

  if (interpretation.literal) {
    return (
      <p className="text-sm text-slate-700">
        {t("literalActive")}{" "}
        <Link href={suppliersHref(query, { literal: false })} className={linkClass}>
          {t("interpretLink")}
        </Link>
      </p>
    );
  }

  const seen = new Set<string>();
  const chips = interpretation.readings.flatMap((r) => {
    const label = readingLabel(r.kind, r.slug, locale);
    if (seen.has(label)) return [];
    seen.add(label);
    return [{ key: `${r.kind}:${r.slug}`, label, kind: t(`kind.${r.kind}`) }];
  });
  const corrected = interpretation.corrections.length > 0;
  if (chips.length === 0 && !corrected) return null;

  return (
    <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
      {corrected && (
        <p>
          <strong className="font-semibold">{t("showingResultsFor", { q: interpretation.q })}</strong>{" "}
          <Link href={literalHref} className={linkClass}>
            {t("searchInsteadFor", { q: query.q })}
          </Link>
        </p>
      )}
      {chips.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <span id="search-reading-heading" className="text-slate-700">
            {t("heading")}
          </span>
          <ul aria-labelledby="search-reading-heading" className="flex flex-wrap items-center gap-1">
            {chips.map((c, i) => (
              <li key={c.key} className="flex items-center gap-1">
                {i > 0 && (
                  <span aria-hidden="true" className="text-slate-500">
                    ·
                  </span>
                )}
                <span title={c.kind} className="rounded-full bg-slate-100 px-3 py-1 text-slate-800">
                  <span className="sr-only">{t("chipKind", { kind: c.kind })}</span>
                  {c.label}
                </span>
              </li>
            ))}
          </ul>
          {!corrected && (
            <Link href={literalHref} className={linkClass}>
              {t("literalLink", { q: query.q })}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}

/** When nothing matches: searches that would find something (without the filters, a word fewer, a similar word). */
export async function SearchSuggestions({ query, interpretation }: { query: SupplierQuery; interpretation: Interpretation }) {
  if (interpretation.suggestions.length === 0) return null;
  const t = await getTranslations("searchReading");
  const noFilters: Partial<SupplierQuery> = { categories: [], districts: [], capabilities: [], languages: [], smallOrders: false, prototypes: false, minRating: null };
  return (
    <div className="mt-3 flex flex-col items-center gap-1 text-sm">
      <p className="text-slate-700">{t("suggestionsHeading")}</p>
      <ul className="flex flex-col items-center gap-1">
        {interpretation.suggestions.map((s) => (
          <li key={`${s.kind}:${s.q}`}>
            <Link
              href={suppliersHref(query, s.kind === "withoutFilters" ? { ...noFilters, q: query.q } : { q: s.q, literal: false })}
              className={linkClass}
            >
              {t(s.kind, { q: s.kind === "withoutFilters" ? query.q : s.q })}
            </Link>{" "}
            <span className="text-slate-600">({s.totalExact ? t("suggestionCount", { total: s.total }) : t("suggestionCountAtLeast", { total: s.total })})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
