import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { FilterForm } from "@/components/search/FilterForm";
import { MobileCollapsible } from "@/components/search/MobileCollapsible";
import { SearchFields } from "@/components/search/SearchBox";
import { SearchReading, SearchSuggestions } from "@/components/search/SearchReading";
import { Pagination } from "@/components/suppliers/Pagination";
import { SupplierCardList } from "@/components/suppliers/SupplierCard";
import { getPathname, Link } from "@/i18n/navigation";
import { capabilityLabel, categoryLabel, districtLabel, languageLabel } from "@/lib/labels";
import { filterParams } from "@/lib/map/params";
import { DEFAULT_PAGE_SIZE, hasFilters, parseSupplierQuery, SORT_KEYS, toSearchParams, type SupplierQuery } from "@/lib/search/query";
import { RATING_THRESHOLDS, type FacetCounts } from "@/lib/search/types";
import { localizedPath } from "@/lib/seo";
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES, type CapabilitySlug, type Locale } from "@/lib/taxonomy";
import { countPublishedSuppliers, findSuppliers } from "@/server/data/suppliers";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

function hrefWith(query: SupplierQuery, change: Partial<SupplierQuery>): string {
  const qs = toSearchParams({ ...query, page: 1, ...change }).toString();
  return qs ? `/suppliers?${qs}` : "/suppliers";
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { query } = parseSupplierQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "meta" });
  const qs = toSearchParams({ ...query, page: 1 }).toString();
  return {
    title: query.q ? t("suppliersSearchTitle", { q: query.q }) : t("suppliersTitle"),
    description: t("suppliersDescription", { count: await countPublishedSuppliers() }),
    alternates: { canonical: localizedPath("/suppliers", locale) + (qs ? `?${qs}` : "") },
    // Free-text result pages are endless; facet pages and the plain list are worth indexing.
    robots: query.q || query.page > 1 ? { index: false, follow: true } : undefined,
  };
}

function Facet({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-1 border-t border-slate-200 pt-3">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
      {children}
    </fieldset>
  );
}

function Check({
  name,
  value,
  checked,
  label,
  count,
  type = "checkbox",
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  count?: number;
  type?: "checkbox" | "radio";
}) {
  const muted = count === 0 && !checked;
  return (
    <label className={`flex cursor-pointer items-center gap-2 py-0.5 text-sm ${muted ? "text-slate-400" : "text-slate-800"}`}>
      <input type={type} name={name} value={value} defaultChecked={checked} className="size-4 accent-brand-600" />
      <span className="flex-1">{label}</span>
      {count !== undefined && <span className="tabular-nums text-slate-500">{count}</span>}
    </label>
  );
}

const VISIBLE_CAPABILITIES = 8;

type Option = { value: string; label: string };

/** One checkbox per option, ticked when selected, with the count it would give. */
function checks(name: string, options: Option[], selected: readonly string[], counts: Record<string, number>) {
  return options.map((o) => (
    <Check key={o.value} name={name} value={o.value} checked={selected.includes(o.value)} label={o.label} count={counts[o.value] ?? 0} />
  ));
}

async function Filters({ query, facets, locale }: { query: SupplierQuery; facets: FacetCounts; locale: Locale }) {
  const t = await getTranslations("list");
  // Ticked capabilities first, then the ones with most results.
  const capabilities = CAPABILITIES.map((c) => ({ value: c.slug, label: capabilityLabel(c.slug, locale) })).sort(
    (a, b) =>
      Number(query.capabilities.includes(b.value as CapabilitySlug)) - Number(query.capabilities.includes(a.value as CapabilitySlug)) ||
      (facets.capabilities[b.value] ?? 0) - (facets.capabilities[a.value] ?? 0),
  );
  return (
    <div className="flex flex-col gap-3">
      <h2 className="hidden text-base font-semibold lg:block">{t("filters")}</h2>
      <Facet legend={t("facet.category")}>
        {checks("category", CATEGORIES.map((c) => ({ value: c.slug, label: categoryLabel(c.slug, locale) })), query.categories, facets.categories)}
      </Facet>
      <Facet legend={t("facet.district")}>
        {checks("district", DISTRICTS.map((d) => ({ value: d.slug, label: districtLabel(d.slug, locale) })), query.districts, facets.districts)}
      </Facet>
      <Facet legend={t("facet.capability")} hint={t("facet.capabilityHint")}>
        {checks("capability", capabilities.slice(0, VISIBLE_CAPABILITIES), query.capabilities, facets.capabilities)}
        <details>
          <summary className="cursor-pointer py-1 text-sm text-brand-700">{t("facet.showMore", { count: CAPABILITIES.length })}</summary>
          {checks("capability", capabilities.slice(VISIBLE_CAPABILITIES), query.capabilities, facets.capabilities)}
        </details>
      </Facet>
      <Facet legend={t("facet.language")}>
        {checks("language", LANGUAGES.map((l) => ({ value: l.code, label: languageLabel(l.code, locale) })), query.languages, facets.languages)}
      </Facet>
      <Facet legend={t("facet.orders")}>
        <Check name="smallOrders" value="1" checked={query.smallOrders} label={t("facet.smallOrders")} count={facets.smallOrders} />
        <Check name="prototypes" value="1" checked={query.prototypes} label={t("facet.prototypes")} count={facets.prototypes} />
      </Facet>
      <Facet legend={t("facet.minRating")}>
        <Check type="radio" name="minRating" value="" checked={query.minRating === null} label={t("facet.anyRating")} />
        {RATING_THRESHOLDS.map((r) => (
          <Check
            key={r}
            type="radio"
            name="minRating"
            value={String(r)}
            checked={query.minRating === r}
            label={t("facet.ratingAtLeast", { stars: r })}
            count={facets.minRating[String(r)] ?? 0}
          />
        ))}
      </Facet>
      <noscript>
        <button type="submit" className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
          {t("apply")}
        </button>
      </noscript>
    </div>
  );
}

