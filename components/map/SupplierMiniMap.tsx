"use client";

import dynamic from "next/dynamic";
import type { PointMapProps } from "./LeafletPointMap";

// Leaflet needs `window`: load it only in the browser.
const LeafletPointMap = dynamic(() => import("./LeafletPointMap"), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-slate-100" />,
});

export function SupplierMiniMap(props: PointMapProps & { regionLabel: string }) {
  const { regionLabel, ...map } = props;
  return (
    <div role="region" aria-label={regionLabel} className="h-56 w-full overflow-hidden rounded-md border border-slate-200">
      <LeafletPointMap {...map} />
    </div>
  );
}
