"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, type RefObject } from "react";
import { getPathname } from "@/i18n/navigation";
import { categoryLabel, displayNames, districtLabel } from "@/lib/labels";
import { isCluster, type MapClusterFeature, type MapFeature, type MapPointProps } from "@/lib/map/features";
import { bboxFromDisplay, fromDisplay, toDisplay } from "@/lib/map/display";
import { PAGE_MAX_ZOOM, PAGE_MIN_ZOOM, type BBox, type MapView } from "@/lib/map/params";
import type { LatLng, Locale } from "@/lib/taxonomy";
import { addTileLayer, pinIcon, type TileConfig } from "./leaflet-tiles";

export type ViewChange = MapView & { bbox: BBox };

/** What the page around the map may ask of it (the side list's buttons, "near me"). */
export type MapControl = {
  zoomToCluster(cluster: MapClusterFeature): void;
  showPoint(slug: string): void;
  showUser(point: LatLng): void;
};

type Props = {
  initialView: MapView;
  tiles: TileConfig;
  features: MapFeature[];
  onViewChange: (view: ViewChange) => void;
  onTilesFailing: (failing: boolean) => void;
  control: RefObject<MapControl | null>;
  describedBy: string;
};

type PointFeature = Extract<MapFeature, { properties: MapPointProps }>;
type Translate = ReturnType<typeof useTranslations<"map">>;

const FOCUS = "rounded-full focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Names with the language they are written in, so screen readers pronounce them right. */
function nameLines(p: MapPointProps, locale: Locale, href: string): HTMLElement[] {
  const { primary, others } = displayNames(p, locale);
  const link = el("a", "text-base font-semibold text-brand-700 underline", primary);
  link.href = href;
  const lines: HTMLElement[] = [link];
  for (const other of others) {
    const line = el("span", "block text-slate-700", other);
    if (other === p.nameZh) line.lang = "zh-Hans";
    else if (other === p.nameJa) line.lang = "ja";
    lines.push(line);
  }
  return lines;
}

function pointDetails(p: MapPointProps, locale: Locale, t: Translate): HTMLElement[] {
  const where = [categoryLabel(p.category, locale), p.district && districtLabel(p.district, locale)].filter(Boolean).join(" · ");
  const out = [el("span", "block text-slate-700", where)];
  out.push(
    el(
      "span",
      "block text-slate-700",
      p.reviewCount > 0 ? t("rating", { average: p.ratingAvg.toFixed(1), count: p.reviewCount }) : t("noReviews"),
    ),
  );
  if (p.approximate) out.push(el("span", "block font-medium text-amber-800", t("approximate")));
  return out;
}

