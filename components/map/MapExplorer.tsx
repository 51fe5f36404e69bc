"use client";

import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { categoryLabel, displayNames, districtLabel } from "@/lib/labels";
import { featureCount, isCluster, type MapClusterFeature, type MapFeature, type MapFeatureCollection, type MapPointProps } from "@/lib/map/features";
import { bboxParam } from "@/lib/map/display";
import { isInShenzhen } from "@/lib/map/location";
import { formatCenter, type MapView } from "@/lib/map/params";
import type { Locale } from "@/lib/taxonomy";
import type { MapControl, ViewChange } from "./LeafletClusterMap";
import type { TileConfig } from "./leaflet-tiles";

// Leaflet needs `window`, and only this page needs it: loaded in the browser, on demand.
const LeafletClusterMap = dynamic(() => import("./LeafletClusterMap"), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-slate-200" />,
});

type Props = {
  initialView: MapView;
  /** The filters as URL parameters, canonical (lib/map/params.ts filterParams). */
  filters: string;
  tiles: TileConfig;
  /** The supplier list with the same filters. */
  listHref: string;
  activeFilters: number;
  /** The filter form. */
  children: ReactNode;
  /** What the server has to say about the URL, shown above the filters. */
  notice?: ReactNode;
};

type Notice = { tone: "info" | "warn"; text: string };

const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100";

function PointItem({ p, locale, onShow }: { p: MapPointProps; locale: Locale; onShow: () => void }) {
  const t = useTranslations("map");
  const { primary, others } = displayNames(p, locale);
  return (
    <li className="flex flex-col gap-0.5 border-b border-slate-200 py-2 text-sm">
      <Link href={`/suppliers/${p.slug}`} className="text-base font-semibold text-brand-700 hover:underline">
        {primary}
      </Link>
      {others.map((o) => (
        <span key={o} lang={o === p.nameZh ? "zh-Hans" : o === p.nameJa ? "ja" : undefined} className="text-slate-700">
          {o}
        </span>
      ))}
      <span className="text-slate-700">
        {categoryLabel(p.category, locale)}
        {p.district && ` · ${districtLabel(p.district, locale)}`}
      </span>
      <span className="text-slate-600">
        {p.reviewCount > 0 ? t("rating", { average: p.ratingAvg.toFixed(1), count: p.reviewCount }) : t("noReviews")}
        {p.approximate && <span className="ml-2 text-amber-800">{t("approximate")}</span>}
      </span>
      <button type="button" onClick={onShow} className="self-start text-sm text-brand-700 underline" aria-label={`${t("showOnMap")}: ${primary}`}>
        {t("showOnMap")}
      </button>
    </li>
  );
}

/**
 * The map page: the map, the list of what is in view (the map's accessible equivalent; a drawer
 * on phones), the filters, "near me" and the notices. The view lives in the URL, replaced as the
 * map moves so that Back leaves the page instead of replaying every pan.
 */
