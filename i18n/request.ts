import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { mergeMessages, messagesByLocale } from "@/messages";
import { routing } from "./routing";

/** Japanese and Chinese may lag behind English: missing keys fall back to the English text. */
const withFallback = {
  en: messagesByLocale.en,
  ja: mergeMessages(messagesByLocale.en, messagesByLocale.ja),
  zh: mergeMessages(messagesByLocale.en, messagesByLocale.zh),
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: withFallback[locale], timeZone: "Asia/Shanghai" };
});