export default function LeafletClusterMap({ initialView, tiles, features, onViewChange, onTilesFailing, control, describedBy }: Props) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const markers = useRef(new Map<string, L.Marker>());
  const bySlug = useRef(new Map<string, L.Marker>());
  const user = useRef<L.CircleMarker | null>(null);
  // Callbacks change identity on every render of the page; the map keeps the latest.
  const callbacks = useRef({ onViewChange, onTilesFailing });
  callbacks.current = { onViewChange, onTilesFailing };
  const initial = useRef({ initialView, tiles, t });

  useEffect(() => {
    if (!container.current) return;
    const { initialView: view, tiles: config, t: tr } = initial.current;
    const shown = toDisplay(view.center, config.datum);
    const map = L.map(container.current, {
      center: [shown.lat, shown.lng],
      zoom: view.zoom,
      minZoom: PAGE_MIN_ZOOM,
      maxZoom: PAGE_MAX_ZOOM,
      zoomControl: false,
    });
    L.control.zoom({ zoomInTitle: tr("zoomIn"), zoomOutTitle: tr("zoomOut") }).addTo(map);
    addTileLayer(map, config, (failing) => callbacks.current.onTilesFailing(failing));
    layer.current = L.layerGroup().addTo(map);
    map.getContainer().setAttribute("aria-describedby", describedBy);
    const emit = () => {
      const b = map.getBounds();
      const c = map.getCenter();
      callbacks.current.onViewChange({
        center: fromDisplay({ lat: c.lat, lng: c.lng }, config.datum),
        zoom: map.getZoom(),
        bbox: bboxFromDisplay({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() }, config.datum),
      });
    };
    map.on("moveend", emit);
    map.whenReady(emit);
    mapRef.current = map;
    const markerMap = markers.current;
    return () => {
      map.remove();
      mapRef.current = null;
      markerMap.clear();
    };
  }, [describedBy]);

  useEffect(() => {
    control.current = {
      zoomToCluster(cluster) {
        const map = mapRef.current;
        if (!map) return;
        const [lng, lat] = cluster.geometry.coordinates;
        const shown = toDisplay({ lat, lng }, tiles.datum);
        map.setView([shown.lat, shown.lng], Math.min(Math.max(cluster.properties.expansion_zoom, map.getZoom() + 1), PAGE_MAX_ZOOM));
      },
      showPoint(slug) {
        const map = mapRef.current;
        const marker = bySlug.current.get(slug);
        if (!map || !marker) return;
        map.panTo(marker.getLatLng());
        marker.openPopup();
        (marker.getElement() as HTMLElement | undefined)?.focus({ preventScroll: true });
      },
      showUser(point) {
        const map = mapRef.current;
        if (!map) return;
        const shown = toDisplay(point, tiles.datum);
        user.current?.remove();
        user.current = L.circleMarker([shown.lat, shown.lng], { radius: 8, color: "#fff", weight: 3, fillColor: "#dc2626", fillOpacity: 1 })
          .bindTooltip(t("youAreHere"))
          .addTo(map);
        map.setView([shown.lat, shown.lng], Math.max(map.getZoom(), 15));
      },
    };
  }, [control, tiles.datum, t]);

  useEffect(() => {
    const group = layer.current;
    if (!group) return;
    const detailHref = (slug: string) => getPathname({ href: `/suppliers/${slug}`, locale });

    // Points at exactly the same spot (often an area's centre) cannot be told apart on the map:
    // they share one marker whose popup lists them.
    const clusters: MapClusterFeature[] = [];
    const spots = new Map<string, PointFeature[]>();
    for (const f of features) {
      if (isCluster(f)) clusters.push(f);
      else {
        const key = f.geometry.coordinates.map((v) => v.toFixed(6)).join(",");
        spots.set(key, [...(spots.get(key) ?? []), f as PointFeature]);
      }
    }

    const next = new Map<string, () => L.Marker>();
    for (const c of clusters) {
      const [lng, lat] = c.geometry.coordinates;
      const count = c.properties.point_count;
      next.set(`c:${c.properties.cluster_id}:${count}:${lng},${lat}`, () => {
        const label = c.properties.district
          ? t("clusterIn", { count, district: districtLabel(c.properties.district, locale) })
          : t("cluster", { count });
        const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
        const icon = L.divIcon({
          className: FOCUS,
          html: `<span class="flex h-full w-full items-center justify-center rounded-full border-4 border-white/80 bg-brand-600 text-sm font-bold text-white shadow-md">${String(c.properties.point_count_abbreviated).replace(/[^\w.]/g, "")}</span>`,
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
        });
        const shown = toDisplay({ lat, lng }, tiles.datum);
        const marker = L.marker([shown.lat, shown.lng], { icon, title: t("zoomInOn", { label }), riseOnHover: true });
        const zoom = () => control.current?.zoomToCluster(c);
        marker.on("click", zoom);
        marker.on("add", () => {
          const node = marker.getElement();
          node?.setAttribute("aria-label", t("zoomInOn", { label }));
          node?.addEventListener("keydown", (e) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              zoom();
            }
          });
        });
        return marker;
      });
    }
    for (const [key, group] of spots) {
      const [lng, lat] = group[0].geometry.coordinates;
      const slugs = group.map((f) => f.properties.slug);
      next.set(`p:${key}:${slugs.join(",")}`, () => {
        const shown = toDisplay({ lat, lng }, tiles.datum);
        const single = group.length === 1 ? group[0].properties : null;
        const title = single ? displayNames(single, locale).primary : t("stack", { count: group.length });
        const icon = single
          ? pinIcon({ approximate: single.approximate, size: 20 })
          : L.divIcon({
              className: "",
              html: `<span class="flex h-full w-full items-center justify-center rounded-full border-[3px] border-white bg-slate-900 text-xs font-bold text-white shadow-md">${group.length}</span>`,
              iconSize: [28, 28],
              iconAnchor: [14, 14],
              popupAnchor: [0, -14],
            });
        icon.options.className = `${icon.options.className ?? ""} ${FOCUS}`;
        const marker = L.marker([shown.lat, shown.lng], { icon, title, riseOnHover: true });
        marker.bindPopup(() => {
          const root = el("div", "flex max-h-64 flex-col gap-2 overflow-y-auto text-sm");
          if (single) {
            root.append(...nameLines(single, locale, detailHref(single.slug)), ...pointDetails(single, locale, t));
            return root;
          }
          root.append(el("p", "font-semibold", t("stack", { count: group.length })));
          const list = el("ul", "flex flex-col gap-2");
          for (const f of group) {
            const item = el("li", "border-t border-slate-200 pt-2");
            item.append(...nameLines(f.properties, locale, detailHref(f.properties.slug)), ...pointDetails(f.properties, locale, t));
            list.append(item);
          }
          root.append(list);
          return root;
        });
        marker.on("add", () => marker.getElement()?.setAttribute("aria-label", title));
        return marker;
      });
    }

    // Markers that stay keep their open popups and focus; only the difference is redrawn.
    for (const [key, marker] of markers.current) {
      if (!next.has(key)) {
        group.removeLayer(marker);
        markers.current.delete(key);
      }
    }
    for (const [key, make] of next) {
      if (!markers.current.has(key)) {
        const marker = make();
        marker.addTo(group);
        markers.current.set(key, marker);
      }
    }
    bySlug.current.clear();
    for (const [key, marker] of markers.current) {
      if (key.startsWith("p:")) for (const slug of key.split(":")[2].split(",")) bySlug.current.set(slug, marker);
    }
  }, [features, locale, t, tiles.datum, control]);

  return <div ref={container} className="h-full w-full" />;
}