export function MapExplorer({ initialView, filters, tiles, listHref, activeFilters, children, notice }: Props) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const hintId = useId();
  const [view, setView] = useState<ViewChange | null>(null);
  const [features, setFeatures] = useState<MapFeature[]>([]);
  const [status, setStatus] = useState<"loading" | "ready" | "error">("loading");
  const [answered, setAnswered] = useState(false);
  const [tilesFailing, setTilesFailing] = useState(false);
  const [geo, setGeo] = useState<Notice | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [height, setHeight] = useState<string | undefined>(undefined);
  const control = useRef<MapControl | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Full height below the site header, whatever the header's height on this screen.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (root.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setHeight(`calc(100dvh - ${Math.round(top)}px)`);
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  useEffect(() => {
    if (!view) return;
    const params = new URLSearchParams(filters);
    params.set("center", formatCenter(view.center));
    params.set("zoom", String(view.zoom));
    window.history.replaceState(null, "", `${window.location.pathname}?${params}`);

    const abort = new AbortController();
    // Waits for the map to settle: a drag or a double zoom ends in one request, not several.
    const timer = setTimeout(async () => {
      setStatus("loading");
      const api = new URLSearchParams(filters);
      api.set("bbox", bboxParam(view.bbox));
      api.set("zoom", String(view.zoom));
      try {
        const res = await fetch(`/api/map?${api}`, { signal: abort.signal });
        if (!res.ok) throw new Error(`map API answered ${res.status}`);
        const body = (await res.json()) as MapFeatureCollection;
        setFeatures(body.features);
        setStatus("ready");
        setAnswered(true);
      } catch {
        if (!abort.signal.aborted) setStatus("error");
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [view, filters]);

  const { points, clusters, total } = useMemo(() => {
    const pts: MapPointProps[] = [];
    const cls: MapClusterFeature[] = [];
    for (const f of features) {
      if (isCluster(f)) cls.push(f);
      else pts.push(f.properties as MapPointProps);
    }
    pts.sort((a, b) => b.ratingAvg - a.ratingAvg || b.reviewCount - a.reviewCount || a.name.localeCompare(b.name));
    cls.sort((a, b) => b.properties.point_count - a.properties.point_count);
    return { points: pts, clusters: cls, total: features.reduce((n, f) => n + featureCount(f), 0) };
  }, [features]);

  const nearMe = useCallback(() => {
    if (!("geolocation" in navigator)) {
      setGeo({ tone: "warn", text: t("geoUnsupported") });
      return;
    }
    setGeo({ tone: "info", text: t("locating") });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const here = { lat: pos.coords.latitude, lng: pos.coords.longitude };
        if (!isInShenzhen(here)) {
          setGeo({ tone: "warn", text: t("geoOutside") });
          return;
        }
        control.current?.showUser(here);
        setGeo({ tone: "info", text: t("geoFound") });
      },
      (error) => setGeo({ tone: "warn", text: error.code === error.PERMISSION_DENIED ? t("geoDenied") : t("geoUnavailable") }),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  }, [t]);

  const clusterLabel = (c: MapClusterFeature) =>
    c.properties.district
      ? t("clusterIn", { count: c.properties.point_count, district: districtLabel(c.properties.district, locale) })
      : t("cluster", { count: c.properties.point_count });

  return (
    <div ref={root} style={{ height }} className="relative -mx-4 -my-6 flex h-[calc(100dvh-7rem)] min-h-[26rem] flex-col sm:-my-8 lg:flex-row">
      <div className="flex flex-col border-b border-slate-200 bg-white lg:w-96 lg:shrink-0 lg:border-b-0 lg:border-r">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2">
          <h1 className="text-lg font-bold tracking-tight">{t("heading")}</h1>
          <p role="status" className={`flex-1 text-sm ${status === "error" ? "text-amber-800" : "text-slate-700"}`}>
            {status === "error" ? t("loadFailed") : !answered ? t("loading") : t("inView", { count: total })}
          </p>
          <div className="flex w-full flex-wrap gap-2">
            <button
              type="button"
              className={`${button} lg:hidden`}
              aria-expanded={panelOpen}
              aria-controls="map-panel"
              onClick={() => setPanelOpen((open) => !open)}
            >
              {panelOpen ? t("hideList") : activeFilters > 0 ? `${t("showList")} · ${t("filtersActive", { count: activeFilters })}` : t("showList")}
            </button>
            <button type="button" className={button} onClick={nearMe}>
              <span aria-hidden="true">◎ </span>
              {t("nearMe")}
            </button>
            <Link href={listHref} className={`${button} text-brand-700`}>
              {t("listView")}
            </Link>
          </div>
        </div>

        {notice && <div className="px-4 pb-2">{notice}</div>}
        <section
          id="map-panel"
          aria-label={t("panelLabel")}
          className={`${panelOpen ? "flex" : "hidden"} absolute inset-x-0 bottom-0 z-[1100] max-h-[70%] flex-col overflow-y-auto rounded-t-xl border-t border-slate-300 bg-white px-4 pb-4 shadow-[0_-8px_24px_rgba(15,23,42,0.2)] lg:static lg:z-auto lg:flex lg:max-h-none lg:flex-1 lg:rounded-none lg:border-t lg:border-slate-200 lg:shadow-none`}
        >
          <details className="border-b border-slate-200 py-2">
            <summary className="cursor-pointer py-1 font-medium">
              {activeFilters > 0 ? t("filtersActive", { count: activeFilters }) : t("filters")}
            </summary>
            <div className="pt-2">{children}</div>
          </details>
          {total === 0 && status === "ready" && <p className="py-3 text-sm text-slate-600">{t("emptyHint")}</p>}
          {(points.length > 0 || clusters.length > 0) && (
            <ul aria-label={t("inView", { count: total })}>
              {points.map((p) => (
                <PointItem key={p.slug} p={p} locale={locale} onShow={() => control.current?.showPoint(p.slug)} />
              ))}
              {clusters.map((c) => (
                <li key={`${c.properties.cluster_id}:${c.properties.point_count}`} className="border-b border-slate-200 py-2">
                  <button type="button" onClick={() => control.current?.zoomToCluster(c)} className="text-left text-sm text-brand-700 underline">
                    {t("zoomInOn", { label: clusterLabel(c) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="relative min-h-0 flex-1">
        <p id={hintId} className="sr-only">
          {t("keyboardHint")}
        </p>
        <div role="region" aria-label={t("regionLabel")} className="h-full w-full">
          <LeafletClusterMap
            initialView={initialView}
            tiles={tiles}
            features={features}
            onViewChange={setView}
            onTilesFailing={setTilesFailing}
            control={control}
            describedBy={hintId}
          />
        </div>
        <div className="pointer-events-none absolute left-14 right-2 top-2 z-[1000] flex flex-col items-center gap-2">
          {tilesFailing && (
            <p role="status" className="rounded-md bg-white/95 px-3 py-1.5 text-sm text-slate-800 shadow">
              {t("tilesUnavailable")}
            </p>
          )}
          {geo && (
            <p
              role="status"
              className={`pointer-events-auto rounded-md px-3 py-1.5 text-sm shadow ${geo.tone === "warn" ? "bg-amber-50 text-amber-900" : "bg-white/95 text-slate-800"}`}
            >
              {geo.text}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