/** One removable chip per active filter value. */
function activeFilters(query: SupplierQuery, locale: Locale) {
  const without = <T,>(list: T[], v: T) => list.filter((x) => x !== v);
  return [
    ...(query.q ? [{ label: `“${query.q}”`, href: hrefWith(query, { q: "", sort: query.sort === "relevance" ? "rating" : query.sort }) }] : []),
    ...query.categories.map((c) => ({ label: categoryLabel(c, locale), href: hrefWith(query, { categories: without(query.categories, c) }) })),
    ...query.districts.map((d) => ({ label: districtLabel(d, locale), href: hrefWith(query, { districts: without(query.districts, d) }) })),
    ...query.capabilities.map((c) => ({ label: capabilityLabel(c, locale), href: hrefWith(query, { capabilities: without(query.capabilities, c) }) })),
    ...query.languages.map((l) => ({ label: languageLabel(l, locale), href: hrefWith(query, { languages: without(query.languages, l) }) })),
  ];
}

export default async function SuppliersPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const t = await getTranslations("list");
  const { query, problems } = parseSupplierQuery(await searchParams);
  const result = await findSuppliers({ query, facets: true });
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const from = result.total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const to = Math.min(result.total, query.page * query.pageSize);
  const action = getPathname({ href: "/suppliers", locale });
  const chips = activeFilters(query, locale);
  const ordersChips = [
    ...(query.smallOrders ? [{ label: t("facet.smallOrders"), href: hrefWith(query, { smallOrders: false }) }] : []),
    ...(query.prototypes ? [{ label: t("facet.prototypes"), href: hrefWith(query, { prototypes: false }) }] : []),
    ...(query.minRating !== null
      ? [{ label: t("facet.ratingAtLeast", { stars: query.minRating }), href: hrefWith(query, { minRating: null }) }]
      : []),
  ];
  const allChips = [...chips, ...ordersChips];
  const defaultSort = query.q ? "relevance" : "rating";
  const sortOptions = SORT_KEYS.filter((k) => (k !== "relevance" || query.q) && (k !== "distance" || query.near));

  return (
    // Keyed by the query so the form's uncontrolled inputs start over after every navigation
    // (chip links, "clear all", the back button), instead of keeping their old state.
    <FilterForm key={toSearchParams(query).toString()} action={action} className="flex flex-col gap-5">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <div role="search" className="flex gap-2">
          <SearchFields id="list-q" defaultValue={query.q} />
        </div>
        {query.near && <input type="hidden" name="near" value={`${query.near.lat},${query.near.lng}`} />}
        {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
        {query.literal && <input type="hidden" name="literal" value="1" />}
      </div>

      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p>{t("problems")}</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={`${p.param}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside className="lg:order-1">
          <MobileCollapsible summary={t("filters")}>
            <Filters query={query} facets={result.facets!} locale={locale} />
          </MobileCollapsible>
        </aside>

        <section aria-labelledby="results-heading" className="flex flex-col gap-4 lg:order-2">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                {result.totalExact ? t("resultCount", { count: result.total }) : t("resultCountAtLeast", { count: result.total })}
              </h2>
              {result.total > 0 && (
                <p className="text-sm text-slate-600">
                  {t(result.totalExact ? "resultRange" : "resultRangeAtLeast", { from, to, total: result.total })}
                </p>
              )}
              <Link href={`/map?${filterParams(query)}`.replace(/\?$/, "")} className="text-sm text-brand-700 underline">
                {t("showOnMap")}
              </Link>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <span>{t("sortLabel")}</span>
              <select name="sort" defaultValue={query.sort === defaultSort ? "" : query.sort} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
                {sortOptions.map((k) => (
                  // The default order has no value, so a new search text gets relevance order.
                  <option key={k} value={k === defaultSort ? "" : k}>
                    {t(`sort.${k}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <SearchReading query={query} interpretation={result.interpretation} />

          {allChips.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={t("filters")}>
              {allChips.map((c) => (
                <li key={c.href + c.label}>
                  <Link
                    href={c.href}
                    aria-label={t("removeFilter", { label: c.label })}
                    className="inline-flex items-center gap-1 rounded-full bg-brand-100 px-3 py-1 text-sm text-brand-800 hover:bg-brand-600 hover:text-white"
                  >
                    {c.label} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/suppliers" className="inline-block px-2 py-1 text-sm text-slate-600 underline">
                  {t("clearAll")}
                </Link>
              </li>
            </ul>
          )}

          {result.items.length === 0 && result.total > 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <h3 className="text-lg font-semibold">{t("pastLastPage")}</h3>
              <Link href={hrefWith(query, { page: pages })} className="text-brand-700 underline">
                {t("goToLastPage", { page: pages })}
              </Link>
            </div>
          ) : result.items.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <h3 className="text-lg font-semibold">{t("emptyHeading")}</h3>
              <p className="text-slate-600">{hasFilters(query) ? t("emptyText") : ""}</p>
              <SearchSuggestions query={query} interpretation={result.interpretation} />
            </div>
          ) : (
            <SupplierCardList suppliers={result.items} columns={2} />
          )}

          <Pagination page={query.page} pages={pages} hrefFor={(page) => hrefWith(query, { page })} />
        </section>
      </div>
    </FilterForm>
  );
}
