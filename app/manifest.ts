import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest). One file for every language, so its texts are
 * the English ones; the installed app opens the English home page, where the header switches.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Shenzhen Hardware Directory",
    short_name: "SZ Hardware",
    description: "Makerspaces, PCB fabs, assembly houses, markets and factories in Shenzhen.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1d5fd1",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icons/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
