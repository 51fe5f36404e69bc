import L from "leaflet";

export type TileConfig = { url: string; attribution: string; datum: "wgs84" | "gcj02" };

/**
 * The base map layer, reporting whether it is failing: true once tiles fail while none has
 * loaded since the view last changed, false again as soon as one loads. A map whose tiles are
 * blocked (offline, firewalled tile host) still shows its pins; the page says the base map is
 * missing instead of leaving the reader to guess.
 */
export function addTileLayer(map: L.Map, { url, attribution }: TileConfig, onFailing: (failing: boolean) => void): L.TileLayer {
  // Leaflet's own credit link is told apart from the text by colour alone (WCAG 1.4.1).
  map.attributionControl?.setPrefix('<a href="https://leafletjs.com" style="text-decoration:underline">Leaflet</a>');
  const layer = L.tileLayer(url, { attribution, maxZoom: 19 });
  let loaded = 0;
  layer.on("loading", () => {
    loaded = 0;
  });
  layer.on("tileload", () => {
    loaded++;
    onFailing(false);
  });
  layer.on("tileerror", () => {
    if (loaded === 0) onFailing(true);
  });
  return layer.addTo(map);
}

/** A round pin that needs no image files (Leaflet's default icons do not resolve under a bundler). */
export function pinIcon({ approximate = false, size = 18 }: { approximate?: boolean; size?: number } = {}): L.DivIcon {
  const style = approximate
    ? `background:#fff;border:3px dashed #b45309;box-shadow:0 0 0 1px #fff`
    : `background:#1d5fd1;border:3px solid #fff;box-shadow:0 0 0 1px #1d5fd1`;
  return L.divIcon({
    className: "",
    html: `<span style="display:block;width:${size}px;height:${size}px;border-radius:9999px;${style}"></span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}
