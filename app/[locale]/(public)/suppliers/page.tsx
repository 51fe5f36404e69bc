import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterForm, PendingStatus, SortSelect } from "@/components/search/FilterForm";
import { RESULTS_HEADING_ID } from "@/components/search/ids";
import { Check, Facet, FilterPanel } from "@/components/search/FilterPanel";
import { SearchFields } from "@/components/search/SearchBox";
import { SearchReading, SearchSuggestions } from "@/components/search/SearchReading";
import { Pagination } from "@/components/suppliers/Pagination";
import { SupplierCardList } from "@/components/suppliers/SupplierCard";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { capabilityLabel, categoryLabel, districtLabel, languageLabel } from "@/lib/labels";
import { filterParams } from "@/lib/map/params";
import {
  DEFAULT_PAGE_SIZE,
  defaultSort,
  hasFilters,
  parseSupplierQuery,
  SORT_KEYS,
  toSearchParams,
  type QueryDefaults,
  type SupplierQuery,
} from "@/lib/search/query";
import { RATING_THRESHOLDS, type FacetCounts } from "@/lib/search/types";
import { localizedAlternates } from "@/lib/seo";
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES, type Locale } from "@/lib/taxonomy";
import { countPublishedSuppliers, findSuppliers, hasRatedSuppliers } from "@/server/data/suppliers";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function queryDefaults(): Promise<QueryDefaults> {
  return { sortWithoutText: (await hasRatedSuppliers()) ? "rating" : "name" };
}

function hrefWith(query: SupplierQuery, defaults: QueryDefaults, change: Partial<SupplierQuery>): string {
  const qs = toSearchParams({ ...query, page: 1, ...change }, defaults).toString();
  return qs ? `/suppliers?${qs}` : "/suppliers";
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const defaults = await queryDefaults();
  const { query } = parseSupplierQuery(await searchParams, defaults);
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: query.q ? t("suppliersSearchTitle", { q: query.q }) : t("suppliersTitle"),
    description: t("suppliersDescription", { count: await countPublishedSuppliers() }),
    alternates: localizedAlternates("/suppliers", locale, toSearchParams({ ...query, page: 1 }, defaults).toString()),
    // Free-text result pages are endless; facet pages and the plain list are worth indexing.
    robots: query.q || query.page > 1 ? { index: false, follow: true } : undefined,
  };
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
  // A fixed order (the taxonomy's), so no option moves under the pointer or the keyboard
  // when the counts change.
  const capabilities = CAPABILITIES.map((c) => ({ value: c.slug, label: capabilityLabel(c.slug, locale) }));
  const more = capabilities.slice(VISIBLE_CAPABILITIES);
  return (
    <>
      <Facet legend={t("facet.category")}>
        {checks("category", CATEGORIES.map((c) => ({ value: c.slug, label: categoryLabel(c.slug, locale) })), query.categories, facets.categories)}
      </Facet>
      <Facet legend={t("facet.district")}>
        {checks("district", DISTRICTS.map((d) => ({ value: d.slug, label: districtLabel(d.slug, locale) })), query.districts, facets.districts)}
      </Facet>
      <Facet legend={t("facet.capability")} hint={t("facet.capabilityHint")}>
        {checks("capability", capabilities.slice(0, VISIBLE_CAPABILITIES), query.capabilities, facets.capabilities)}
        <details className="col-span-full" open={more.some((c) => query.capabilities.includes(c.value as (typeof query.capabilities)[number]))}>
          <summary className="cursor-pointer py-3 text-sm text-brand-700 lg:py-1">
            {t("facet.showMore", { count: CAPABILITIES.length })}
          </summary>
          <div className="grid grid-cols-2 gap-x-3 sm:grid-cols-3 lg:grid-cols-1">{checks("capability", more, query.capabilities, facets.capabilities)}</div>
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
    </>
  );
}

type Chip = { label: string; href: string; lang?: string };

