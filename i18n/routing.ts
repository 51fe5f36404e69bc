import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "ja", "zh"],
  defaultLocale: "en",
  // English lives at /…, the others under /ja/… and /zh/…
  localePrefix: "as-needed",
  // A shared link shows the same language to everyone; the switcher in the header changes it.
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

export function isAppLocale(value: string): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value);
}
