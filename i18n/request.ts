import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import en from "@/messages/en.json";
import { routing } from "./routing";

type Messages = { [key: string]: string | Messages };

// Static imports so the bundler includes every message file.
const translations = {
  ja: () => import("@/messages/ja.json"),
  zh: () => import("@/messages/zh.json"),
};

/** Japanese and Chinese may lag behind English: missing keys fall back to the English text. */
function withFallback(base: Messages, override: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const b = base[key];
    out[key] = typeof value === "object" && typeof b === "object" ? withFallback(b, value) : value;
  }
  return out;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = locale === "en" ? en : withFallback(en, (await translations[locale]()).default as Messages);
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