export default async function SuppliersPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const t = await getTranslations("list");
  const defaults = await queryDefaults();
  const { query, problems } = parseSupplierQuery(await searchParams, defaults);
  const result = await findSuppliers({ query, facets: true });
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  // A page past the end (an old link, a hand-edited URL) shows the last page, under its own URL.
  if (query.page > pages) redirect({ href: hrefWith(query, defaults, { page: pages }), locale });
  const from = result.total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const to = Math.min(result.total, query.page * query.pageSize);
  const href = (change: Partial<SupplierQuery>) => hrefWith(query, defaults, change);
  const without = <T,>(list: T[], v: T) => list.filter((x) => x !== v);
  // One removable chip per applied filter value; all but the text count on the phone toggle.
  const filterChips: Chip[] = [
    ...query.categories.map((c) => ({ label: categoryLabel(c, locale), href: href({ categories: without(query.categories, c) }) })),
    ...query.districts.map((d) => ({ label: districtLabel(d, locale), href: href({ districts: without(query.districts, d) }) })),
    ...query.capabilities.map((c) => ({ label: capabilityLabel(c, locale), href: href({ capabilities: without(query.capabilities, c) }) })),
    ...query.languages.map((l) => ({ label: languageLabel(l, locale), href: href({ languages: without(query.languages, l) }) })),
    ...(query.smallOrders ? [{ label: t("facet.smallOrders"), href: href({ smallOrders: false }) }] : []),
    ...(query.prototypes ? [{ label: t("facet.prototypes"), href: href({ prototypes: false }) }] : []),
    ...(query.minRating !== null ? [{ label: t("facet.ratingAtLeast", { stars: query.minRating }), href: href({ minRating: null }) }] : []),
  ];
  const chips: Chip[] = [
    ...(query.q ? [{ label: `“${query.q}”`, href: href({ q: "", sort: query.sort === "relevance" ? defaultSort("", defaults) : query.sort }) }] : []),
    ...filterChips,
  ];
  const currentDefault = defaultSort(query.q, defaults);
  const sortOptions = SORT_KEYS.filter((k) => (k !== "relevance" || query.q) && (k !== "distance" || query.near)).map((k) => ({
    // The default order has no value, so a new search text gets relevance order.
    value: k === currentDefault ? "" : k,
    label: t(`sort.${k}`),
  }));

  return (
    <FilterForm
      action={getPathname({ href: "/suppliers", locale })}
      apiPath="/api/suppliers"
      stateKey={toSearchParams(query, defaults).toString()}
      total={result.total}
      className="group/form relative flex flex-col gap-4"
    >
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <div role="search" className="flex gap-2">
          <SearchFields id="list-q" defaultValue={query.q} />
        </div>
        {query.near && <input type="hidden" name="near" value={`${query.near.lat},${query.near.lng}`} />}
        {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
        {query.literal && <input type="hidden" name="literal" value="1" />}
        <a
          href={`#${RESULTS_HEADING_ID}`}
          className="sr-only focus:not-sr-only focus:self-start focus:rounded-md focus:bg-white focus:px-3 focus:py-3 focus:font-medium focus:text-brand-800"
        >
          {t("skipToResults")}
        </a>
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

      <div className="grid items-start gap-4 lg:grid-cols-[16rem_1fr] lg:gap-6">
        <aside aria-label={t("filters")}>
          <FilterPanel activeCount={filterChips.length}>
            <Filters query={query} facets={result.facets!} locale={locale} />
          </FilterPanel>
        </aside>

        <section aria-labelledby={RESULTS_HEADING_ID} className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
            <div>
              <h2 id={RESULTS_HEADING_ID} tabIndex={-1} className="text-lg font-semibold" aria-live="polite">
                {result.totalExact ? t("resultCount", { count: result.total }) : t("resultCountAtLeast", { count: result.total })}
              </h2>
              {result.total > 0 && (
                <p className="text-sm text-slate-600">
                  {t(result.totalExact ? "resultRange" : "resultRangeAtLeast", { from, to, total: result.total })}
                </p>
              )}
              <Link
                href={`/map?${filterParams(query)}`.replace(/\?$/, "")}
                prefetch={false}
                className="inline-flex min-h-11 items-center text-sm text-brand-700 underline lg:min-h-0"
              >
                {t("showOnMap")}
              </Link>
            </div>
            <div className="flex items-center gap-2 text-sm">
              <label htmlFor="list-sort">{t("sortLabel")}</label>
              <SortSelect id="list-sort" value={query.sort === currentDefault ? "" : query.sort} options={sortOptions} />
              <noscript>
                <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-3 lg:min-h-9">
                  {t("sortApply")}
                </button>
              </noscript>
            </div>
          </div>

          <SearchReading query={query} interpretation={result.interpretation} />

          {chips.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={t("activeFilters")}>
              {chips.map((c) => (
                <li key={c.href + c.label}>
                  <Link
                    href={c.href}
                    prefetch={false}
                    aria-label={t("removeFilter", { label: c.label })}
                    className="inline-flex min-h-11 items-center gap-1 rounded-full bg-brand-100 px-3 text-sm text-brand-800 hover:bg-brand-600 hover:text-white lg:min-h-8"
                  >
                    {c.label} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/suppliers" prefetch={false} className="inline-flex min-h-11 items-center px-2 text-sm text-slate-700 underline lg:min-h-8">
                  {t("clearAll")}
                </Link>
              </li>
            </ul>
          )}

          <PendingStatus />
          {/* Dimmed while the next results load. */}
          <div className="flex flex-col gap-4 transition-opacity group-aria-busy/form:opacity-50">
            {result.items.length === 0 ? (
              <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
                <h3 className="text-lg font-semibold">{t("emptyHeading")}</h3>
                {hasFilters(query) && <p className="text-slate-600">{t("emptyText")}</p>}
                <SearchSuggestions query={query} interpretation={result.interpretation} />
              </div>
            ) : (
              <SupplierCardList suppliers={result.items} columns={2} />
            )}
            <Pagination page={query.page} pages={pages} hrefFor={(page) => href({ page })} />
          </div>
        </section>
      </div>
    </FilterForm>
  );
}
