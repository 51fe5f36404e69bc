import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MapExplorer } from "@/components/map/MapExplorer";
import { MapFilters } from "@/components/map/MapFilters";
import { getPathname, Link } from "@/i18n/navigation";
import { getEnv } from "@/lib/env";
import { filterParams, parseMapView } from "@/lib/map/params";
import { parseSupplierQuery } from "@/lib/search/query";
import { localizedPath } from "@/lib/seo";
import type { Locale } from "@/lib/taxonomy";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  const filters = filterParams(parseSupplierQuery(await searchParams).query).toString();
  return {
    title: t("mapTitle"),
    description: t("mapDescription"),
    // The view (centre, zoom) is not part of the canonical page: every view shows the same data.
    alternates: { canonical: localizedPath("/map", locale) + (filters ? `?${filters}` : "") },
  };
}

export default async function MapPage({ params, searchParams }: Props) {
  const { locale: rawLocale } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const t = await getTranslations();
  const raw = await searchParams;
  const { query, problems } = parseSupplierQuery(raw);
  const view = parseMapView(raw);
  const filters = filterParams(query);
  const listHref = `/suppliers${filters.size > 0 ? `?${filters}` : ""}`;
  const activeFilters = filters.size;
  const env = getEnv();

  return (
    <>
      <noscript>
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("map.noscript")}{" "}
          <Link href={listHref} className="underline">
            {t("map.listView")}
          </Link>
        </p>
      </noscript>
      <MapExplorer
        initialView={view}
        filters={filters.toString()}
        tiles={{ url: env.mapTileUrl, attribution: env.mapTileAttribution, datum: env.mapTileDatum }}
        listHref={listHref}
        activeFilters={activeFilters}
        notice={
          problems.length > 0 && (
            <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              <p>{t("list.problems")}</p>
              <ul className="list-disc pl-5">
                {problems.map((p) => (
                  <li key={`${p.param}:${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </div>
          )
        }
      >
        {/* Keyed by the filters: after a change the form starts from the new URL; the map stays. */}
        <MapFilters key={filters.toString()} action={getPathname({ href: "/map", locale })} query={query} view={view} locale={locale} />
        {activeFilters > 0 && (
          <Link href="/map" className="mt-3 inline-block text-sm text-slate-600 underline">
            {t("map.clearAll")}
          </Link>
        )}
        <p className="mt-3 border-t border-slate-200 pt-3 text-sm">
          <Link href="/map/convert" className="text-brand-700 underline">
            {t("map.convertLink")}
          </Link>
        </p>
      </MapExplorer>
    </>
  );
}
