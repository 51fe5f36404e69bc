"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { toDisplay } from "@/lib/map/display";
import { addTileLayer, pinIcon, type TileConfig } from "./leaflet-tiles";

export type PointMapProps = {
  lat: number;
  lng: number;
  label: string;
  approximate: boolean;
  tileUrl: string;
  attribution: string;
  tileDatum: TileConfig["datum"];
  tilesUnavailable: string;
};

/** One supplier on a small map: a pin, or a shaded area when the point is approximate. */
export default function LeafletPointMap({ lat, lng, label, approximate, tileUrl, attribution, tileDatum, tilesUnavailable }: PointMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [tilesFailing, setTilesFailing] = useState(false);
  useEffect(() => {
    if (!container.current) return;
    const shown = toDisplay({ lat, lng }, tileDatum);
    const map = L.map(container.current, { scrollWheelZoom: false }).setView([shown.lat, shown.lng], approximate ? 14 : 16);
    addTileLayer(map, { url: tileUrl, attribution, datum: tileDatum }, setTilesFailing);
    if (approximate) {
      L.circle([shown.lat, shown.lng], { radius: 400, color: "#b45309", fillOpacity: 0.15 }).addTo(map).bindTooltip(label);
    } else {
      L.marker([shown.lat, shown.lng], { icon: pinIcon(), title: label, alt: label }).addTo(map);
    }
    return () => {
      map.remove();
    };
  }, [lat, lng, label, approximate, tileUrl, attribution, tileDatum]);
  return (
    <div className="relative h-full w-full">
      <div ref={container} className="h-full w-full" />
      {tilesFailing && (
        <p role="status" className="absolute left-12 right-2 top-2 z-[1000] rounded bg-white/95 px-2 py-1 text-xs text-slate-800 shadow">
          {tilesUnavailable}
        </p>
      )}
    </div>
  );
}
