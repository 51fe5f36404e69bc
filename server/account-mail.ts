import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppLocale, routing } from "@/i18n/routing";
import { getEnv } from "@/lib/env";
import { localizedPath } from "@/lib/seo";
import { sendMail } from "./mail";

function localeOf(locale: string | null | undefined) {
  return locale && isAppLocale(locale) ? locale : routing.defaultLocale;
}

function linkTo(path: string, locale: string, token: string): string {
  return `${getEnv().siteUrl}${localizedPath(path, locale)}?token=${token}`;
}

async function send(kind: "verify" | "reset" | "exists", to: string, rawLocale: string | null | undefined, link: string) {
  const locale = localeOf(rawLocale);
  const t = await getTranslations({ locale, namespace: "mail" });
  const site = t("siteName");
  await sendMail({ to, subject: t(`${kind}.subject`, { site }), text: `${t(`${kind}.body`, { site, link })}\n\n-- \n${site}\n${getEnv().siteUrl}\n`, link });
}

export function sendVerificationMail({ to, locale, token }: { to: string; locale: string | null; token: string }) {
  return send("verify", to, locale, linkTo("/verify-email", localeOf(locale), token));
}

export function sendPasswordResetMail({ to, locale, token }: { to: string; locale: string | null; token: string }) {
  return send("reset", to, locale, linkTo("/reset-password", localeOf(locale), token));
}

/** Sign-up with an address that has an account: tell its owner, not the person signing up. */
export function sendAccountExistsMail({ to, locale }: { to: string; locale: string | null }) {
  const l = localeOf(locale);
  return send("exists", to, l, `${getEnv().siteUrl}${localizedPath("/forgot-password", l)}`);
}
