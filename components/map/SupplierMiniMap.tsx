"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { PointMapProps } from "./LeafletPointMap";

// Leaflet needs `window`: load it only in the browser.
const LeafletPointMap = dynamic(() => import("./LeafletPointMap"), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-slate-100" />,
});

export function SupplierMiniMap(props: Omit<PointMapProps, "tilesUnavailable"> & { regionLabel: string }) {
  const { regionLabel, ...map } = props;
  const t = useTranslations("map");
  return (
    <div role="region" aria-label={regionLabel} className="h-56 w-full overflow-hidden rounded-md border border-slate-200">
      <LeafletPointMap {...map} tilesUnavailable={t("baseMapUnavailable")} />
    </div>
  );
}
