"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";

export type PointMapProps = {
  lat: number;
  lng: number;
  label: string;
  approximate: boolean;
  tileUrl: string;
  attribution: string;
};

/** One supplier on a small map: a pin, or a shaded area when the point is approximate. */
export default function LeafletPointMap({ lat, lng, label, approximate, tileUrl, attribution }: PointMapProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { scrollWheelZoom: false }).setView([lat, lng], approximate ? 14 : 16);
    L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
    if (approximate) {
      L.circle([lat, lng], { radius: 400, color: "#b45309", fillOpacity: 0.15 }).addTo(map).bindTooltip(label);
    } else {
      // A div icon: Leaflet's default marker images do not resolve under a bundler.
      const icon = L.divIcon({
        className: "",
        html: '<span style="display:block;width:18px;height:18px;border-radius:9999px;background:#1d5fd1;border:3px solid #fff;box-shadow:0 0 0 1px #1d5fd1"></span>',
        iconSize: [18, 18],
        iconAnchor: [9, 9],
      });
      L.marker([lat, lng], { icon, title: label, alt: label }).addTo(map);
    }
    return () => {
      map.remove();
    };
  }, [lat, lng, label, approximate, tileUrl, attribution]);
  return <div ref={container} className="h-full w-full" />;
}
