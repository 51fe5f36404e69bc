"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { fromDisplay, toDisplay } from "@/lib/map/display";
import { DEFAULT_VIEW } from "@/lib/map/params";
import type { LatLng } from "@/lib/taxonomy";
import { addTileLayer, pinIcon, type TileConfig } from "./leaflet-tiles";

type Props = {
  /** WGS-84. */
  point: LatLng | null;
  tiles: TileConfig;
  onPick: (point: LatLng) => void;
  pinLabel: string;
  tilesUnavailable: string;
};

/** A map to place one pin on: a click puts it there, a drag moves it. Reports WGS-84 points. */
export default function LeafletPickerMap({ point, tiles, onPick, pinLabel, tilesUnavailable }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const [tilesFailing, setTilesFailing] = useState(false);
  const setup = useRef({ point, tiles });

  useEffect(() => {
    if (!container.current) return;
    const { point: start, tiles: config } = setup.current;
    const shown = toDisplay(start ?? DEFAULT_VIEW.center, config.datum);
    const map = L.map(container.current).setView([shown.lat, shown.lng], start ? 16 : DEFAULT_VIEW.zoom);
    addTileLayer(map, config, setTilesFailing);
    map.on("click", (e: L.LeafletMouseEvent) => pick.current(fromDisplay({ lat: e.latlng.lat, lng: e.latlng.lng }, config.datum)));
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      marker.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!point) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    const shown = toDisplay(point, tiles.datum);
    if (!marker.current) {
      marker.current = L.marker([shown.lat, shown.lng], { icon: pinIcon({ size: 22 }), draggable: true, title: pinLabel, alt: pinLabel }).addTo(map);
      marker.current.on("dragend", () => {
        const at = marker.current!.getLatLng();
        pick.current(fromDisplay({ lat: at.lat, lng: at.lng }, tiles.datum));
      });
    } else {
      marker.current.setLatLng([shown.lat, shown.lng]);
    }
    if (!map.getBounds().pad(-0.1).contains([shown.lat, shown.lng])) map.setView([shown.lat, shown.lng], Math.max(map.getZoom(), 15));
  }, [point, tiles.datum, pinLabel]);

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
